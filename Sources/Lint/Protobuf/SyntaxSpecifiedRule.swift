import Parsers
import SchemaModel

/// Buf's SYNTAX_SPECIFIED: a file has no `syntax` or `edition` statement.
public struct SyntaxSpecifiedRule: LintRule {
  public static let description = RuleDescription.buf(
    "SYNTAX_SPECIFIED", "a file has no `syntax` or `edition` statement",
    "a file without one is silently proto2, which is rarely what its author meant")
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto, file.syntaxSpan == nil else { return [] }
    return [
      finding(
        "the file declares no syntax and so is read as proto2", at: nil, path: input.path)
    ]
  }
}
