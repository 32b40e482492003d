import Foundation
import SchemaModel
import Testing

@testable import Workspace

/// A report with errors, a warning, a note, a deletion, a finding without a file and hostile
/// text in messages and paths.
let ciSampleReport: Report = {
  let newFile = "schemas/orders/order_placed.avsc"
  let oldFile = "schemas/orders/order_placed/v2.avsc"
  return Report(
    findings: [
      Finding(
        Diagnostic(
          ruleID: "TEST_HOSTILE_TEXT", severity: .warning,
          message: "100% <script>alert(1)</script>, a: b\r\nnext line \u{1} end",
          location: SourceLocation(file: "schemas/odd, name: x%.avsc", line: 3, column: 1)),
        subject: "payments.payment-captured"),
      Finding(
        Diagnostic(
          ruleID: "READER_FIELD_MISSING_DEFAULT_VALUE", severity: .error,
          message: "field 'OrderPlaced.channel' was added without a default",
          location: SourceLocation(file: newFile, line: 14, column: 7),
          path: "/fields/3"),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "TYPE_MISMATCH", severity: .error,
          message: "field 'OrderPlaced.total' changed type from long to string",
          location: SourceLocation(file: newFile, line: 9, column: 7),
          previousLocation: SourceLocation(file: oldFile, line: 9, column: 7),
          path: "/fields/1/type"),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "MISSING_ENUM_SYMBOLS", severity: .error,
          message: "enum 'OrderPlaced.Channel' lost its symbol 'FAX'",
          previousLocation: SourceLocation(file: oldFile, line: 12, column: 7),
          path: "/fields/4/type/symbols/2"),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "TEST_UNREGISTERED_NOTE", severity: .note,
          message: "a note about the subject as a whole"),
        subject: "orders.order-placed"),
    ],
    subjects: [
      SubjectResult(
        name: "orders.order-placed", format: .avro, schemaPath: newFile, mode: .backward,
        compatible: false, checkedAgainst: [oldFile]),
      SubjectResult(
        name: "payments.payment-captured", format: .avro,
        schemaPath: "schemas/odd, name: x%.avsc", mode: .fullTransitive, compatible: true,
        checkedAgainst: ["HEAD~1:schemas/odd, name: x%.avsc"]),
    ])
}()

/// A copy of `report` with the finding of `ruleID` moved to another line.
func movingLines(of ruleID: RuleID, in report: Report, by delta: Int) -> Report {
  var moved = report
  for index in moved.findings.indices where moved.findings[index].diagnostic.ruleID == ruleID {
    moved.findings[index].diagnostic.location?.line += delta
    moved.findings[index].diagnostic.previousLocation?.line += delta
  }
  return moved
}

@Suite struct GitHubReporterTests {
  @Test func matchesGoldenFile() throws {
    try GoldenFile.check(
      GitHubReporter().render(ciSampleReport), against: "reporters/report.github")
  }

  @Test func stepSummaryMatchesGoldenFile() throws {
    try GoldenFile.check(
      GitHubReporter().stepSummary(ciSampleReport), against: "reporters/summary.github.md")
  }

  @Test func mostSevereFirst() {
    let lines = GitHubReporter().render(ciSampleReport).split(separator: "\n")
    #expect(
      lines.map { $0.prefix(while: { $0 != " " }) } == [
        "::error", "::error", "::error", "::warning", "::notice",
      ])
  }

  @Test func escapesDataAndPropertiesLikeTheToolkit() {
    let lines = GitHubReporter().render(ciSampleReport).split(separator: "\n")
    let warning = lines.first { $0.hasPrefix("::warning") }.map(String.init)
    #expect(
      warning
        == "::warning file=schemas/odd%2C name%3A x%25.avsc,line=3,col=1,endLine=3,"
        + "title=TEST_HOSTILE_TEXT::100%25 <script>alert(1)</script>, a: b%0D%0Anext line "
        + #"\u{1} end"#)
  }

  @Test(arguments: [
    ("a%b", "a%25b", "a%25b"), ("x\r\ny", "x%0D%0Ay", "x%0D%0Ay"),
    ("k: v, w", "k: v, w", "k%3A v%2C w"),
  ])
  func escaping(raw: String, data: String, property: String) {
    #expect(GitHubReporter.escapeData(raw) == data)
    #expect(GitHubReporter.escapeProperty(raw) == property)
  }

  @Test func findingWithoutAFileHasNoFileProperty() {
    let note = GitHubReporter().render(ciSampleReport).split(separator: "\n").last
    #expect(note == "::notice title=TEST_UNREGISTERED_NOTE::a note about the subject as a whole")
  }

  @Test func stepSummaryKeepsHostileTextLiteral() {
    let summary = GitHubReporter().stepSummary(ciSampleReport)
    #expect(!summary.contains("<script>"))
    #expect(summary.contains("&lt;script&gt;"))
    #expect(!summary.contains("\u{1}"))
    #expect(
      summary.contains("| `payments.payment-captured` | avro | FULL_TRANSITIVE | ✅ compatible |"))
  }

  @Test func stepSummaryIsAppendedToTheExistingFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("schemacheck-summary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("step_summary.md")
    try Data("# Earlier step\n\n".utf8).write(to: file)
    let reporter = GitHubReporter(environment: ["GITHUB_STEP_SUMMARY": file.path])
    #expect(try reporter.appendStepSummary(ciSampleReport))
    #expect(try reporter.appendStepSummary(Report()))
    let text = try String(contentsOf: file, encoding: .utf8)
    let expected =
      "# Earlier step\n\n" + reporter.stepSummary(ciSampleReport) + reporter.stepSummary(Report())
    #expect(text == expected)
  }

  @Test func stepSummaryIsSkippedWithoutTheVariable() throws {
    #expect(try GitHubReporter(environment: [:]).appendStepSummary(ciSampleReport) == false)
    #expect(GitHubReporter(environment: ["GITHUB_STEP_SUMMARY": ""]).stepSummaryPath == nil)
  }
}

