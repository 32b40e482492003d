import SchemaModel

/// What a command produced: the report for the reporters, and which schemas could not be read
/// at all (design.md: an unparseable schema ends the run with status 2, yet its diagnostics
/// still belong in the report; a schema with invalid elements is an ordinary finding).
public struct RunOutcome: Sendable {
  public var report: Report
  /// Display paths of the schema files that could not be parsed, sorted.
  public var unparseableSchemas: [String]
  /// Problems of the tool's own that do not change the verdict (a cache folder that cannot be
  /// written), for standard error.
  public var warnings: [String] = []

  public init(report: Report, unparseableSchemas: [String] = []) {
    self.report = report
    self.unparseableSchemas = unparseableSchemas
  }

  /// 2 when a schema could not be used, 1 when a finding reaches `failOn` (nil: never, as
  /// `--fail-on never`), else 0.
  public func exitStatus(failOn: Severity? = .error) -> ExitStatus {
    if !unparseableSchemas.isEmpty { return .toolFailure }
    guard let failOn else { return .success }
    return report.fails(at: failOn) ? .findings : .success
  }
}
