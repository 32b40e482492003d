import Foundation
import SchemaModel
import Testing

@testable import Workspace

/// A finding of the given rule, file, line and element path (nil: none).
private func finding(
  _ rule: String = "TYPE_MISMATCH", file: String = "schemas/order.avsc", line: Int = 9,
  path: String? = "/fields/1/type", subject: String? = "orders.order-placed",
  severity: Severity = .error, message: String = "field 'Order.total' changed type"
) -> Finding {
  Finding(
    Diagnostic(
      ruleID: RuleID(rule), severity: severity, message: message,
      location: SourceLocation(file: file, line: line, column: 7), path: path),
    subject: subject)
}

@Suite struct BaselineTests {
  @Test func movingALineKeepsTheKey() {
    #expect(BaselineKey(finding(line: 9)) == BaselineKey(finding(line: 42)))
  }

  @Test(arguments: [
    finding("FIELD_NO_DELETE"), finding(file: "schemas/other.avsc"), finding(path: "/fields/2"),
    finding(subject: "orders.other"), finding(subject: nil),
  ])
  func anotherRuleFileElementOrSubjectChangesTheKey(_ other: Finding) {
    #expect(BaselineKey(finding()) != BaselineKey(other))
  }

  @Test func withoutAPathTheMessageWithDigitsMaskedIsTheElement() {
    let old = finding(path: nil, message: "cannot read v12 at line 3 of HEAD~1")
    let moved = finding(line: 30, path: nil, message: "cannot read v12 at line 31 of HEAD~1")
    #expect(BaselineKey(old).element == "cannot read v# at line # of HEAD~#")
    #expect(BaselineKey(old) == BaselineKey(moved))
    #expect(BaselineKey(old) != BaselineKey(finding(path: nil, message: "another message")))
  }

  @Test func backslashesAndLeadingDotSlashAreNormalised() {
    #expect(BaselineKey(finding(file: ".\\schemas\\order.avsc")) == BaselineKey(finding()))
  }

  @Test func duplicatesAreCounted() {
    let baseline = Baseline(report: Report(findings: [finding(line: 1), finding(line: 2)]))
    #expect(baseline.entries.count == 1)
    #expect(baseline.entries.first?.count == 2)
    #expect(baseline.findingCount == 2)
  }

  @Test func eachEntryAbsorbsOneFindingPerCount() {
    let baseline = Baseline(report: Report(findings: [finding(line: 1), finding(line: 2)]))
    let now = Report(findings: [finding(line: 5), finding(line: 6), finding(line: 7)])
    let filtered = baseline.filter(now)
    #expect(filtered.findings.count == 1)
    #expect(filtered.baselined == 2)
  }

  @Test func newFindingsRemainAndTheExitStatusIsComputedOnThem() {
    let baseline = Baseline(report: Report(findings: [finding()]))
    let fresh = finding("FIELD_NO_DELETE", path: "/fields/4")
    let outcome = baseline.filter(RunOutcome(report: Report(findings: [finding(line: 90), fresh])))
    #expect(outcome.report.findings == [fresh])
    #expect(outcome.report.baselined == 1)
    #expect(outcome.exitStatus() == .findings)
    let clean = baseline.filter(RunOutcome(report: Report(findings: [finding(line: 90)])))
    #expect(clean.report.findings.isEmpty)
    #expect(clean.exitStatus() == .success)
  }

  @Test func aSubjectWithEveryErrorAbsorbedIsCompatibleAgainUnlessUnparseable() {
    let subject = SubjectResult(
      name: "orders.order-placed", format: .avro, schemaPath: "schemas/order.avsc",
      mode: .backward, compatible: false, checkedAgainst: [])
    let report = Report(findings: [finding()], subjects: [subject])
    let baseline = Baseline(report: report)
    #expect(baseline.filter(report).subjects.first?.compatible == true)
    let unreadable = baseline.filter(
      RunOutcome(report: report, unparseableSchemas: ["schemas/order.avsc"]))
    #expect(unreadable.report.subjects.first?.compatible == false)
    #expect(unreadable.exitStatus() == .toolFailure)
  }

  @Test func theFileRoundTripsSortedAndDeterministic() throws {
    let report = Report(findings: [
      finding(file: "b.avsc"), finding(file: "a.avsc", line: 3),
      finding(file: "a.avsc", line: 4), finding("X", path: nil, subject: nil, message: "m 1"),
    ])
    let baseline = Baseline(report: report)
    let text = baseline.rendered()
    #expect(text == Baseline(report: Report(findings: report.findings.reversed())).rendered())
    #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"findings\": [\n"))
    #expect(baseline.entries.map(\.key.file) == ["a.avsc", "b.avsc", "schemas/order.avsc"])
    #expect(text.contains("\"subject\": null"))
    let read = try Baseline.parse(Array(text.utf8), displayPath: "baseline.json")
    #expect(read == baseline)

    let tree = try TemporaryTree()
    defer { tree.remove() }
    let url = tree.url("nested/folder/baseline.json")
    try baseline.write(to: url, displayPath: "baseline.json")
    #expect(try Baseline.read(from: url, displayPath: "baseline.json") == baseline)
  }

  @Test(arguments: [
    ("not json", "is not a schemacheck baseline"),
    ("[]", "expected a JSON object"),
    (#"{"findings": []}"#, "'version' is missing"),
    (#"{"version": 2, "findings": []}"#, "has version 2"),
    (#"{"version": 1}"#, "'findings' is missing"),
    (#"{"version": 1, "findings": [{"ruleId": "X", "file": "f"}]}"#, "'element' must be"),
    (
      #"{"version": 1, "findings": [{"ruleId": "X", "file": "f", "element": "e", "count": 0}]}"#,
      "'count' must be a positive integer"
    ),
    (
      #"{"version": 1, "findings": [{"ruleId": "X", "file": "f", "element": "e", "subject": 3}]}"#,
      "'subject' must be a string or null"
    ),
  ])
  func anInvalidFileIsAnError(text: String, expected: String) {
    #expect {
      _ = try Baseline.parse(Array(text.utf8), displayPath: "b.json")
    } throws: { error in
      (error as? BaselineError)?.description.contains(expected) == true
    }
  }

  @Test func aMissingFileIsAnError() {
    let missing = TemporaryTree.scratchDirectory.appendingPathComponent(
      "no-such-baseline-\(UUID().uuidString).json")
    #expect(throws: BaselineError.fileNotFound(path: "missing.json")) {
      _ = try Baseline.read(from: missing, displayPath: "missing.json")
    }
  }

  @Test func reportsSayHowManyWereBaselined() {
    var report = Report(findings: [finding()])
    #expect(!TextReporter().render(report).contains("baselined"))
    #expect(!JSONReporter().render(report).contains("baselined"))
    report.baselined = 12
    #expect(TextReporter().render(report).hasSuffix("1 error, 0 warnings; 12 baselined\n"))
    #expect(JSONReporter().render(report).contains("\"baselined\": 12\n"))
  }
}
