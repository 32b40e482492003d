extension LintRules {
  /// JSON Schema's own rules.
  static let jsonSchema: [any LintRule] = []
}
