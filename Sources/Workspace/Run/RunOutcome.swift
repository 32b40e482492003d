import SchemaModel

/// What a command produced: the report for the reporters, and which new schemas could not be
/// read at all (design.md: an unparseable schema ends the run with status 2, yet its
/// diagnostics still belong in the report).
public struct RunOutcome: Sendable {
  public var report: Report
  /// Display paths of new schema files with error diagnostics from parsing, sorted.
  public var unusableSchemas: [String]

  public init(report: Report, unusableSchemas: [String] = []) {
    self.report = report
    self.unusableSchemas = unusableSchemas
  }

  /// 2 when a schema could not be used, 1 when a finding reaches `failOn` (nil: never, as
  /// `--fail-on never`), else 0.
  public func exitStatus(failOn: Severity? = .error) -> ExitStatus {
    if !unusableSchemas.isEmpty { return .toolFailure }
    guard let failOn else { return .success }
    return report.fails(at: failOn) ? .findings : .success
  }
}
