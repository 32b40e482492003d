import Foundation
import Parsers
import SchemaModel
import Testing
import Validation

@testable import Workspace

/// The official SARIF 2.1.0 schema (see Tests/Golden/sarif/README.md), compiled once.
enum SARIFSchema {
  static let url = GoldenFile.directory.appendingPathComponent("sarif/sarif-schema-2.1.0.json")

  static func validator() throws -> JSONSchemaValidator {
    let schema = try JSONReader.parse(try String(contentsOf: url, encoding: .utf8))
    return try JSONSchemaValidator(
      schema: schema,
      baseURI:
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
      loader: InMemoryJSONSchemaResourceLoader())
  }

  /// The reasons `text` is not a valid SARIF 2.1.0 log, as `instanceLocation: message`.
  static func problems(_ text: String) throws -> [String] {
    try validator().validate(try JSONReader.parse(text)).map {
      "\($0.instanceLocation) (\($0.keywordLocation)): \($0.message)"
    }
  }
}

@Suite struct SARIFSchemaTests {
  @Test func sampleReportIsValidSARIF() throws {
    #expect(try SARIFSchema.problems(SARIFReporter().render(ciSampleReport)) == [])
  }

  @Test func emptyReportIsValidSARIF() throws {
    #expect(try SARIFSchema.problems(SARIFReporter().render(Report())) == [])
  }

  @Test func locationsWithoutALineAreValidSARIF() throws {
    let report = Report(findings: [
      Finding(
        Diagnostic(
          ruleID: "TYPE_MISMATCH", severity: .error, message: "m",
          location: SourceLocation(file: "/abs/dir/x y.avsc", line: 0, column: 0)))
    ])
    #expect(try SARIFSchema.problems(SARIFReporter().render(report)) == [])
  }

  /// The schema must bite, or the tests above prove nothing.
  @Test(arguments: [
    (#""startLine": 14"#, #""startLine": 0"#),
    (#""level": "error""#, #""level": "fatal""#),
    (#""version": "2.1.0""#, #""version": "2.0.0""#),
    (#""ruleIndex": 0"#, #""ruleIndex": "0""#),
  ])
  func brokenLogsAreRejected(original: String, broken: String) throws {
    let text = SARIFReporter().render(ciSampleReport)
    #expect(text.contains(original))
    let edited = text.replacingOccurrences(of: original, with: broken)
    #expect(try !SARIFSchema.problems(edited).isEmpty)
  }
}
