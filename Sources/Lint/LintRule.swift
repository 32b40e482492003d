import SchemaModel

/// One lint rule: a contract mistake that is not a compatibility break. One type per rule.
public protocol LintRule: Sendable {
  /// The rule's id, default severity, summary and rationale.
  static var description: RuleDescription { get }
  /// The findings in one parsed schema (at the rule's default severity).
  func check(_ document: SchemaDocument, options: LintOptions) -> [Diagnostic]
}

extension LintRule {
  /// A finding of this rule at its default severity.
  func finding(_ message: String, at location: SourceLocation?, in document: SchemaDocument)
    -> Diagnostic
  {
    Diagnostic(
      ruleID: Self.description.id, severity: Self.description.defaultSeverity, message: message,
      location: location ?? SourceLocation(file: document.path, line: 1, column: 1))
  }
}

/// Choices that shape what some rules accept.
public struct LintOptions: Hashable, Sendable {
  /// The case field names must have.
  public var fieldNameCase: NameCase

  public init(fieldNameCase: NameCase = .snake) {
    self.fieldNameCase = fieldNameCase
  }
}
