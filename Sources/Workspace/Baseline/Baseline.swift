import SchemaModel

/// Findings a team has accepted for now (`--write-baseline`), so that only new ones are
/// reported (`--baseline`), the way SwiftLint and Spectral baselines work.
///
/// Each entry counts its findings: a key recorded twice absorbs two matching findings, and a
/// third one alike is reported.
public struct Baseline: Hashable, Sendable {
  /// The `version` of the baseline file; a later one is refused rather than misread.
  public static let formatVersion = 1

  /// How many findings of one key are accepted.
  public struct Entry: Hashable, Sendable {
    public var key: BaselineKey
    public var count: Int

    public init(key: BaselineKey, count: Int) {
      self.key = key
      self.count = count
    }
  }

  /// Sorted by key, one entry per key.
  public private(set) var entries: [Entry]

  /// Entries in any order, duplicate keys added together.
  public init(entries: [Entry]) {
    var counts: [BaselineKey: Int] = [:]
    for entry in entries where entry.count > 0 { counts[entry.key, default: 0] += entry.count }
    self.entries = counts.keys.sorted().map { Entry(key: $0, count: counts[$0] ?? 0) }
  }

  /// Every finding of the report.
  public init(report: Report) {
    let weight = report.weights()
    self.init(entries: report.findings.map { Entry(key: BaselineKey($0), count: weight($0)) })
  }

  /// The total of the counts.
  public var findingCount: Int { entries.reduce(0) { $0 + $1.count } }

  /// The report without the findings the baseline absorbs (each entry absorbs at most `count`
  /// matching findings, taken in report order; a finding that stands for N counts N), with
  /// `baselined` set to how many it absorbed.
  /// A subject left without any error finding is reported compatible again, unless its schema
  /// could not be read at all.
  public func filter(_ report: Report, unparseableSchemas: [String] = []) -> Report {
    var remaining: [BaselineKey: Int] = [:]
    for entry in entries { remaining[entry.key] = entry.count }
    var kept: [Finding] = []
    var absorbed = 0
    let weight = report.weights()
    for finding in report.sortedFindings {
      let key = BaselineKey(finding)
      // A finding that stands for many (records of a large file counted, not listed) is
      // absorbed only whole: more of them than the baseline holds is something new.
      if let count = remaining[key], count >= weight(finding) {
        remaining[key] = count - weight(finding)
        absorbed += weight(finding)
      } else {
        kept.append(finding)
      }
    }
    var filtered = report
    filtered.findings = kept
    filtered.baselined = (report.baselined ?? 0) + absorbed
    let hadErrors = Set(
      report.findings.filter { $0.diagnostic.severity == .error }.compactMap(\.subject))
    let hasErrors = Set(kept.filter { $0.diagnostic.severity == .error }.compactMap(\.subject))
    for index in filtered.subjects.indices {
      let subject = filtered.subjects[index]
      if !subject.compatible, hadErrors.contains(subject.name), !hasErrors.contains(subject.name),
        !unparseableSchemas.contains(subject.schemaPath)
      {
        filtered.subjects[index].compatible = true
      }
    }
    return filtered
  }

  /// The outcome with its report filtered; the exit status is then computed on what remains.
  public func filter(_ outcome: RunOutcome) -> RunOutcome {
    RunOutcome(
      report: filter(outcome.report, unparseableSchemas: outcome.unparseableSchemas),
      unparseableSchemas: outcome.unparseableSchemas)
  }
}
