import Compat
import Foundation
import SchemaModel
import Testing

@testable import Workspace

@Suite("Config: compat rules")
struct CompatFindingRulesTests {
  /// A subject whose new version adds a field without a default (READER_FIELD_MISSING_DEFAULT_VALUE).
  func run(_ compat: String) async throws -> (RunOutcome, Result<Config, ConfigError>) {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let old = #"{"type": "record", "name": "R", "fields": []}"#
    let new = #"{"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}]}"#
    try tree.write("schemas/r/v1.avsc", old)
    try tree.write("schemas/r.avsc", new)
    let url = try tree.write(
      "schemacheck.yaml",
      "version: 1\nsubjects:\n  - name: r\n    schema: schemas/r.avsc\n"
        + "    versions: schemas/r/v*.avsc\n" + compat)
    let loaded = Result { () throws(ConfigError) -> Config in try ConfigLoader.load(from: url) }
    guard case .success(let config) = loaded else { return (RunOutcome(report: Report()), loaded) }
    return (try await CheckRun(config: config).run(), loaded)
  }

  @Test func withoutRulesTheBreakFails() async throws {
    let (outcome, _) = try await run("")
    #expect(
      outcome.report.findings.map(\.diagnostic.ruleID) == ["READER_FIELD_MISSING_DEFAULT_VALUE"])
    #expect(outcome.exitStatus() == .findings)
  }

  @Test func aLowerSeverityKeepsTheFindingAndPasses() async throws {
    let (outcome, _) = try await run(
      "compat:\n  severity:\n    READER_FIELD_MISSING_DEFAULT_VALUE: warning\n")
    #expect(outcome.report.findings.map(\.diagnostic.severity) == [.warning])
    #expect(outcome.report.subjects.map(\.compatible) == [true])
    #expect(outcome.exitStatus() == .success)
  }

  @Test func exceptAndOffDropTheRule() async throws {
    for compat in [
      "compat:\n  except: [READER_FIELD_MISSING_DEFAULT_VALUE]\n",
      "compat:\n  severity: {READER_FIELD_MISSING_DEFAULT_VALUE: off}\n",
    ] {
      let (outcome, _) = try await run(compat)
      #expect(outcome.report.findings.isEmpty)
      #expect(outcome.exitStatus() == .success)
    }
  }

  @Test func ignoredPathsDropOnlyWhatTheyCover() async throws {
    let (ignored, _) = try await run("compat:\n  ignore: [schemas]\n")
    #expect(ignored.report.findings.isEmpty)
    let (glob, _) = try await run(
      "compat:\n  ignore-only:\n    READER_FIELD_MISSING_DEFAULT_VALUE: [\"schemas/*.avsc\"]\n")
    #expect(glob.report.findings.isEmpty)
    let (otherRule, _) = try await run(
      "compat:\n  ignore-only:\n    TYPE_MISMATCH: [schemas]\n")
    #expect(otherRule.report.findings.count == 1)
    let (otherPath, _) = try await run("compat:\n  ignore: [legacy]\n")
    #expect(otherPath.report.findings.count == 1)
  }

  @Test func anUnknownRuleIsAConfigErrorWithASuggestion() async throws {
    let (_, loaded) = try await run("compat:\n  except: [READER_FIELD_MISSING_DEFAULT]\n")
    guard case .failure(let error) = loaded else {
      Issue.record("an unknown rule was accepted")
      return
    }
    #expect(
      error.description.contains("unknown rule 'READER_FIELD_MISSING_DEFAULT' in 'compat.except'"))
    #expect(error.description.contains("did you mean 'READER_FIELD_MISSING_DEFAULT_VALUE'?"))
  }
}

@Suite("Config: lint rules")
struct LintConfigTests {
  func run(_ lint: String) throws -> Result<RunOutcome, ConfigError> {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "schemas/r.avsc",
      #"{"type": "record", "name": "R", "fields": [{"name": "orderId", "type": "string"}]}"#)
    let url = try tree.write(
      "schemacheck.yaml", "version: 1\nsubjects:\n  - name: r\n    schema: schemas/r.avsc\n" + lint)
    switch Result(catching: { () throws(ConfigError) -> Config in try ConfigLoader.load(from: url) }
    ) {
    case .failure(let error): return .failure(error)
    case .success(let config):
      return .success(try LintRun.subjects(of: config, currentDirectory: tree.root).run())
    }
  }

