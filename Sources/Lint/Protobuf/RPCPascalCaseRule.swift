import Parsers
import SchemaModel

/// Buf's RPC_PASCAL_CASE: a rpc name is not PascalCase.
public struct RPCPascalCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "RPC_PASCAL_CASE", "a rpc name is not PascalCase",
    "generated stubs and URL paths carry the rpc name, and PascalCase is the Protobuf style guide convention for it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allMethods.map(\.method).compactMap { x in
      let expected = BufNaming.pascalCase(x.name)
      guard x.name != expected else { return nil }
      return finding(
        "rpc \"\(x.name)\" is not PascalCase (for example \"\(expected)\")",
        at: input.location(x.nameSpan), path: input.path)
    }
  }
}
