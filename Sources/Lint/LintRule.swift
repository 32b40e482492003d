import SchemaModel

/// One lint rule: a contract mistake that is not a compatibility break. One type per rule.
/// A rule looks at one file (`check(_:context:)`) or across all linted files
/// (`check(repository:context:)`, for rules such as one field name with different types).
public protocol LintRule: Sendable {
  /// The rule's id, default severity, summary and rationale.
  static var description: RuleDescription { get }
  /// The sets that include the rule; empty means it runs only when `use:` names it or `ALL`.
  static var sets: Set<LintRuleSet> { get }
  /// The findings in one file (at the rule's default severity).
  func check(_ input: LintInput, context: LintContext) -> [Diagnostic]
  /// The findings across every linted file.
  func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic]
}

extension LintRule {
  public static var sets: Set<LintRuleSet> { [.default] }

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] { [] }

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] { [] }

  /// A finding of this rule at its default severity, at `location` or else the file's start.
  public func finding(_ message: String, at location: SourceLocation?, in document: SchemaDocument)
    -> Diagnostic
  {
    finding(message, at: location, path: document.path)
  }

  /// A finding of this rule at its default severity in the file at `path`.
  public func finding(_ message: String, at location: SourceLocation?, path: String) -> Diagnostic {
    Diagnostic(
      ruleID: Self.description.id, severity: Self.description.defaultSeverity, message: message,
      location: location ?? SourceLocation(file: path, line: 1, column: 1))
  }
}
