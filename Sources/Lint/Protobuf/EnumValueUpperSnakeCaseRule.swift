import Parsers
import SchemaModel

/// Buf's ENUM_VALUE_UPPER_SNAKE_CASE: an enum value name is not UPPER_SNAKE_CASE.
public struct EnumValueUpperSnakeCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "ENUM_VALUE_UPPER_SNAKE_CASE", "an enum value name is not UPPER_SNAKE_CASE",
    "enum values become constants in generated code, and UPPER_SNAKE_CASE is the Protobuf style guide convention for them"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allEnums.flatMap(\.values).compactMap { x in
      let expected = BufNaming.upperSnakeCase(x.name)
      guard x.name != expected else { return nil }
      return finding(
        "enum value \"\(x.name)\" is not UPPER_SNAKE_CASE (for example \"\(expected)\")",
        at: input.location(x.nameSpan), path: input.path)
    }
  }
}
