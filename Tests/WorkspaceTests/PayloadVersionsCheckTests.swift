import Compat
import Foundation
import SchemaModel
import Testing

@testable import Workspace

/// `check` reads examples across the versions a subject's mode covers, with the real Avro and
/// Protobuf validators.
@Suite("Payload fixtures across real versions")
struct PayloadVersionsCheckTests {
  func run(
    _ tree: TemporaryTree, schema: String, mode: CompatibilityMode, message: String? = nil
  ) async throws -> RunOutcome {
    let subject = Subject(
      name: "s", schemaPath: schema, file: tree.url(schema), compatibility: mode,
      versionsPattern: "versions/v*", message: message, examples: ["ok/*"])
    return try await CheckRun(subjects: [subject], baseDirectory: tree.root).run()
  }

  func enumSchema(_ symbols: String) -> String {
    #"{"type": "record", "name": "R", "fields": [{"name": "e", "type": {"type": "enum", "name": "E", "symbols": [\#(symbols)]}}]}"#
  }

  @Test func avroDataAnEarlierVersionWroteMustResolveToTheNewSchema() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("versions/v1.avsc", enumSchema(#""A", "B", "C""#))
    try tree.write("new.avsc", enumSchema(#""A", "B""#))
    try tree.write("ok/a.json", #"{"e": "A"}"#)
    try tree.write("ok/c.json", #"{"e": "C"}"#)
    let outcome = try await run(tree, schema: "new.avsc", mode: .backward)
    let byFile = Dictionary(
      grouping: outcome.report.findings.map(\.diagnostic), by: { $0.location?.file ?? "" })
    #expect(byFile["ok/a.json"] == nil)
    let rules = Set((byFile["ok/c.json"] ?? []).map(\.ruleID))
    #expect(rules == ["PAYLOAD_UNKNOWN_SYMBOL", "PAYLOAD_BACKWARD_UNREADABLE"])
    let unreadable = try #require(
      byFile["ok/c.json"]?.first { $0.ruleID == "PAYLOAD_BACKWARD_UNREADABLE" })
    #expect(unreadable.message.contains("versions/v1.avsc"))
    #expect(outcome.exitStatus() == .findings)
  }

  @Test func avroNewDataMustResolveToTheEarlierReaderUnderForward() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let record = { (type: String) in
      #"{"type": "record", "name": "R", "fields": [{"name": "n", "type": "\#(type)"}]}"#
    }
    try tree.write("versions/v1.avsc", record("int"))
    try tree.write("new.avsc", record("long"))
    try tree.write("ok/n.json", #"{"n": 5}"#)
    let outcome = try await run(tree, schema: "new.avsc", mode: .forward)
    let rules = outcome.report.findings.map(\.diagnostic.ruleID)
    #expect(rules.contains("PAYLOAD_FORWARD_UNREADABLE"))
    #expect(outcome.report.payloads.map(\.valid) == [true])
  }

  @Test func protobufEarlierReadersIgnoreNewFieldsButNotNewTypes() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "versions/v1.proto",
      "syntax = \"proto3\";\npackage p;\nmessage M { string a = 1; int32 b = 2; }\n")
    try tree.write(
      "new.proto",
      "syntax = \"proto3\";\npackage p;\nmessage M { string a = 1; string b = 2; string c = 3; }\n")
    try tree.write("ok/added.json", #"{"a": "x", "c": "new field"}"#)
    try tree.write("ok/retyped.json", #"{"b": "not a number"}"#)
    let outcome = try await run(tree, schema: "new.proto", mode: .forward)
    let payloadFindings = outcome.report.findings.map(\.diagnostic).filter {
      $0.ruleID.rawValue.hasPrefix("PAYLOAD_")
    }
    #expect(payloadFindings.map(\.ruleID) == ["PAYLOAD_FORWARD_UNREADABLE"])
    #expect(payloadFindings.first?.location?.file == "ok/retyped.json")
  }
}
