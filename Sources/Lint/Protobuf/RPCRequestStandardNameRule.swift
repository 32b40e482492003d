import Parsers
import SchemaModel

/// Buf's RPC_REQUEST_STANDARD_NAME: an rpc's request type is not named `<Rpc>Request` or `<Service><Rpc>Request`.
public struct RPCRequestStandardNameRule: LintRule {
  public static let description = RuleDescription.buf(
    "RPC_REQUEST_STANDARD_NAME",
    "an rpc's request type is not named `<Rpc>Request` or `<Service><Rpc>Request`",
    "a request message per rpc, named after it, can gain fields for that rpc alone without touching others"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allMethods.compactMap { method, service in
      let fullName = method.requestTypeName
      if context.options.rpcAllowGoogleProtobufEmptyRequests, fullName == "google.protobuf.Empty" {
        return nil
      }
      let name = String(fullName.split(separator: ".").last ?? Substring(fullName))
      let short = BufNaming.pascalCase(method.name) + "Request"
      let long = BufNaming.pascalCase(service.name) + short
      guard name != short, name != long else { return nil }
      return finding(
        "request type \"\(name)\" of rpc \"\(method.name)\" should be named \"\(short)\" or \"\(long)\"",
        at: input.location(method.inputTypeSpan), path: input.path)
    }
  }
}
