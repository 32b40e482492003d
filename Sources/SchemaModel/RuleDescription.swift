/// What one rule id means: the data behind `schemacheck rules`, `docs/rules.md` and the rule
/// metadata of machine reports (SARIF's `tool.driver.rules`).
public struct RuleDescription: Hashable, Sendable {
  public var id: RuleID
  /// The format the rule belongs to; nil for rules about any format.
  public var format: SchemaFormat?
  /// Whose rule this is: `Apache Avro`, `Confluent`, `Buf`, `schemacheck`.
  public var family: String
  /// The severity its findings have unless configured otherwise.
  public var defaultSeverity: Severity
  /// One line: what the rule finds.
  public var summary: String
  /// Why it matters, or which peer behaviour it follows.
  public var rationale: String
  /// For lint rules, the rule sets that include it (`DEFAULT`, Buf's `STANDARD`, ...); empty
  /// when it runs only if named. Nil for rules that are not lint rules.
  public var lintSets: [String]?

  public init(
    id: RuleID, format: SchemaFormat?, family: String, defaultSeverity: Severity = .error,
    summary: String, rationale: String, lintSets: [String]? = nil
  ) {
    self.id = id
    self.format = format
    self.family = family
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.rationale = rationale
    self.lintSets = lintSets
  }
}

extension RuleDescription {
  /// One of schemacheck's own rules (family `schemacheck`), an error unless `severity` says
  /// otherwise.
  public static func own(
    _ id: RuleID, _ format: SchemaFormat?, _ summary: String, _ rationale: String,
    severity: Severity = .error
  ) -> RuleDescription {
    RuleDescription(
      id: id, format: format, family: "schemacheck", defaultSeverity: severity,
      summary: summary, rationale: rationale)
  }
}
