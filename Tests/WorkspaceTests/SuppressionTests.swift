import SchemaModel
import Testing

@testable import Workspace

/// Inline suppressions in `.proto`, JSON Schema and Avro files, applied to a report's findings.
@Suite struct SuppressionTests {
  /// A finding of `rule` at `line:column` of `file`, for subject `s`.
  private func finding(
    _ rule: RuleID, _ file: String, _ line: Int, _ column: Int = 3, severity: Severity = .error
  ) -> Finding {
    Finding(
      Diagnostic(
        ruleID: rule, severity: severity, message: "\(rule) at \(line)",
        location: SourceLocation(file: file, line: line, column: column)),
      subject: "s")
  }

  private func apply(_ files: [String: String], findings: [Finding]) -> Report {
    let report = Report(
      findings: findings,
      subjects: files.keys.sorted().map {
        SubjectResult(
          name: "s", format: .avro, schemaPath: $0, mode: .backward,
          compatible: !findings.contains { $0.diagnostic.severity == .error },
          checkedAgainst: ["old"])
      })
    let filter = SuppressionFilter { path in files[path].map { Array($0.utf8) } }
    return filter.apply(to: report)
  }

  private func remaining(_ report: Report) -> [String] {
    report.sortedFindings.map {
      "\($0.diagnostic.location?.line ?? 0) \($0.diagnostic.ruleID)"
    }
  }

  static let proto = """
    syntax = "proto3";
    message Order {
      // schemacheck:ignore FIELD_NO_DELETE kept for old clients
      // another comment
      string id = 1;
      string note = 2; // schemacheck:ignore FIELD_SAME_TYPE, FIELD_NO_DELETE renamed on purpose
      string "//" = 3;
    }
    """

  @Test func protoCommentAboveAndTrailingSuppressTheirLine() {
    let file = "a.proto"
    let report = apply(
      [file: Self.proto],
      findings: [
        finding("FIELD_NO_DELETE", file, 5), finding("FIELD_SAME_TYPE", file, 5),
        finding("FIELD_NO_DELETE", file, 6), finding("FIELD_SAME_TYPE", file, 6),
        finding("FIELD_NO_DELETE", file, 2), finding("FIELD_NO_DELETE", "other.proto", 5),
      ])
    #expect(report.suppressed == 3)
    #expect(remaining(report) == ["2 FIELD_NO_DELETE", "5 FIELD_SAME_TYPE", "5 FIELD_NO_DELETE"])
    #expect(report.subjects.allSatisfy { !$0.compatible })
  }

  @Test func protoIgnoreFileCoversEveryLine() {
    let text = "// schemacheck:ignore-file FIELD_NO_DELETE the v1 package is frozen\nsyntax = 1;\n"
    let report = apply(
      ["a.proto": text],
      findings: [finding("FIELD_NO_DELETE", "a.proto", 40), finding("TYPE_MISMATCH", "a.proto", 2)])
    #expect(report.suppressed == 1)
    #expect(remaining(report) == ["2 TYPE_MISMATCH"])
  }

  @Test func protoSuppressionWithoutReasonWarnsAndStillApplies() {
    let text = "message A {\n  int32 a = 1; // schemacheck:ignore FIELD_SAME_TYPE\n}\n"
    let report = apply(["a.proto": text], findings: [finding("FIELD_SAME_TYPE", "a.proto", 2)])
    #expect(report.suppressed == 1)
    #expect(remaining(report) == ["2 SUPPRESSION_WITHOUT_REASON"])
    #expect(report.findings.first?.diagnostic.severity == .warning)
    #expect(report.findings.first?.diagnostic.location?.column == 16)
    // The only error went, so the subject passes again.
    #expect(report.subjects.allSatisfy { $0.compatible })
  }

