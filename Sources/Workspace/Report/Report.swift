import Compat
import SchemaModel

/// A finding with the subject it belongs to.
public struct Finding: Hashable, Sendable {
  public var diagnostic: Diagnostic
  /// The subject name, or nil for findings about the run itself (the config file).
  public var subject: String?

  public init(_ diagnostic: Diagnostic, subject: String? = nil) {
    self.diagnostic = diagnostic
    self.subject = subject
  }
}

/// The outcome for one subject.
public struct SubjectResult: Hashable, Sendable {
  public var name: String
  public var format: SchemaFormat
  /// The new version's file.
  public var schemaPath: String
  public var mode: CompatibilityMode
  /// False when a compatibility break (or an unreadable schema) was found.
  public var compatible: Bool
  /// Labels of the earlier versions compared, newest first.
  public var checkedAgainst: [String]
  /// Buf's breaking categories or rule ids applied too (Protobuf subjects); empty when none.
  public var breaking: [String]

  public init(
    name: String, format: SchemaFormat, schemaPath: String, mode: CompatibilityMode,
    compatible: Bool, checkedAgainst: [String], breaking: [String] = []
  ) {
    self.breaking = breaking
    self.name = name
    self.format = format
    self.schemaPath = schemaPath
    self.mode = mode
    self.compatible = compatible
    self.checkedAgainst = checkedAgainst
  }
}

/// Everything a command found, ready for any reporter.
public struct Report: Sendable {
  public var findings: [Finding]
  public var subjects: [SubjectResult]
  /// Changes listed by `diff` (empty for other commands).
  public var changes: [Change]
  /// Payloads checked by `validate`, in input order (empty for other commands); past a file's
  /// detail limit only records with findings are listed, the rest are in `omittedPayloads`.
  public var payloads: [PayloadResult]
  /// Per file, the records counted but not listed in `payloads` (large files only).
  public var omittedPayloads: [OmittedPayloads] = []
  /// True for a run over subjects (`check`, `compat`), even one that matched none.
  public var isSubjectRun = false
  /// How many schema files `lint` read; nil for other commands.
  public var lintedFiles: Int?
  /// Findings silenced by inline suppressions in schema files (not in `findings`).
  public var suppressed = 0
  /// How many findings a baseline (`--baseline`) absorbed; nil when no baseline was applied.
  public var baselined: Int?

  public init(
    findings: [Finding] = [], subjects: [SubjectResult] = [], changes: [Change] = [],
    payloads: [PayloadResult] = []
  ) {
    self.findings = findings
    self.subjects = subjects
    self.changes = changes
    self.payloads = payloads
  }

  /// Findings in the deterministic report order.
  public var sortedFindings: [Finding] {
    findings.sorted { Diagnostic.reportOrder($0.diagnostic, $1.diagnostic) }
  }

  public func count(_ severity: Severity) -> Int {
    findings.count { $0.diagnostic.severity == severity }
  }

  /// True when some finding is at or above `level` (`--fail-on`).
  public func fails(at level: Severity) -> Bool {
    findings.contains { $0.diagnostic.severity >= level }
  }
}
