import Foundation
import Testing

/// `schemacheck validate` as a user runs it, on the demo's JSON Schema contract.
@Suite struct ValidateCommandTests {
  static let schema = "Fixtures/jsonschema/customers/customer_registered.json"
  static let examples = "Fixtures/jsonschema/customers/examples"
  static let counterexamples = "Fixtures/jsonschema/customers/counterexamples"

  @Test func validPayloadsExitZero() throws {
    let result = try CommandRunner.run([
      "validate", "--schema", Self.schema, "\(Self.examples)/registered_web.json",
      "\(Self.examples)/registered_store.yaml", "\(Self.examples)/registered_batch.jsonl",
    ])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "5 payloads validated, 0 failed; 0 errors, 0 warnings\n")
  }

  @Test func invalidPayloadExitsOneWithItsLocationAndPointer() throws {
    let result = try CommandRunner.run([
      "validate", "--schema", Self.schema, "\(Self.counterexamples)/bad_customer_id.json",
    ])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "\(Self.counterexamples)/bad_customer_id.json:6:11: error: [PAYLOAD_INVALID] "
          + "/customer/id: \"123\" does not match the pattern ^CUS-[0-9]{6}$"))
  }

  @Test func jsonLinesAreReportedPerLineInTheJSONReport() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let lines = [
      #"{"eventId": "e1", "occurredAt": "t", "customer": {"id": "CUS-000001", "email": "a", "name": "A"}}"#,
      "",
      #"{"eventId": "e2", "occurredAt": "t", "customer": {"id": "bad", "email": "a", "name": "A"}}"#,
    ]
    let payload = scratch.url.appendingPathComponent("events.ndjson")
    try lines.joined(separator: "\n").write(to: payload, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run([
      "validate", "--schema", Self.schema, payload.path, "--format", "json",
    ])
    #expect(result.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let payloads = try #require(object["payloads"] as? [[String: Any]])
    #expect(payloads.map { $0["line"] as? Int } == [1, 3])
    #expect(payloads.map { $0["valid"] as? Bool } == [true, false])
    let errors = try #require(payloads.last?["errors"] as? [[String: Any]])
    #expect(errors.first?["instanceLocation"] as? String == "/customer/id")
    #expect(errors.first?["keywordLocation"] as? String != nil)
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.map { $0["ruleId"] as? String } == ["PAYLOAD_INVALID"])
  }

  @Test func formatIsAnAnnotationUnlessAsserted() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let schema = scratch.url.appendingPathComponent("s.yaml")
    try "type: string\nformat: email\n".write(to: schema, atomically: true, encoding: .utf8)
    let payload = scratch.url.appendingPathComponent("p.yaml")
    try "not-an-email\n".write(to: payload, atomically: true, encoding: .utf8)
    let annotated = try CommandRunner.run(["validate", "--schema", schema.path, payload.path])
    #expect(annotated.status == 0, "\(annotated.stdout)\(annotated.stderr)")
    let asserted = try CommandRunner.run([
      "validate", "--schema", schema.path, payload.path, "--assert-format",
    ])
    #expect(asserted.status == 1)
    #expect(asserted.stdout.contains("[PAYLOAD_INVALID] /: \"not-an-email\" is not a valid email"))
  }

  @Test func draftOptionAppliesToSchemasWithoutSchemaKeyword() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let schema = scratch.url.appendingPathComponent("s.json")
    try #"{"type": "number", "minimum": 0, "exclusiveMinimum": true}"#.write(
      to: schema, atomically: true, encoding: .utf8)
    let payload = scratch.url.appendingPathComponent("p.json")
    try "0".write(to: payload, atomically: true, encoding: .utf8)
    let draft4 = try CommandRunner.run([
      "validate", "--schema", schema.path, payload.path, "--draft", "4",
    ])
    #expect(draft4.status == 1, "\(draft4.stdout)\(draft4.stderr)")
    #expect(draft4.stdout.contains("[PAYLOAD_INVALID]"))
  }

  @Test func unusableSchemaOrPayloadExitsTwo() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let schema = scratch.url.appendingPathComponent("s.json")
    try #"{"$schema": "https://example.com/nope"}"#.write(
      to: schema, atomically: true, encoding: .utf8)
    let payload = scratch.url.appendingPathComponent("p.json")
    try "{}".write(to: payload, atomically: true, encoding: .utf8)
    let badSchema = try CommandRunner.run(["validate", "--schema", schema.path, payload.path])
    #expect(badSchema.status == 2)
    #expect(badSchema.stdout.contains("[JSONSCHEMA_UNKNOWN_DRAFT]"))
    #expect(badSchema.stdout.contains("https://example.com/nope"))
    let missing = try CommandRunner.run(["validate", "--schema", Self.schema, "nope.json"])
    #expect(missing.status == 2)
    let badDraft = try CommandRunner.run([
      "validate", "--schema", Self.schema, payload.path, "--draft", "5",
    ])
    #expect(badDraft.status == 2)
    #expect(badDraft.stderr.contains("unknown draft '5'"))
  }

  @Test func remoteReferenceWithoutMappingIsRefusedAndAMappingLoadsIt() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let folder = scratch.url
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
    try #"{"type": "string", "minLength": 3}"#.write(
      to: folder.appendingPathComponent("shared/code.json"), atomically: true, encoding: .utf8)
    try #"{"properties": {"code": {"$ref": "https://acme.example/schemas/code.json"}}}"#.write(
      to: folder.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
    try #"{"code": "ab"}"#.write(
      to: folder.appendingPathComponent("p.json"), atomically: true, encoding: .utf8)
    let refused = try CommandRunner.run(["validate", "--schema", "s.json", "p.json"], in: folder)
    #expect(refused.status == 2)
    #expect(refused.stdout.contains("https://acme.example/schemas/code.json"))
    let mapped = try CommandRunner.run(
      [
        "validate", "--schema", "s.json", "p.json", "--ref-map",
        "https://acme.example/schemas/=shared",
      ], in: folder)
    #expect(mapped.status == 1, "\(mapped.stdout)\(mapped.stderr)")
    #expect(mapped.stdout.contains("/code: "))
  }
}

/// `diff` on JSON Schema files lists Confluent's JSON Schema differences.
@Suite struct JSONSchemaDiffCommandTests {
  @Test func diffListsConfluentDifferences() throws {
    let folder = "Fixtures/breaking/jsonschema/customers"
    let result = try CommandRunner.run([
      "diff", "\(folder)/customer_updated/v1.json", "\(folder)/customer_updated.json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("[TYPE_CHANGED] #/properties/loyaltyPoints"))
    #expect(result.stdout.contains("[ENUM_ARRAY_NARROWED]"))
    #expect(result.stdout.hasSuffix("3 changes; 0 errors, 0 warnings\n"))
  }
}
