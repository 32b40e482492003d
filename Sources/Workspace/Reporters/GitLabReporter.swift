import SchemaModel

/// GitLab Code Quality JSON (`--format gitlab`): an array of issues that merge requests show
/// inline, each with a fingerprint that stays the same when only its line moves.
public struct GitLabReporter: Sendable {
  public init() {}

  public func render(_ report: Report) -> String {
    let schemaFiles = Dictionary(
      report.subjects.map { ($0.name, $0.schemaPath) }, uniquingKeysWith: { first, _ in first })
    let findings = report.sortedFindings
    let issues = zip(findings, StableFingerprint.keys(for: findings)).map { finding, key in
      Self.issue(
        finding, fingerprint: StableFingerprint.hex128(key),
        fallbackFile: finding.subject.flatMap { schemaFiles[$0] })
    }
    return JSONOutput.array(issues).rendered()
  }

  /// GitLab's scale has five steps; ours three.
  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "major"
    case .warning: "minor"
    case .note: "info"
    }
  }

  static func issue(_ finding: Finding, fingerprint: String, fallbackFile: String?) -> JSONOutput {
    let diagnostic = finding.diagnostic
    // `location.path` is required: a finding without a position points at its subject's
    // schema, or at the configuration for findings about the run itself.
    let position = diagnostic.location ?? diagnostic.previousLocation
    let file = position?.file ?? fallbackFile ?? "schemacheck.yaml"
    return .object([
      .init("description", .string(diagnostic.message)),
      .init("check_name", .string(diagnostic.ruleID.rawValue)),
      .init("fingerprint", .string(fingerprint)),
      .init("severity", .string(severity(diagnostic.severity))),
      .init(
        "location",
        .object([
          .init("path", .string(ReportPath.normalized(file))),
          .init("lines", .object([.init("begin", .int(max(1, position?.line ?? 1)))])),
        ])),
    ])
  }
}
