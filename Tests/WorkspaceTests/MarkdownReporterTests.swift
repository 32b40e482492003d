import Compat
import SchemaModel
import Testing

@testable import Workspace

@Suite struct MarkdownReporterTests {
  @Test func matchesGoldenFile() throws {
    try GoldenFile.check(
      MarkdownReporter().render(StructuredReportSamples.report), against: "reporters/report.md")
  }

  @Test func headingGivesTheVerdict() {
    let markdown = MarkdownReporter().render(StructuredReportSamples.report)
    #expect(
      markdown.hasPrefix("### schemacheck: 2 of 3 subjects incompatible (5 errors, 2 warnings)\n"))
    #expect(markdown.contains("**Payloads:** 3 validated, 2 failed"))
    let passing = Report(subjects: [
      SubjectResult(
        name: "a", format: .avro, schemaPath: "a.avsc", mode: .backward, compatible: true,
        checkedAgainst: ["v1"])
    ])
    #expect(
      MarkdownReporter().render(passing).hasPrefix(
        "### schemacheck: 1 subject compatible (0 errors, 0 warnings)\n"))
  }

  @Test func hostileTextCannotAddMarkupOrBreakTheTable() {
    let markdown = MarkdownReporter().render(StructuredReportSamples.hostile)
    #expect(!markdown.contains("<script>"))
    #expect(!markdown.contains("<b>"))
    #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(markdown.contains(#"a\|b \`tick\`"#))
    let row = markdown.split(separator: "\n").first { $0.contains("evil") } ?? ""
    // Six cell borders; every pipe from the schema is escaped.
    let unescapedPipes = zip(row, [" "] + row).count { $0 == "|" && $1 != "\\" }
    #expect(unescapedPipes == 6)
  }

  @Test func longReportsAreCapped() {
    let findings = (1...5000).map { index in
      Finding(
        Diagnostic(
          ruleID: "TYPE_MISMATCH", severity: .error,
          message: String(repeating: "x", count: 10_000),
          location: SourceLocation(file: "f\(index).avsc", line: 1, column: 1)))
    }
    let markdown = MarkdownReporter().render(Report(findings: findings))
    #expect(markdown.split(separator: "\n").count { $0.hasPrefix("- ") } == 200)
    #expect(markdown.contains("and 4800 more findings"))
    #expect(markdown.utf8.count < 512 * 1024)
  }

  @Test func listsTheChangesOfADiff() {
    let report = Report(changes: [
      Change(
        kind: "FIELD_REMOVED", path: "/fields/2", message: "field 'a|b' removed",
        oldLocation: SourceLocation(file: "old.avsc", line: 5, column: 5),
        breaksBackward: false, breaksForward: true)
    ])
    let markdown = MarkdownReporter().render(report)
    #expect(markdown.contains("#### Changes\n\n"))
    #expect(
      markdown.contains(
        "- ❌ breaks forward: old.avsc:5:5 `FIELD_REMOVED` field 'a\\|b' removed\n"))
  }
}
