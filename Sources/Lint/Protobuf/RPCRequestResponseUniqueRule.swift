import Parsers
import SchemaModel

/// Buf's RPC_REQUEST_RESPONSE_UNIQUE: a message is the request or response of more than one rpc, or of both sides of one rpc.
public struct RPCRequestResponseUniqueRule: LintRule {
  public static let description = RuleDescription.buf(
    "RPC_REQUEST_RESPONSE_UNIQUE",
    "a message is the request or response of more than one rpc, or of both sides of one rpc",
    "a message shared by rpcs cannot gain a field for one of them without changing the others")
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    RPCTypeUsage(inputs, options: context.options).findings.map {
      finding($0.message, at: $0.location, path: $0.location.file)
    }
  }
}
