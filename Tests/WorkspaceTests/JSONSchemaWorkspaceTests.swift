import Compat
import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Workspace

@Suite("JSON Schema: config, $ref loader, validate runs")
struct JSONSchemaWorkspaceTests {
  static let schema = #"""
    {
      "type": "object",
      "required": ["items"],
      "properties": {
        "items": {"type": "array", "items": {"$ref": "#/$defs/item"}}
      },
      "$defs": {"item": {"type": "object", "properties": {"price": {"minimum": 0}}}}
    }
    """#

  // MARK: Config

  @Test func jsonSchemaSectionIsTyped() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try FileManager.default.createDirectory(
      at: tree.url("schemas"), withIntermediateDirectories: true)
    let text = """
      version: 1
      defaults:
        json-schema-policy: lenient
      json-schema:
        refs: { "https://acme.example/schemas/": schemas }
        draft: draft-07
      """
    let config = try ConfigLoader.parse(
      text, displayPath: "schemacheck.yaml", directory: tree.root)
    #expect(config.jsonSchema.draft == .draft7)
    #expect(
      config.jsonSchema.refs == [
        JSONSchemaRefMapping(prefix: "https://acme.example/schemas/", folder: "schemas")
      ])
    #expect(JSONSchemaCheckSettings(config: config).policy == .lenient)
  }

  @Test(arguments: [
    (
      "version: 1\njson-schema:\n  draft: 2020-21\n",
      "schemacheck.yaml:3:10: unknown JSON Schema draft '2020-21' in 'json-schema.draft'; "
        + "did you mean '2020-12'? drafts: 4, 6, 7, 2019-09, 2020-12"
    ),
    (
      "version: 1\njson-schema:\n  ref: {}\n",
      "schemacheck.yaml:3:3: unknown key 'ref' in 'json-schema'; did you mean 'refs'?"
    ),
    (
      "version: 1\njson-schema:\n  refs: {\"https://x/\": missing}\n",
      "schemacheck.yaml:3:24: folder 'missing' in 'json-schema.refs' does not exist"
    ),
    (
      "version: 1\njson-schema:\n  refs: {schemas: schemas}\n",
      "schemacheck.yaml:3:10: 'schemas' in 'json-schema.refs' is not a URI prefix; write it as "
        + "'https://example.com/schemas/'"
    ),
  ])
  func jsonSchemaSectionErrors(text: String, expected: String) throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    #expect {
      _ = try ConfigLoader.parse(text, displayPath: "schemacheck.yaml", directory: tree.root)
    } throws: { error in
      (error as? ConfigError)?.description == expected
    }
  }

  // MARK: Loader

  @Test func loaderRefusesUnmappedRemoteURLsAndPathsOutsideTheRoot() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("project/shared/code.json", #"{"type": "string"}"#)
    try tree.write("secret.json", #"{"type": "string"}"#)
    let root = tree.url("project")
    let loader = JSONSchemaFileLoader(
      root: root,
      refs: [
        JSONSchemaRefMapping(prefix: "https://acme.example/", folder: "shared"),
        JSONSchemaRefMapping(prefix: "https://escape.example/", folder: ".."),
      ],
      relativeTo: root)
    guard case .found(let value, _) = loader.load(uri: "https://acme.example/code.json") else {
      Issue.record("mapped URI did not load")
      return
    }
    #expect(value["type"]?.stringValue == "string")
    guard case .refused(let remote) = loader.load(uri: "https://other.example/x.json") else {
      Issue.record("unmapped remote URI was not refused")
      return
    }
    #expect(remote.contains("'https://other.example/x.json'"))
    let outside = root.appendingPathComponent("../secret.json").standardizedFileURL
    guard case .refused(let escaped) = loader.load(uri: outside.absoluteString) else {
      Issue.record("a file outside the root was not refused")
      return
    }
    #expect(escaped.contains("outside the project root"))
    guard case .refused = loader.load(uri: "https://escape.example/secret.json") else {
      Issue.record("a mapping leading outside the root was not refused")
      return
    }
    guard case .notFound = loader.load(uri: "https://acme.example/none.json") else {
      Issue.record("a missing mapped file was not reported as not found")
      return
    }
  }

  // MARK: ValidateRun

  func run(_ tree: TemporaryTree, payloads: [String]) throws -> RunOutcome {
    try tree.write("s.json", Self.schema)
    return try ValidateRun.commandLine(
      schema: "s.json", payloads: payloads, options: ValidateRun.CommandLineOptions(),
      currentDirectory: tree.root
    ).run()
  }

  @Test func jsonYAMLAndJSONLinesPayloadsAreReportedInInputOrder() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("a.json", #"{"items": [{"price": 1}]}"#)
    try tree.write("b.yaml", "# a comment\nitems:\n  - price: 2\n  - price: -1\n")
    try tree.write(
      "c.jsonl",
      "{\"items\": []}\r\n\n{\"items\": [{\"price\": 0}, {\"price\": 1}, {\"price\": -1}]}\n{}")
    let outcome = try run(tree, payloads: ["a.json", "b.yaml", "c.jsonl"])
    let payloads = outcome.report.payloads
    #expect(payloads.map(\.file) == ["a.json", "b.yaml", "c.jsonl", "c.jsonl", "c.jsonl"])
    #expect(payloads.map(\.line) == [1, 2, 1, 3, 4])
    #expect(payloads.map(\.valid) == [true, false, true, false, false])
    let messages = outcome.report.sortedFindings.map(\.diagnostic.message)
    #expect(
      messages == [
        "/items/1/price: -1 is less than the minimum of 0",
        "/items/2/price: -1 is less than the minimum of 0",
        "/: required property 'items' is missing",
      ])
    #expect(
      outcome.report.sortedFindings.map { $0.diagnostic.location?.description } == [
        // At the failing value: its line and column in the file (in the line, for JSON Lines).
        "b.yaml:4:12", "c.jsonl:3:50", "c.jsonl:4:1",
      ])
    #expect(outcome.exitStatus() == .findings)
  }

  @Test func largeBatchesKeepTheInputOrder() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let lines = (0..<5_000).map { #"{"items": [{"price": \#($0 % 3 == 0 ? -1 : 1)}]}"# }
    try tree.write("many.jsonl", lines.joined(separator: "\n"))
    let outcome = try run(tree, payloads: ["many.jsonl"])
    // The first 1,000 records are listed, then only failures, up to 1,000 failures in all; the
    // rest are counted.
    let failing = Array(stride(from: 1, through: 5_000, by: 3))
    let listed = Set(1...1_000).union(failing.prefix(1_000)).sorted()
    #expect(outcome.report.payloads.map(\.line) == listed)
    #expect(outcome.report.payloads.map(\.valid) == listed.map { $0 % 3 != 1 })
    #expect(outcome.report.payloadCount == 5_000)
    #expect(outcome.report.failedPayloadCount == 1_667)
    // 1,000 failures and "… and 667 more failing records".
    #expect(outcome.report.findings.count == 1_001)
    #expect(outcome.report.omittedPayloads.first?.failed == 667)
  }

  @Test func malformedJSONLineIsLocatedAndMakesTheRunAToolFailure() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("c.ndjson", "{\"items\": []}\n{\"items\": [,]}\n")
    let outcome = try run(tree, payloads: ["c.ndjson"])
    #expect(outcome.report.payloads.count == 1)
    #expect(
      outcome.report.findings.map { $0.diagnostic.location?.description } == ["c.ndjson:2:12"])
    #expect(outcome.exitStatus() == .toolFailure)
  }

  @Test func examplesAndCounterexamplesRunInsideCheck() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("s.json", Self.schema)
    try tree.write("ok/a.json", #"{"items": []}"#)
    try tree.write("bad/b.yaml", "items: [{price: -5}]\n")
    try tree.write("bad/c.json", #"{"items": [{"price": 5}]}"#)
    let subject = Subject(
      name: "s", schemaPath: "s.json", file: tree.url("s.json"),
      compatibility: CompatibilityMode.none,
      examples: ["ok/*.json"], counterexamples: ["bad/*"])
    let outcome = try await CheckRun(subjects: [subject], baseDirectory: tree.root).run()
    #expect(outcome.report.payloads.map(\.meetsExpectation) == [true, true, false])
    #expect(
      outcome.report.findings.map(\.diagnostic.ruleID) == ["COUNTEREXAMPLE_VALID"])
    #expect(outcome.report.findings.first?.diagnostic.location?.file == "bad/c.json")
    #expect(outcome.exitStatus() == .findings)
  }
}
