import SchemaModel

/// Removes the findings that inline suppressions in schema files silence, counts them, and adds
/// warnings about the suppressions themselves (no reason, unknown rule, unused).
public struct SuppressionFilter: Sendable {
  /// The bytes of a file by its display path (as findings name it), nil when unreadable.
  public var read: @Sendable (String) -> [UInt8]?

  public init(read: @escaping @Sendable (String) -> [UInt8]?) {
    self.read = read
  }

  /// The files whose suppressions are read: every subject's schema and every `.proto`,
  /// `.avsc` or `.json` file a finding points into, payload files excepted.
  static func candidateFiles(of report: Report) -> [String] {
    let payloads = Set(report.payloads.map(\.file))
    var files = Set(report.subjects.map(\.schemaPath))
    for finding in report.findings {
      guard let file = finding.diagnostic.location?.file, !payloads.contains(file) else {
        continue
      }
      if file.hasSuffix(".proto") || file.hasSuffix(".avsc") || file.hasSuffix(".json") {
        files.insert(file)
      }
    }
    return files.sorted()
  }

  /// The suppressions written in `bytes`.
  static func scan(_ bytes: [UInt8], path: String) -> SuppressionScan {
    // Every marker contains the word (or is Buf's): most files have none and need no second
    // parse.
    guard mentionsMarker(bytes) || (path.hasSuffix(".proto") && mentions(bufMarker, in: bytes))
    else { return SuppressionScan() }
    return path.hasSuffix(".proto")
      ? ProtoSuppressionScanner.scan(bytes, path: path)
      : JSONSuppressionScanner.scan(bytes, path: path)
  }

  private static let markerWord = Array("schemacheck".utf8)
  private static let bufMarker = Array(ProtoSuppressionScanner.bufMarker.utf8)

  static func mentionsMarker(_ bytes: [UInt8]) -> Bool { mentions(markerWord, in: bytes) }

  private static func mentions(_ markerWord: [UInt8], in bytes: [UInt8]) -> Bool {
    guard let first = markerWord.first, bytes.count >= markerWord.count else { return false }
    var index = 0
    while index + markerWord.count <= bytes.count {
      if bytes[index] == first, bytes[index..<(index + markerWord.count)].elementsEqual(markerWord)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// `report` without its suppressed findings; `report.suppressed` counts them. A subject left
  /// with no compatibility error counts as compatible again (as with the config's `compat:`
  /// rules), unless its schema is unparseable.
  public func apply(to report: Report, unparseableSchemas: [String] = []) -> Report {
    var scans: [String: SuppressionScan] = [:]
    for file in Self.candidateFiles(of: report) {
      guard let bytes = read(file) else { continue }
      let scan = Self.scan(bytes, path: file)
      if !scan.suppressions.isEmpty || !scan.diagnostics.isEmpty { scans[file] = scan }
    }
    guard !scans.isEmpty else { return report }
    let indexes = scans.mapValues { SuppressionIndex($0.suppressions) }
    var used: Set<SuppressionUse> = []
    var kept: [Finding] = []
    var suppressedSubjects: Set<String> = []
    var suppressed = 0
    for finding in report.findings {
      if let location = finding.diagnostic.location, let index = indexes[location.file],
        let match = index.match(
          finding.diagnostic.ruleID,
          at: TextPosition(line: location.line, column: location.column))
      {
        used.insert(
          SuppressionUse(file: location.file, index: match, id: finding.diagnostic.ruleID))
        suppressed += 1
        if let subject = finding.subject, finding.diagnostic.severity == .error {
          suppressedSubjects.insert(subject)
        }
        continue
      }
      kept.append(finding)
    }
    var result = report
    result.findings = kept
    result.suppressed += suppressed
    for (file, scan) in scans.sorted(by: { $0.key < $1.key }) {
      let subject =
        report.subjects.first { $0.schemaPath == file }?.name
        ?? report.findings.first { $0.diagnostic.location?.file == file }?.subject
      var notes = scan.diagnostics
      for (index, suppression) in scan.suppressions.enumerated() {
        if suppression.ruleIDs.isEmpty {
          notes.append(SuppressionRules.noRule(at: suppression.location))
        }
        for id in suppression.ruleIDs {
          if RuleRegistry.description(for: id) == nil {
            notes.append(SuppressionRules.unknownRule(id, at: suppression.location))
          } else if !used.contains(SuppressionUse(file: file, index: index, id: id)) {
            notes.append(SuppressionRules.unused(id, at: suppression.location))
          }
        }
      }
      result.findings += notes.map { Finding($0, subject: subject) }
    }
    let unparseable = Set(unparseableSchemas)
    let stillBreaking = Set(
      result.findings.compactMap { finding in
        finding.diagnostic.severity == .error
          && CheckRun.isCompatibilityRule(finding.diagnostic.ruleID) ? finding.subject : nil
      })
    for index in result.subjects.indices {
      let subject = result.subjects[index]
      guard !subject.compatible, suppressedSubjects.contains(subject.name),
        !unparseable.contains(subject.schemaPath), !stillBreaking.contains(subject.name)
      else { continue }
      result.subjects[index].compatible = true
    }
    return result
  }
}

/// One rule id of one suppression that silenced a finding.
private struct SuppressionUse: Hashable {
  var file: String
  var index: Int
  var id: RuleID
}