@Suite struct GitLabReporterTests {
  @Test func matchesGoldenFile() throws {
    try GoldenFile.check(
      GitLabReporter().render(ciSampleReport), against: "reporters/report.gitlab.json")
  }

  @Test func isAnArrayOfIssuesWithGitLabSeverities() throws {
    let issues =
      try JSONSerialization.jsonObject(
        with: Data(GitLabReporter().render(ciSampleReport).utf8)) as? [[String: Any]]
    let list = try #require(issues)
    #expect(list.count == 5)
    #expect(Set(list.compactMap { $0["severity"] as? String }) == ["major", "minor", "info"])
    for issue in list {
      let fingerprint = try #require(issue["fingerprint"] as? String)
      #expect(fingerprint.count == 32 && fingerprint.allSatisfy(\.isHexDigit))
      let location = try #require(issue["location"] as? [String: Any])
      #expect(location["path"] is String)
    }
  }

  @Test func fingerprintsSurviveLineMoves() {
    let moved = movingLines(of: "TYPE_MISMATCH", in: ciSampleReport, by: 7)
    let before = GitLabReporter().render(ciSampleReport)
    let after = GitLabReporter().render(moved)
    #expect(before != after)
    #expect(fingerprints(before) == fingerprints(after))
  }

  private func fingerprints(_ json: String) -> Set<Substring> {
    Set(json.split(separator: "\n").filter { $0.contains("\"fingerprint\"") })
  }
}

@Test func stableFingerprintIsFNV1a() {
  // Published FNV-1a 64 test vectors.
  #expect(StableFingerprint.hex64("") == "cbf29ce484222325")
  #expect(StableFingerprint.hex64("a") == "af63dc4c8601ec8c")
  #expect(StableFingerprint.hex64("foobar") == "85944171f73967e8")
}

@Test func reportPathsAreRelativeWithForwardSlashes() {
  #expect(ReportPath.normalized("./schemas\\orders\\a.avsc") == "schemas/orders/a.avsc")
  #expect(ReportPath.uriReference("a b/%c#d.avsc") == "a%20b/%25c%23d.avsc")
  #expect(ReportPath.uriReference("dé.avsc") == "d%C3%A9.avsc")
}

@Test func findingsAlikeButForTheirLineGetDistinctFingerprints() throws {
  let findings = [3, 9].map { line in
    Finding(
      Diagnostic(
        ruleID: "PAYLOAD_INVALID", severity: .error, message: "/id: 1 is not a string",
        location: SourceLocation(file: "events.jsonl", line: line, column: 8)))
  }
  let report = Report(findings: findings)
  let issues = try #require(
    try JSONSerialization.jsonObject(with: Data(GitLabReporter().render(report).utf8))
      as? [[String: Any]])
  let prints = issues.compactMap { $0["fingerprint"] as? String }
  #expect(prints.count == 2 && Set(prints).count == 2)
  let sarif = try SARIFDocument(SARIFReporter().render(report)).fingerprints()
  #expect(Set(sarif).count == 2)
}

@Test func stepSummaryStaysShortForLargeRepositories() {
  let subjects = (0..<1005).map { index in
    SubjectResult(
      name: "subject-\(index)", format: .avro, schemaPath: "s/\(index).avsc", mode: .backward,
      compatible: index < 1003, checkedAgainst: [])
  }
  let findings = (0..<205).map { index in
    Finding(Diagnostic(ruleID: "TYPE_MISMATCH", severity: .error, message: "m\(index)"))
  }
  let summary = GitHubReporter().stepSummary(Report(findings: findings, subjects: subjects))
  #expect(summary.contains("| `subject-1003` | avro | BACKWARD | ❌ incompatible |"))
  #expect(summary.contains("| `subject-1004` | avro | BACKWARD | ❌ incompatible |"))
  #expect(summary.contains("5 more subjects not listed."))
  #expect(summary.contains("5 more findings not listed."))
  #expect(!summary.contains("`subject-1002`"))
}
