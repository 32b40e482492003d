import Foundation
import Testing

/// Protobuf through the command line: Buf categories as `--mode`, `--proto-path`, git revisions.
@Suite struct ProtoCommandTests {
  static let breakingProto = "Fixtures/breaking/proto/acme/payments/v1/refund_events.proto"

  static func event(_ fields: String) -> String {
    """
    syntax = "proto3";
    package acme.events;
    import "google/protobuf/timestamp.proto";
    message Event {
    \(fields)
    }

    """
  }

  @Test func bufCategoryModeOnAProtobufSubjectReportsBufRuleIDs() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml", "--subject",
      "payments.refund-events", "--mode", "WIRE",
    ])
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == [
        "\(Self.breakingProto):15:1: error: [FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED]",
        "\(Self.breakingProto):18:3: error: [FIELD_WIRE_COMPATIBLE_TYPE]",
        "1 subject checked,",
      ])
  }

  @Test func bufCategoryModeOnAnAvroSubjectIsAToolError() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml", "--mode", "wire_json",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix(
        "error: --mode WIRE_JSON is one of Buf's categories, which apply to Protobuf subjects "
          + "only; subject 'customers.customer-updated' is not a .proto file"))
  }

  @Test func unknownModeNamesTheBufCategoriesToo() throws {
    let result = try CommandRunner.run([
      "compat", "a.proto", "--against", "HEAD", "--mode", "WIRES",
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("WIRE_JSON"))
  }

  @Test func compatAgainstAFolderWithProtoPath() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "old/proto/acme/events/event.proto", Self.event("  int64 id = 1;\n  string note = 2;"))
    try scratch.write("new/proto/acme/events/event.proto", Self.event("  string id = 1;"))
    let work = scratch.url.appendingPathComponent("new")
    let result = try CommandRunner.run(
      [
        "compat", "proto/acme/events/event.proto", "--against", "../old", "--proto-path", "proto",
        "--mode", "WIRE_JSON", "--format", "json",
      ], in: work)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(
      findings.compactMap { $0["ruleId"] as? String } == [
        "FIELD_NO_DELETE_UNLESS_NAME_RESERVED", "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
        "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
      ])
    let location = try #require(findings.last?["location"] as? [String: Any])
    #expect(location["file"] as? String == "proto/acme/events/event.proto")
    #expect(location["line"] as? Int == 5)
    #expect(location["column"] as? Int == 3)
    let subjects = try #require(object["subjects"] as? [[String: Any]])
    #expect(subjects.first?["breaking"] as? [String] == ["WIRE_JSON"])

    let confluent = try CommandRunner.run(
      [
        "compat", "proto/acme/events/event.proto", "--against", "../old", "--proto-path", "proto",
      ], in: work)
    #expect(confluent.status == 1)
    #expect(!confluent.stdout.contains("FIELD_WIRE_JSON_COMPATIBLE_TYPE"))
  }

  @Test func missingProtoPathIsAToolError() throws {
    let result = try CommandRunner.run([
      "compat", Self.breakingProto, "--against", "HEAD", "--proto-path", "no/such/folder",
    ])
    #expect(result.status == 2)
    #expect(result.stderr == "error: no/such/folder: no such directory\n")
  }

  @Test func compatAgainstAGitRevision() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try Git.run(["init", "-q"], in: scratch.url)
    try scratch.write("acme/events/event.proto", Self.event("  string id = 1;\n  string note = 2;"))
    try Git.commitAll("v1", in: scratch.url)
    try scratch.write("acme/events/event.proto", Self.event("  string id = 1;"))
    let result = try CommandRunner.run(
      ["compat", "acme/events/event.proto", "--against", "HEAD", "--mode", "FILE"],
      in: scratch.url)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasPrefix("acme/events/event.proto:4:1: error: [FIELD_NO_DELETE]"))
    let reserved = try CommandRunner.run(
      ["compat", "acme/events/event.proto", "--against", "HEAD", "--mode", "BACKWARD"],
      in: scratch.url)
    #expect(reserved.status == 0, "\(reserved.stdout)\(reserved.stderr)")
  }

  @Test func diffOfProtoFilesListsBufRuleIDs() throws {
    let result = try CommandRunner.run([
      "diff", "Fixtures/breaking/proto/acme/payments/v1/refund_events/v1.proto", Self.breakingProto,
      "--proto-path", "Fixtures/breaking/proto",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("[FIELD_SCALAR_KIND_CHANGED]"))
    #expect(result.stdout.contains("\(Self.breakingProto):15:1: change: [FIELD_NO_DELETE]"))
    #expect(result.stdout.hasSuffix("9 changes; 0 errors, 0 warnings\n"))
  }
}
