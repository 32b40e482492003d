import Parsers
import SchemaModel

/// Buf's ENUM_ZERO_VALUE_SUFFIX: an enum value numbered 0 does not end with the configured suffix (`_UNSPECIFIED` by default).
public struct EnumZeroValueSuffixRule: LintRule {
  public static let description = RuleDescription.buf(
    "ENUM_ZERO_VALUE_SUFFIX",
    "an enum value numbered 0 does not end with the configured suffix (`_UNSPECIFIED` by default)",
    "the zero value is what readers see when the field was never set; a fixed suffix marks it as no choice rather than a real one (lint: enum-zero-value-suffix)"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    let suffix = context.options.enumZeroValueSuffix
    return file.allEnums.flatMap(\.values).filter { $0.number == 0 && !$0.name.hasSuffix(suffix) }
      .map {
        finding(
          "enum zero value \"\($0.name)\" should end with \"\(suffix)\"",
          at: input.location($0.nameSpan), path: input.path)
      }
  }
}
