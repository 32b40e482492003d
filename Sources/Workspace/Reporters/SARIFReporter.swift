import SchemaModel

/// SARIF 2.1.0 (`--format sarif`), shaped for GitHub code scanning: one run, the rules the
/// findings use with their descriptions, repository-relative locations and fingerprints that
/// survive line moves.
public struct SARIFReporter: Sendable {
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  /// The key of our entry in `partialFingerprints`; bump the suffix when the key changes.
  public static let fingerprintKey = "schemacheck/v1"
  /// Relative URIs are relative to the checkout, which code scanning calls `%SRCROOT%`.
  public static let sourceRootID = "%SRCROOT%"

  public init() {}

  public func render(_ report: Report) -> String {
    let findings = report.sortedFindings
    let rules = Self.ruleIDs(usedBy: findings)
    let ruleIndex = Dictionary(
      rules.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    let schemaFiles = Dictionary(
      report.subjects.map { ($0.name, $0.schemaPath) }, uniquingKeysWith: { first, _ in first })
    let results = zip(findings, StableFingerprint.keys(for: findings)).map { finding, key in
      Self.result(
        finding, fingerprint: StableFingerprint.hex64(key),
        ruleIndex: ruleIndex[finding.diagnostic.ruleID],
        fallbackFile: finding.subject.flatMap { schemaFiles[$0] })
    }
    let driver = JSONOutput.object([
      .init("name", .string(ToolInfo.name)),
      .init("informationUri", .string(ToolInfo.informationURI)),
      .init("version", .string(ToolInfo.version)),
      .init("semanticVersion", .string(ToolInfo.version)),
      .init("rules", .array(rules.map(Self.rule))),
    ])
    let run = JSONOutput.object([
      .init("tool", .object([.init("driver", driver)])),
      .init("results", .array(results)),
    ])
    return JSONOutput.object([
      .init("$schema", .string(Self.schemaURI)),
      .init("version", .string("2.1.0")),
      .init("runs", .array([run])),
    ]).rendered()
  }

  /// Every rule id the findings use, sorted: `ruleIndex` counts in this order.
  static func ruleIDs(usedBy findings: [Finding]) -> [RuleID] {
    Set(findings.map(\.diagnostic.ruleID)).sorted()
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// The rule's entry in `tool.driver.rules`; an id the registry does not list only names
  /// itself, with no default level to claim.
  static func rule(_ id: RuleID) -> JSONOutput {
    guard let rule = RuleRegistry.description(for: id) else {
      return .object([
        .init("id", .string(id.rawValue)), .init("shortDescription", text(id.rawValue)),
      ])
    }
    var members: [JSONOutput.Member] = [
      .init("id", .string(rule.id.rawValue)),
      .init("shortDescription", text(rule.summary)),
    ]
    if !rule.rationale.isEmpty {
      members.append(.init("fullDescription", text(rule.rationale)))
      members.append(.init("help", text(rule.rationale)))
    }
    members.append(
      .init("defaultConfiguration", .object([.init("level", .string(level(rule.defaultSeverity)))]))
    )
    var properties: [JSONOutput.Member] = []
    var tags = [ToolInfo.name]
    if let format = rule.format {
      properties.append(.init("format", .string(format.rawValue)))
      tags.append(format.rawValue)
    }
    properties.append(.init("family", .string(rule.family)))
    if !tags.contains(rule.family) { tags.append(rule.family) }
    properties.append(.init("tags", .array(tags.map(JSONOutput.string))))
    members.append(.init("properties", .object(properties)))
    return .object(members)
  }

  static func result(
    _ finding: Finding, fingerprint: String, ruleIndex: Int?, fallbackFile: String?
  ) -> JSONOutput {
    let diagnostic = finding.diagnostic
    var members: [JSONOutput.Member] = [.init("ruleId", .string(diagnostic.ruleID.rawValue))]
    if let ruleIndex { members.append(.init("ruleIndex", .int(ruleIndex))) }
    members += [
      .init("level", .string(level(diagnostic.severity))),
      .init("message", text(diagnostic.message)),
    ]
    // Code scanning drops results without a location, so a finding about a deleted element
    // points at the earlier file and one without any position at its subject's schema.
    if let primary = diagnostic.location ?? diagnostic.previousLocation {
      members.append(.init("locations", .array([location(primary)])))
    } else if let fallbackFile {
      members.append(
        .init("locations", .array([.object([.init("physicalLocation", artifact(fallbackFile))])])))
    }
    if diagnostic.location != nil, let previous = diagnostic.previousLocation {
      var related = location(previous).members
      related.insert(.init("id", .int(1)), at: 0)
      related.append(.init("message", text("the same element in the earlier version")))
      members.append(.init("relatedLocations", .array([.object(related)])))
    }
    members.append(
      .init(
        "partialFingerprints",
        .object([.init(fingerprintKey, .string(fingerprint))])))
    var properties: [JSONOutput.Member] = []
    if let subject = finding.subject { properties.append(.init("subject", .string(subject))) }
    if let path = diagnostic.path { properties.append(.init("path", .string(path))) }
    if !properties.isEmpty { members.append(.init("properties", .object(properties))) }
    return .object(members)
  }

  static func location(_ location: SourceLocation) -> JSONOutput {
    var physical = artifact(location.file).members
    if location.line >= 1 {
      physical.append(
        .init(
          "region",
          .object([
            .init("startLine", .int(location.line)),
            .init("startColumn", .int(max(1, location.column))),
          ])))
    }
    return .object([.init("physicalLocation", .object(physical))])
  }

  /// `{"artifactLocation": ...}`: relative paths against `%SRCROOT%`, absolute ones as file URIs.
  static func artifact(_ file: String) -> JSONOutput {
    let normalized = ReportPath.normalized(file)
    let artifact: JSONOutput
    if normalized.hasPrefix("/") {
      artifact = .object([.init("uri", .string("file://" + ReportPath.uriReference(normalized)))])
    } else {
      artifact = .object([
        .init("uri", .string(ReportPath.uriReference(normalized))),
        .init("uriBaseId", .string(sourceRootID)),
      ])
    }
    return .object([.init("artifactLocation", artifact)])
  }

  private static func text(_ text: String) -> JSONOutput {
    .object([.init("text", .string(text))])
  }
}

extension JSONOutput {
  /// The members of an object; empty for anything else.
  fileprivate var members: [Member] {
    if case .object(let members) = self { return members }
    return []
  }
}
