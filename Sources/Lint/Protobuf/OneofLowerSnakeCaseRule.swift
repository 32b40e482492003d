import Parsers
import SchemaModel

/// Buf's ONEOF_LOWER_SNAKE_CASE: an oneof name is not lower_snake_case.
public struct OneofLowerSnakeCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "ONEOF_LOWER_SNAKE_CASE", "an oneof name is not lower_snake_case",
    "oneof names become accessors and case enums in generated code, just like field names")
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allOneofs.map(\.oneof).compactMap { x in
      let expected = BufNaming.lowerSnakeCase(x.name)
      guard x.name != expected else { return nil }
      return finding(
        "oneof \"\(x.name)\" is not lower_snake_case (for example \"\(expected)\")",
        at: input.location(x.nameSpan), path: input.path)
    }
  }
}
