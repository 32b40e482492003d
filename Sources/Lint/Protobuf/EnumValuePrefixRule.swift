import Parsers
import SchemaModel

/// Buf's ENUM_VALUE_PREFIX: an enum value does not start with its enum's name in UPPER_SNAKE_CASE followed by `_`.
public struct EnumValuePrefixRule: LintRule {
  public static let description = RuleDescription.buf(
    "ENUM_VALUE_PREFIX",
    "an enum value does not start with its enum's name in UPPER_SNAKE_CASE followed by `_`",
    "in C++ and other languages enum values share their parent's namespace, so unprefixed values of two enums collide"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allEnums.flatMap { protoEnum in
      let prefix = BufNaming.upperSnakeCase(protoEnum.name) + "_"
      return protoEnum.values.filter { !$0.name.hasPrefix(prefix) }.map {
        finding(
          "enum value \"\($0.name)\" should start with \"\(prefix)\"",
          at: input.location($0.nameSpan), path: input.path)
      }
    }
  }
}
