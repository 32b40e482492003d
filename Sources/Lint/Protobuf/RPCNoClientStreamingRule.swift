import Parsers
import SchemaModel

/// Buf's RPC_NO_CLIENT_STREAMING: an rpc is client streaming.
public struct RPCNoClientStreamingRule: LintRule {
  public static let description = RuleDescription.buf(
    "RPC_NO_CLIENT_STREAMING", "an rpc is client streaming",
    "streaming rpcs need HTTP/2 end to end and are not supported by every gateway, proxy or browser client"
  )
  public static let sets: Set<LintRuleSet> = [.unaryRPC]

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allMethods.map(\.method).filter(\.clientStreaming).map {
      finding(
        "rpc \"\($0.name)\" is client streaming", at: input.location($0.span), path: input.path)
    }
  }
}
