import Parsers
import SchemaModel

/// Buf's ENUM_FIRST_VALUE_ZERO: the first value of an enum is not numbered 0.
public struct EnumFirstValueZeroRule: LintRule {
  public static let description = RuleDescription.buf(
    "ENUM_FIRST_VALUE_ZERO", "the first value of an enum is not numbered 0",
    "proto3 requires the first value to be 0 and uses it as the default; keeping proto2 and editions files the same avoids surprises when a file changes syntax"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allEnums.compactMap { protoEnum in
      guard let first = protoEnum.values.first, first.number != 0 else { return nil }
      return finding(
        "the first value \"\(first.name)\" of enum \"\(protoEnum.name)\" should be numbered 0",
        at: input.location(first.numberSpan), path: input.path)
    }
  }
}
