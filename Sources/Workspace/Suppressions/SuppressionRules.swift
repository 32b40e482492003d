import SchemaModel

/// The findings about suppressions themselves (their descriptions are in `WorkspaceRules`).
enum SuppressionRules {
  static func withoutReason(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      ruleID: "SUPPRESSION_WITHOUT_REASON", severity: .warning,
      message: "suppression gives no reason; write `// schemacheck:ignore RULE_ID why`",
      location: location)
  }

  static func unknownRule(_ id: RuleID, at location: SourceLocation) -> Diagnostic {
    let known = RuleRegistry.all.map(\.id.rawValue)
    let hint = EditDistance.suggestion(for: id.rawValue, among: known).map {
      "; did you mean '\($0)'?"
    }
    return Diagnostic(
      ruleID: "SUPPRESSION_UNKNOWN_RULE", severity: .warning,
      message: "suppression names unknown rule '\(id)'\(hint ?? "")", location: location)
  }

  static func noRule(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      ruleID: "SUPPRESSION_UNKNOWN_RULE", severity: .warning,
      message: "suppression names no rule id; write `schemacheck:ignore RULE_ID why`",
      location: location)
  }

  static func unused(_ id: RuleID, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      ruleID: "SUPPRESSION_UNUSED", severity: .note,
      message: "suppression of '\(id)' matched no finding; remove it", location: location)
  }
}
