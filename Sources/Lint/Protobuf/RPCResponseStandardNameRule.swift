import Parsers
import SchemaModel

/// Buf's RPC_RESPONSE_STANDARD_NAME: an rpc's response type is not named `<Rpc>Response` or `<Service><Rpc>Response`.
public struct RPCResponseStandardNameRule: LintRule {
  public static let description = RuleDescription.buf(
    "RPC_RESPONSE_STANDARD_NAME",
    "an rpc's response type is not named `<Rpc>Response` or `<Service><Rpc>Response`",
    "a response message per rpc, named after it, can gain fields for that rpc alone without touching others"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allMethods.compactMap { method, service in
      let fullName = method.responseTypeName
      if context.options.rpcAllowGoogleProtobufEmptyResponses, fullName == "google.protobuf.Empty" {
        return nil
      }
      let name = String(fullName.split(separator: ".").last ?? Substring(fullName))
      let short = BufNaming.pascalCase(method.name) + "Response"
      let long = BufNaming.pascalCase(service.name) + short
      guard name != short, name != long else { return nil }
      return finding(
        "response type \"\(name)\" of rpc \"\(method.name)\" should be named \"\(short)\" or \"\(long)\"",
        at: input.location(method.outputTypeSpan), path: input.path)
    }
  }
}
