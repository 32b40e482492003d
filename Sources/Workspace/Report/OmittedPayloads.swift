import SchemaModel

/// The records of one payload file that a report counts but does not list one by one: a large
/// JSON Lines file, container file or delimited stream would otherwise keep a result per record.
/// Its records are in the report's totals (`N payloads validated, M failed`).
public struct OmittedPayloads: Hashable, Sendable {
  /// The payload file as the user named it.
  public var file: String
  /// The subject whose fixture it is, in a `check`; nil for `validate --schema`.
  public var subject: String?
  /// Records that do what they should and have no warnings.
  public var passed = 0
  /// Records that do not (invalid payloads, counterexamples that validate).
  public var failed = 0
  /// Records that validate with warnings.
  public var withWarnings = 0
  /// JSON Lines lines that are not JSON (not payloads: they are in no total).
  public var unreadableLines = 0
  /// Findings from reading records across versions (`PAYLOAD_BACKWARD_UNREADABLE`, ...).
  public var acrossVersions = 0
  /// Where the first omitted record with a finding starts, for the summary finding.
  public var firstLine: Int?
  /// How many records with findings the report lists for this file.
  public var listed: Int

  public init(file: String, subject: String? = nil, listed: Int) {
    self.file = file
    self.subject = subject
    self.listed = listed
  }

  /// Records validated but not listed.
  public var payloads: Int { passed + failed + withWarnings }

  /// True when something with a finding was left out (so the report says so).
  public var hasFindings: Bool {
    failed + withWarnings + unreadableLines + acrossVersions > 0
  }

  /// `… and 4060 more failing records in events.jsonl (the first 1000 records with findings
  /// are listed)`: an error when failures were left out, a warning for warnings only; nil when
  /// only passing records were.
  public var finding: Finding? {
    guard hasFindings else { return nil }
    var parts: [String] = []
    func add(_ count: Int, _ one: String, _ many: String) {
      if count > 0 { parts.append("\(count) more \(count == 1 ? one : many)") }
    }
    add(failed, "failing record", "failing records")
    add(withWarnings, "record with warnings", "records with warnings")
    add(unreadableLines, "unreadable line", "unreadable lines")
    add(acrossVersions, "finding across versions", "findings across versions")
    let severity: Severity = failed + unreadableLines + acrossVersions > 0 ? .error : .warning
    return Finding(
      Diagnostic(
        ruleID: "PAYLOAD_RECORDS_OMITTED", severity: severity,
        message: "… and \(parts.joined(separator: ", ")) in \(file) (the first \(listed) "
          + "records with findings are listed)",
        location: SourceLocation(file: file, line: firstLine ?? 1, column: 1)),
      subject: subject)
  }

  /// How many findings the summary finding stands for.
  public var findingCount: Int { failed + withWarnings + unreadableLines + acrossVersions }
}

extension Report {
  /// How many findings `finding` stands for: the records a `PAYLOAD_RECORDS_OMITTED` finding
  /// counts (so that a baseline absorbs it only while no more records fail), 1 for others.
  public func weights() -> (Finding) -> Int {
    guard !omittedPayloads.isEmpty else { return { _ in 1 } }
    var counts: [String: Int] = [:]
    for omitted in omittedPayloads {
      counts[(omitted.subject ?? "") + "\u{0}" + omitted.file, default: 0] += omitted.findingCount
    }
    return { finding in
      guard finding.diagnostic.ruleID == "PAYLOAD_RECORDS_OMITTED",
        let file = finding.diagnostic.location?.file
      else { return 1 }
      return max(1, counts[(finding.subject ?? "") + "\u{0}" + file] ?? 1)
    }
  }

  /// Payloads validated: those listed and those only counted.
  public var payloadCount: Int {
    payloads.count + omittedPayloads.reduce(0) { $0 + $1.payloads }
  }

  /// Payloads that do not do what they should, listed or only counted.
  public var failedPayloadCount: Int {
    payloads.count { !$0.meetsExpectation } + omittedPayloads.reduce(0) { $0 + $1.failed }
  }
}
