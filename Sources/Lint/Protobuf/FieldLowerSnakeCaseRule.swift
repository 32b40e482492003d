import Parsers
import SchemaModel

/// Buf's FIELD_LOWER_SNAKE_CASE: a field name is not lower_snake_case.
public struct FieldLowerSnakeCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "FIELD_LOWER_SNAKE_CASE", "a field name is not lower_snake_case",
    "the JSON name and every language's accessors derive from the field name, and lower_snake_case converts cleanly into each of them"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allFields.compactMap { x in
      let expected = BufNaming.lowerSnakeCase(x.name)
      guard x.name != expected else { return nil }
      return finding(
        "field \"\(x.name)\" is not lower_snake_case (for example \"\(expected)\")",
        at: input.location(x.nameSpan), path: input.path)
    }
  }
}
