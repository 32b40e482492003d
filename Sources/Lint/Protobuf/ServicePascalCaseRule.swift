import Parsers
import SchemaModel

/// Buf's SERVICE_PASCAL_CASE: a service name is not PascalCase.
public struct ServicePascalCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "SERVICE_PASCAL_CASE", "a service name is not PascalCase",
    "generated clients and servers take the service name, and PascalCase is the Protobuf style guide convention for it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.services.compactMap { x in
      let expected = BufNaming.pascalCase(x.name)
      guard x.name != expected else { return nil }
      return finding(
        "service \"\(x.name)\" is not PascalCase (for example \"\(expected)\")",
        at: input.location(x.nameSpan), path: input.path)
    }
  }
}