  func rules(_ lint: String) throws -> [String] {
    try run(lint).get().report.findings.map(\.diagnostic.ruleID.rawValue).sorted()
  }

  @Test func defaultsRunEveryRule() throws {
    #expect(try rules("") == ["LINT_AVRO_NAMESPACE_MISSING", "LINT_FIELD_NAME_CASE"])
  }

  @Test func offByDefaultRulesRunWhenNamedOrWithAll() throws {
    #expect(try rules("lint:\n  use: [ALL]\n").contains("LINT_FIELD_DOC_MISSING"))
    #expect(
      try rules("lint:\n  use: [DEFAULT, LINT_TYPE_DOC_MISSING]\n") == [
        "LINT_AVRO_NAMESPACE_MISSING", "LINT_FIELD_NAME_CASE", "LINT_TYPE_DOC_MISSING",
      ])
  }

  @Test func useExceptCaseAndSeverityShapeTheRun() throws {
    #expect(try rules("lint:\n  use: [LINT_FIELD_NAME_CASE]\n") == ["LINT_FIELD_NAME_CASE"])
    #expect(
      try rules("lint:\n  except: [LINT_FIELD_NAME_CASE]\n") == ["LINT_AVRO_NAMESPACE_MISSING"])
    #expect(try rules("lint:\n  field-name-case: camel\n") == ["LINT_AVRO_NAMESPACE_MISSING"])
    #expect(
      try rules("lint:\n  field-name-case: {avro: camel, json-schema: snake}\n") == [
        "LINT_AVRO_NAMESPACE_MISSING"
      ])
    #expect(
      try rules("lint:\n  field-name-case: {json-schema: camel}\n") == [
        "LINT_AVRO_NAMESPACE_MISSING", "LINT_FIELD_NAME_CASE",
      ])
    #expect(throws: ConfigError.self) {
      try run("lint:\n  field-name-case: {protobuf: camel}\n").get()
    }
    #expect(try rules("lint:\n  ignore: [schemas]\n").isEmpty)
    let outcome = try run("lint:\n  severity: {LINT_FIELD_NAME_CASE: error}\n").get()
    #expect(outcome.exitStatus() == .findings)
  }

  @Test func unknownValuesAreConfigErrors() throws {
    guard case .failure(let unknownRule) = try run("lint:\n  use: [LINT_FIELD_CASE]\n") else {
      Issue.record("an unknown rule was accepted")
      return
    }
    #expect(unknownRule.description.contains("did you mean 'LINT_FIELD_NAME_CASE'?"))
    guard case .failure(let badCase) = try run("lint:\n  field-name-case: kebab\n") else {
      Issue.record("an unknown case was accepted")
      return
    }
    #expect(badCase.description.contains("use snake, camel"))
  }
}

/// A JSON Schema without `$schema` is linted as the config's draft.
@Suite struct LintDraftTests {
  @Test(arguments: [("draft-07", true), ("2020-12", false)])
  func refSiblingsDependOnTheConfiguredDraft(_ draft: String, _ reported: Bool) throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "s.json",
      ##"{"type": "object", "additionalProperties": false, "properties": {"a": {"$ref": "#/$defs/x", "description": "d"}}, "$defs": {"x": {"type": "string"}}}"##
    )
    let url = try tree.write(
      "schemacheck.yaml",
      "version: 1\njson-schema:\n  draft: \(draft)\nsubjects:\n  - name: s\n    schema: s.json\n")
    let config = try ConfigLoader.load(from: url)
    let outcome = try LintRun.subjects(of: config, currentDirectory: tree.root).run()
    let ids = outcome.report.findings.map(\.diagnostic.ruleID.rawValue)
    #expect(ids.contains("LINT_JSON_SCHEMA_REF_SIBLINGS") == reported, "\(ids)")
  }
}