  @Test func unknownRuleWarnsWithDidYouMean() throws {
    let text = "message A {\n  int32 a = 1; // schemacheck:ignore FIELD_NO_DELTE typo here\n}\n"
    let report = apply(["a.proto": text], findings: [finding("FIELD_NO_DELETE", "a.proto", 2)])
    #expect(report.suppressed == 0)
    let warning = try #require(
      report.findings.first { $0.diagnostic.ruleID == "SUPPRESSION_UNKNOWN_RULE" })
    #expect(warning.diagnostic.message.contains("did you mean 'FIELD_NO_DELETE'?"))
    #expect(warning.diagnostic.severity == .warning)
    #expect(warning.subject == "s")
  }

  @Test func unusedSuppressionIsANote() {
    let text = "message A {\n  int32 a = 1; // schemacheck:ignore FIELD_NO_DELETE not needed\n}\n"
    let report = apply(["a.proto": text], findings: [finding("FIELD_NO_DELETE", "a.proto", 3)])
    #expect(remaining(report) == ["2 SUPPRESSION_UNUSED", "3 FIELD_NO_DELETE"])
    #expect(report.count(.note) == 1)
  }

  @Test func markerInsideAStringIsNotAComment() {
    let text = "option (x) = \"// schemacheck:ignore FIELD_NO_DELETE why\";\n"
    let report = apply(["a.proto": text], findings: [finding("FIELD_NO_DELETE", "a.proto", 1)])
    #expect(report.suppressed == 0)
    #expect(remaining(report) == ["1 FIELD_NO_DELETE"])
  }

  @Test func protoArgumentsSplitIdsFromReason() {
    let parsed = ProtoSuppressionScanner.parseArguments(" A_B,C D  why Not ")
    #expect(parsed.ids == ["A_B", "C", "D"])
    #expect(parsed.reason == "why Not")
  }

  static let jsonSchema = """
    {
      "type": "object",
      "properties": {
        "id": {"type": "string", "x-schemacheck-ignore": ["TYPE_CHANGED"]},
        "name": {"type": "string"}
      }
    }
    """

  @Test func jsonSchemaIgnoreCoversItsObjectOnly() {
    let file = "c.json"
    let report = apply(
      [file: Self.jsonSchema],
      findings: [
        finding("TYPE_CHANGED", file, 4, 11), finding("TYPE_NARROWED", file, 4, 11),
        finding("TYPE_CHANGED", file, 5, 13), finding("TYPE_CHANGED", file, 1, 1),
        // A finding about the property points at its key, before the object.
        finding("TYPE_CHANGED", file, 4, 5),
      ])
    #expect(report.suppressed == 2)
    #expect(remaining(report) == ["1 TYPE_CHANGED", "4 TYPE_NARROWED", "5 TYPE_CHANGED"])
  }

  static let nested = """
    {"x-schemacheck-ignore": ["TYPE_CHANGED"], "properties": {
      "a": {"x-schemacheck-ignore": ["TYPE_NARROWED"], "type": "string"},
      "b": {"x-schemacheck-ignore": ["TYPE_NARROWED"], "type": "string"}
    }}
    """

  @Test func nestedObjectsAreSearchedOutward() {
    let file = "n.json"
    let report = apply(
      [file: Self.nested],
      findings: [
        finding("TYPE_CHANGED", file, 2, 10), finding("TYPE_NARROWED", file, 2, 10),
        finding("TYPE_CHANGED", file, 4, 1), finding("TYPE_NARROWED", file, 4, 1),
        finding("TYPE_NARROWED", file, 6, 1),
      ])
    #expect(report.suppressed == 3)
    #expect(remaining(report) == ["3 SUPPRESSION_UNUSED", "4 TYPE_NARROWED", "6 TYPE_NARROWED"])
  }

  static let avro = """
    {"type": "record", "name": "Order", "fields": [
      {"name": "id", "type": "long",
       "schemacheck.ignore": ["TYPE_MISMATCH", "NOT_A_RULE"]},
      {"name": "total", "type": {"type": "fixed", "name": "Cents", "size": 8,
        "schemacheck.ignore": "READER_FIELD_MISSING_DEFAULT_VALUE"}}
    ]}
    """

  @Test func avroPropertyCoversFieldAndNestedTypes() {
    let file = "o.avsc"
    let report = apply(
      [file: Self.avro],
      findings: [
        finding("TYPE_MISMATCH", file, 2, 18),
        finding("READER_FIELD_MISSING_DEFAULT_VALUE", file, 2),
        finding("TYPE_MISMATCH", file, 4, 3),
        finding("READER_FIELD_MISSING_DEFAULT_VALUE", file, 4, 30),
      ])
    #expect(report.suppressed == 2)
    #expect(
      remaining(report) == [
        "2 READER_FIELD_MISSING_DEFAULT_VALUE", "3 SUPPRESSION_UNKNOWN_RULE", "4 TYPE_MISMATCH",
      ])
  }

  @Test func endOfContainerSkipsBracesInStrings() {
    let text = SourceText(Array("\u{FEFF}{\"a\": \"}{\",\r\n \"b\": [1]}\n".utf8))
    #expect(
      text.endOfContainer(startingAt: TextPosition(line: 1, column: 1))
        == TextPosition(line: 2, column: 10))
  }

  @Test func noSuppressionsLeaveTheReportAlone() {
    let report = apply(["x.avsc": "{}"], findings: [finding("TYPE_MISMATCH", "x.avsc", 1)])
    #expect(report.suppressed == 0)
    #expect(remaining(report) == ["1 TYPE_MISMATCH"])
    #expect(TextReporter(useColor: false).summaryLine(report).contains("suppressed") == false)
  }
}
