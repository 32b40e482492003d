import Catalog
import Foundation
import SchemaModel
import Testing
import Validation

@testable import Workspace

/// Large payload files: past the detail limit, passing records are counted rather than kept, at
/// most the limit of records with findings is kept, and every report says how many more failed.
@Suite struct PayloadDetailLimitTests {
  /// `{"a": N}` is valid; `{"a": "x"}` is not.
  private struct IntegerFieldValidator: PayloadValidating {
    var format: SchemaFormat { .jsonSchema }

    func validate(_ instance: JSONValue) -> [PayloadError] {
      guard case .object(let members) = instance.kind,
        case .string = members.first(where: { $0.key == "a" })?.value.kind
      else { return [] }
      return [
        PayloadError(
          ruleID: "PAYLOAD_INVALID", instanceLocation: "/a", schemaLocation: "/properties/a/type",
          message: "\"x\" is a string, expected integer")
      ]
    }
  }

  /// A JSON Lines file of `lines` lines; those whose 1-based number is in `failing` fail.
  private static func jsonLines(_ lines: Int, failing: (Int) -> Bool) -> String {
    (1...lines).map { failing($0) ? #"{"a": "x"}"# : #"{"a": \#($0)}"# }
      .joined(separator: "\n") + "\n"
  }

  /// The report of one JSON Lines file validated with a detail limit of 3.
  private static func report(_ text: String, limit: Int = 3) throws -> Report {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let file = try tree.write("e.jsonl", text)
    let outcome = try PayloadFileValidation(
      validator: IntegerFieldValidator(), detailLimit: limit
    ).run(file, displayPath: "e.jsonl")
    var report = Report()
    report.add(outcome)
    return report
  }

  @Test func passingRecordsPastTheLimitAreCountedNotKept() throws {
    let report = try Self.report(Self.jsonLines(10) { _ in false })
    #expect(report.payloads.map(\.line) == [1, 2, 3])
    #expect(report.omittedPayloads.map(\.passed) == [7])
    #expect(report.payloadCount == 10)
    #expect(report.failedPayloadCount == 0)
    // Nothing with a finding was left out: nothing to say.
    #expect(report.findings.isEmpty)
    #expect(
      TextReporter().render(report) == "10 payloads validated, 0 failed; 0 errors, 0 warnings\n")
  }

