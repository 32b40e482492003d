import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `check` run as a CI job runs it: GitHub annotations on standard output, SARIF and GitLab Code
/// Quality to files, and the step summary appended to `$GITHUB_STEP_SUMMARY`.
@Suite struct CIFormatCommandTests {
  static let sarifSchema = CommandRunner.repositoryRoot
    .appendingPathComponent("Tests/Golden/sarif/sarif-schema-2.1.0.json")

  /// A git repository whose last commit breaks BACKWARD compatibility of its one subject.
  private func breakingRepository() throws -> ScratchFolder {
    let scratch = try ScratchFolder()
    try Git.run(["init", "-q"], in: scratch.url)
    try scratch.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: orders.order-placed
          schema: schemas/order.avsc
          compatibility: BACKWARD

      """)
    try scratch.write(
      "schemas/order.avsc",
      #"{"type": "record", "name": "Order", "namespace": "com.acme", "fields": [{"name": "id", "type": "string"}]}"#
    )
    try Git.commitAll("v1", in: scratch.url)
    try scratch.write(
      "schemas/order.avsc",
      """
      {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [
        {"name": "id", "type": "long"},
        {"name": "channel", "type": "string"}
      ]}
      """)
    try Git.commitAll("v2 breaks consumers", in: scratch.url)
    return scratch
  }

  @Test func breakingCommitFailsWithAnnotationsSARIFAndSummary() throws {
    let scratch = try breakingRepository()
    defer { scratch.remove() }
    let summary = try scratch.write("step_summary.md", "# Build\n\n")
    let result = try CommandRunner.run(
      [
        "check", "--against", "HEAD~1", "--format",
        "github,sarif=build/schemacheck.sarif,gitlab=build/codequality.json,junit=build/junit.xml",
      ],
      in: scratch.url, environment: ["GITHUB_STEP_SUMMARY": summary.path])
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(
      lines.contains {
        $0.hasPrefix(
          "::error file=schemas/order.avsc,line=2,col=26,endLine=2,title=TYPE_MISMATCH::field 'Order.id'"
        )
      })
    #expect(
      lines.contains {
        $0.hasPrefix(
          "::error file=schemas/order.avsc,line=3,col=3,endLine=3,"
            + "title=READER_FIELD_MISSING_DEFAULT_VALUE::field 'Order.channel'")
      })

    let stepSummary = try String(contentsOf: summary, encoding: .utf8)
    #expect(stepSummary.hasPrefix("# Build\n\n## schemacheck\n"))
    #expect(stepSummary.contains("| `orders.order-placed` | avro | BACKWARD | ❌ incompatible |"))

    // schemacheck validates its own SARIF against the SARIF 2.1.0 schema.
    let validation = try CommandRunner.run(
      ["validate", "--schema", Self.sarifSchema.path, "build/schemacheck.sarif"], in: scratch.url)
    #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    let sarif = try String(
      contentsOf: scratch.url.appendingPathComponent("build/schemacheck.sarif"), encoding: .utf8)
    #expect(sarif.contains(#""uri": "schemas/order.avsc""#))

    // The JUnit XML parses with libxml2, and the subject is a failing test case whose failure
    // names the first finding's rule.
    let junit = try Data(contentsOf: scratch.url.appendingPathComponent("build/junit.xml"))
    let parser = XMLParser(data: junit)
    #expect(parser.parse() && parser.parserError == nil)
    let root = try #require(try XMLDocument(data: junit, options: []).rootElement())
    let failures = root.elements(forName: "testsuite").flatMap { $0.elements(forName: "testcase") }
      .filter { $0.attribute(forName: "name")?.stringValue == "orders.order-placed" }
      .flatMap { $0.elements(forName: "failure") }
    #expect(failures.count == 1)
    #expect(failures.first?.stringValue?.contains("READER_FIELD_MISSING_DEFAULT_VALUE") == true)
    #expect(failures.first?.stringValue?.contains("TYPE_MISMATCH") == true)

    let codeQuality = try JSONSerialization.jsonObject(
      with: Data(contentsOf: scratch.url.appendingPathComponent("build/codequality.json")))
    let issues = try #require(codeQuality as? [[String: Any]])
    #expect(
      issues.compactMap { $0["check_name"] as? String }.sorted() == [
        "READER_FIELD_MISSING_DEFAULT_VALUE", "TYPE_MISMATCH",
      ])
  }

  @Test func brokenSARIFFailsTheSchemaCheck() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("bad.sarif", #"{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}"#)
    let validation = try CommandRunner.run(
      ["validate", "--schema", Self.sarifSchema.path, "bad.sarif"], in: scratch.url)
    #expect(validation.status == 1)
  }

  @Test func withoutTheVariableNoSummaryIsWritten() throws {
    let scratch = try breakingRepository()
    defer { scratch.remove() }
    let result = try CommandRunner.run(
      ["check", "--against", "HEAD~1", "--format", "github"], in: scratch.url,
      environment: ["GITHUB_STEP_SUMMARY": ""])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("::error "))
    #expect(result.stderr.isEmpty)
  }
}
