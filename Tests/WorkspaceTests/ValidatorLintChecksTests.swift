import Foundation
import Lint
import Parsers
import SchemaModel
import Testing
import Workspace

/// The validator-backed JSON Schema lint checks: meta-schema violations located at the
/// offending value, and patterns compiled as the validator compiles them.
@Suite struct ValidatorLintChecksTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let testSuite = repository.deletingLastPathComponent()
    .appendingPathComponent("shared/corpora/JSON-Schema-Test-Suite/tests/draft2020-12")

  let checks = ValidatorLintChecks()

  func violations(_ text: String) -> [(message: String, position: TextPosition)] {
    checks.metaSchemaViolations(in: JSONSchemaFile.parse(Array(text.utf8), path: "s.json"))
  }

  @Test(arguments: [
    "http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#",
    "http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2019-09/schema",
    "https://json-schema.org/draft/2020-12/schema",
  ])
  func brokenKeywordsAreReportedWhereTheyAre(_ draft: String) {
    let found = violations(
      """
      {
        "$schema": "\(draft)",
        "properties": {
          "name": {"type": 5,
            "minLength": -1}
        }
      }
      """)
    #expect(found.count == 2, "\(found.map(\.message))")
    #expect(found.map(\.position.line) == [4, 5])
    #expect(found.map(\.position.column) == [22, 20])
    #expect(found.first?.message.hasPrefix("#/properties/name/type breaks the ") == true)
    #expect(found.last?.message.contains("#/properties/name/minLength") == true)
  }

  @Test(arguments: [
    "http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2020-12/schema",
  ])
  func validSchemasHaveNoViolations(_ draft: String) {
    let found = violations(
      """
      {"$schema": "\(draft)", "type": "object", "required": ["a"],
       "properties": {"a": {"type": ["string", "null"], "minLength": 0, "pattern": "^a"}},
       "additionalProperties": false, "x-owner": "team"}
      """)
    #expect(found.isEmpty, "\(found.map(\.message))")
  }

  @Test func patternsCompileAsTheValidatorCompilesThem() {
    #expect(checks.patternError("(") != nil)
    #expect(checks.patternError("[a-") != nil)
    #expect(checks.patternError("^[a-z]+\\d{2}$") == nil)
    // ECMA-262 with `u`: a lone `{` quantifier is an error there though other engines take it.
    #expect(checks.patternError("a{") != nil)
  }

  @Test func anInvalidPatternIsThePatternRulesFindingOnly() {
    // The meta-schemas mark `pattern` as `format: regex`, an annotation: no second finding.
    #expect(violations(#"{"type": "string", "pattern": "("}"#).isEmpty)
    #expect(violations(#"{"type": "string", "pattern": 5}"#).count == 1)
  }

  @Test func lintRunsUseTheValidatorByDefault() {
    let run = LintRun(files: [], currentDirectory: TemporaryTree.scratchDirectory)
    #expect(run.jsonSchemaChecks is ValidatorLintChecks)
  }

  @Test func lintReportsMetaSchemaAndPatternFindingsOfAFile() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "s.json",
      """
      {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
       "additionalProperties": false,
       "properties": {"a": {"type": "string", "minLength": -1, "pattern": "("}}}
      """)
    let outcome = try LintRun.commandLine(["s.json"], currentDirectory: tree.root).run()
    let found = outcome.report.findings.map(\.diagnostic).filter {
      $0.ruleID.rawValue.hasPrefix("LINT_JSON_SCHEMA_")
    }
    #expect(
      found.map(\.ruleID) == ["LINT_JSON_SCHEMA_META_SCHEMA", "LINT_JSON_SCHEMA_INVALID_PATTERN"])
    #expect(found.map { $0.location?.description } == ["s.json:3:54", "s.json:3:69"])
  }

  @Test func theBundledFixturesMatchTheirMetaSchemas() throws {
    let fixtures = [
      "Fixtures/jsonschema/customers/customer_registered.json",
      "Fixtures/jsonschema/customers/customer_registered/v1.json",
      "Fixtures/jsonschema/customers/customer_registered/v2.json",
      "Fixtures/breaking/jsonschema/customers/customer_updated.json",
      "Fixtures/breaking/jsonschema/customers/customer_updated/v1.json",
    ]
    for path in fixtures {
      let bytes = try [UInt8](Data(contentsOf: Self.repository.appendingPathComponent(path)))
      let file = JSONSchemaFile.parse(bytes, path: path)
      #expect(file.schema != nil)
      #expect(checks.metaSchemaViolations(in: file).isEmpty, "\(path)")
    }
  }

  /// Every schema of the JSON-Schema-Test-Suite's draft 2020-12 tests is a valid schema (the
  /// suite tests instances, never schemas), so any violation is a false positive.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: testSuite.path)))
  func theTestSuitesSchemasMatchTheMetaSchema() throws {
    let files = try FileManager.default.contentsOfDirectory(
      at: Self.testSuite, includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "json" }
    var schemas = 0
    var falsePositives: [String] = []
    for url in files {
      let groups = try JSONReader.parse([UInt8](Data(contentsOf: url)))
      for group in groups.elements ?? [] {
        guard let schema = group["schema"] else { continue }
        schemas += 1
        let file = JSONSchemaFile.read(
          schema, path: url.lastPathComponent, defaultDraft: .draft202012)
        falsePositives += checks.metaSchemaViolations(in: file).map {
          "\(url.lastPathComponent): \($0.message)"
        }
      }
    }
    #expect(schemas > 300)
    #expect(falsePositives.isEmpty, "\(falsePositives)")
  }
}