  @Test func failingRecordsAreKeptUpToTheLimitAndTheRestCounted() throws {
    // Lines 2, 4, 6, 8 and 10 fail.
    let report = try Self.report(Self.jsonLines(10) { $0 % 2 == 0 })
    // The first 3 records whatever they are, then only failures, up to 3 of them.
    #expect(report.payloads.map(\.line) == [1, 2, 3, 4, 6])
    let omitted = try #require(report.omittedPayloads.first)
    #expect(omitted.failed == 2)
    #expect(omitted.passed == 3)
    #expect(omitted.firstLine == 8)
    #expect(report.payloadCount == 10)
    #expect(report.failedPayloadCount == 5)
    let summary = try #require(report.findings.last?.diagnostic)
    #expect(summary.ruleID == "PAYLOAD_RECORDS_OMITTED")
    #expect(summary.severity == .error)
    #expect(summary.location == SourceLocation(file: "e.jsonl", line: 8, column: 1))
    #expect(
      summary.message
        == "… and 2 more failing records in e.jsonl (the first 3 records with findings are listed)"
    )
  }

  @Test func everyRecordFailing() throws {
    let report = try Self.report(Self.jsonLines(10) { _ in true })
    #expect(report.payloads.count == 3)
    #expect(report.findings.count == 4)
    #expect(report.failedPayloadCount == 10)
    #expect(RunOutcome(report: report).exitStatus() == .findings)
    #expect(
      TextReporter().render(report).hasSuffix(
        "e.jsonl:4:1: error: [PAYLOAD_RECORDS_OMITTED] … and 7 more failing records in e.jsonl "
          + "(the first 3 records with findings are listed)\n"
          + "10 payloads validated, 10 failed; 4 errors, 0 warnings\n"))
  }

  @Test func unreadableLinesPastTheLimitAreCountedAndTheFileStaysUnreadable() throws {
    let text = Self.jsonLines(4) { _ in true } + "not json\n{\n"
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let file = try tree.write("e.jsonl", text)
    let outcome = try PayloadFileValidation(validator: IntegerFieldValidator(), detailLimit: 3)
      .run(file, displayPath: "e.jsonl")
    #expect(outcome.unreadable.isEmpty)
    #expect(outcome.isUnreadable)
    #expect(outcome.omitted?.unreadableLines == 2)
    #expect(outcome.omitted?.failed == 1)
    var report = Report()
    report.add(outcome)
    #expect(
      report.findings.last?.diagnostic.message
        == "… and 1 more failing record, 2 more unreadable lines in e.jsonl (the first 3 "
        + "records with findings are listed)")
  }

  @Test func aFileWithinTheLimitIsReportedAsBefore() throws {
    let text = Self.jsonLines(3) { $0 == 2 }
    let limited = try Self.report(text, limit: 3)
    let unlimited = try Self.report(text, limit: 1_000)
    #expect(limited.omittedPayloads.isEmpty)
    #expect(limited.payloads == unlimited.payloads)
    #expect(JSONReporter().render(limited) == JSONReporter().render(unlimited))
    #expect(!JSONReporter().render(limited).contains("omittedPayloads"))
  }

  /// Every format says how many more failed, and the totals count every record.
  @Test func everyReporterSaysHowManyMoreFailed() throws {
    let report = try Self.report(Self.jsonLines(10) { _ in true })
    let more = "and 7 more failing records in e.jsonl"
    let outputs: [(String, String)] = [
      ("text", TextReporter().render(report)),
      ("json", JSONReporter().render(report)),
      ("junit", JUnitReporter().render(report)),
      ("sarif", SARIFReporter().render(report)),
      ("github", GitHubReporter().render(report)),
      ("gitlab", GitLabReporter().render(report)),
      ("checkstyle", CheckstyleReporter().render(report)),
      ("markdown", MarkdownReporter().render(report)),
    ]
    for (format, output) in outputs {
      #expect(output.contains(more), "\(format)")
    }
    #expect(MarkdownReporter().render(report).contains("**Payloads:** 10 validated, 10 failed"))
    let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(report).utf8))
    let omitted = try #require(
      ((json as? [String: Any])?["omittedPayloads"] as? [[String: Any]])?.first)
    #expect(omitted["file"] as? String == "e.jsonl")
    #expect(omitted["payloads"] as? Int == 7)
    #expect(omitted["failed"] as? Int == 7)
  }

  /// A baseline of a large file absorbs the summary finding only while no more records fail.
  @Test func baselineCountsTheRecordsTheSummaryStandsFor() throws {
    let recorded = try Self.report(Self.jsonLines(10) { _ in true })
    let baseline = Baseline(report: recorded)
    // 3 listed and 7 counted.
    #expect(baseline.findingCount == 10)
    let same = baseline.filter(recorded)
    #expect(same.findings.isEmpty)
    #expect(same.baselined == 10)
    let more = baseline.filter(try Self.report(Self.jsonLines(11) { _ in true }))
    #expect(more.findings.map(\.diagnostic.ruleID) == ["PAYLOAD_RECORDS_OMITTED"])
    #expect(RunOutcome(report: more).exitStatus() == .findings)
    let fewer = baseline.filter(try Self.report(Self.jsonLines(9) { _ in true }))
    #expect(fewer.findings.isEmpty)
  }

  @Test func acrossVersionsFindingsAreCappedToo() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("s.json", "{}")
    try tree.write("ok/e.jsonl", Self.jsonLines(10) { _ in false })
    var check = PayloadFixtureCheck(
      subject: Subject(
        name: "s", schemaPath: "s.json", file: tree.url("s.json"), examples: ["ok/*"]),
      baseDirectory: tree.root, displayPrefix: "",
      settings: PayloadSettings(
        jsonSchema: JSONSchemaRunSettings(
          defaultDraft: nil, assertFormat: false,
          loader: JSONSchemaFileLoader(root: tree.root, refs: [], relativeTo: tree.root))))
    check.detailLimit = 3
    // Every record is valid now and was valid data of v1, which the new schema cannot read.
    let outcome = try check.run(
      new: IntegerFieldValidator(),
      earlier: [.init(label: "v1", validator: RefusingValidator(), backward: false, forward: true)])
    #expect(outcome.findings.count { $0.ruleID == "PAYLOAD_FORWARD_UNREADABLE" } == 3)
    #expect(outcome.omitted.first?.acrossVersions == 7)
    #expect(
      outcome.findings.first { $0.ruleID == "PAYLOAD_RECORDS_OMITTED" }?.message
        == "… and 7 more findings across versions in ok/e.jsonl (the first 3 records with "
        + "findings are listed)")
  }

  /// Fails every payload.
  private struct RefusingValidator: PayloadValidating {
    var format: SchemaFormat { .jsonSchema }

    func validate(_ instance: JSONValue) -> [PayloadError] {
      [
        PayloadError(
          ruleID: "PAYLOAD_TEST", instanceLocation: "", schemaLocation: "", message: "no")
      ]
    }
  }

  /// The catalog shows a fixture file as passing when every record passes, however many.
  @Test func catalogExampleVerdictCountsEveryRecord() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: events.counted
          schema: s.json
          examples: [ok/*.jsonl]
      """)
    try tree.write(
      "s.json", #"{"type": "object", "properties": {"a": {"type": "integer"}}}"#)
    let limit = PayloadFileValidation.defaultDetailLimit
    try tree.write("ok/passing.jsonl", Self.jsonLines(limit + 500) { _ in false })
    // Failures past the limit only: the records kept all pass.
    try tree.write("ok/late.jsonl", Self.jsonLines(limit + 500) { $0 > limit + 10 })
    // More failures than the limit.
    try tree.write("ok/many.jsonl", Self.jsonLines(limit + 500) { $0 > 100 })
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let (catalog, check) = try await CatalogBuilder(config: config).build()
    let event = try #require(catalog.events.first { $0.id == "events.counted" })
    let verdicts = Dictionary(uniqueKeysWithValues: event.examples.map { ($0.path, $0.passed) })
    #expect(verdicts == ["ok/passing.jsonl": true, "ok/late.jsonl": false, "ok/many.jsonl": false])
    #expect(check.report.payloadCount == 3 * (limit + 500))
    #expect(check.report.failedPayloadCount == 490 + (limit + 400))
    #expect(check.report.omittedPayloads.allSatisfy { $0.subject == "events.counted" })
    #expect(check.exitStatus() == .findings)
  }
}
