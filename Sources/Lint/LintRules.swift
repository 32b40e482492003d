import SchemaModel

/// Every lint rule, and the runner that applies them to a parsed schema.
public enum LintRules {
  /// All rules, in id order.
  public static let all: [any LintRule] = [
    AvroNamespaceMissingRule(), AvroNullDefaultNotFirstRule(), EnumSymbolCaseRule(),
    FieldNameCaseRule(), TypeNameCaseRule(),
  ]

  /// Their descriptions, for the rule registry.
  public static var descriptions: [RuleDescription] {
    all.map { type(of: $0).description }
  }

  /// The findings of `rules` in `document`, in report order. A document that did not parse is
  /// not linted: its parse errors already say what is wrong.
  public static func lint(
    _ document: SchemaDocument, rules: [any LintRule] = all, options: LintOptions = LintOptions()
  ) -> [Diagnostic] {
    guard !document.hasErrors else { return [] }
    return rules.flatMap { $0.check(document, options: options) }.sorted(
      by: Diagnostic.reportOrder)
  }
}
