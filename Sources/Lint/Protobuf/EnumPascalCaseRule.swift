import Parsers
import SchemaModel

/// Buf's ENUM_PASCAL_CASE: an enum name is not PascalCase.
public struct EnumPascalCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "ENUM_PASCAL_CASE", "an enum name is not PascalCase",
    "generated types take the enum name as it is, and PascalCase is the Protobuf style guide convention for it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allEnums.compactMap { x in
      let expected = BufNaming.pascalCase(x.name)
      guard x.name != expected else { return nil }
      return finding(
        "enum \"\(x.name)\" is not PascalCase (for example \"\(expected)\")",
        at: input.location(x.nameSpan), path: input.path)
    }
  }
}
