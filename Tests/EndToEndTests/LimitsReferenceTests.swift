import Foundation
import Testing

/// `$ref`s and imports that try to leave the project, reach the network or loop: refused with a
/// located message, or terminated, never followed.
@Suite struct LimitsReferenceTests {
  /// A schema whose property `a` refers to `target`; the reference is at column 44.
  private static func schema(referring target: String) -> String {
    #"{"type":"object","properties":{"a":{"$ref":"\#(target)"}}}"#
  }

  @Test(arguments: [
    ("../../../../../../../../etc/passwd", "file:///etc/passwd"),
    ("/etc/passwd", "file:///etc/passwd"),
    ("file:///etc/passwd", "file:///etc/passwd"),
  ])
  func jsonSchemaReferenceOutsideTheProjectIsRefused(target: String, resolved: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.json", Self.schema(referring: target))
    try scratch.write("p.json", #"{"a": 1}"#)
    let result = try BoundedRun.run(["validate", "--schema", "s.json", "p.json"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stdout.hasPrefix(
        "s.json:1:44: error: [JSONSCHEMA_COMPILE_ERROR] the reference to \(resolved) is refused: "
          + "'\(resolved)' points at '/etc/passwd', outside the project root; references cannot "
          + "leave it"))
    #expect(!result.stdout.contains("root:"), "nothing of the file is shown")
  }

  @Test func symbolicLinkOutOfTheProjectIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: scratch.url.appendingPathComponent("inside.json").path,
      withDestinationPath: "/etc/passwd")
    try scratch.write("s.json", Self.schema(referring: "inside.json"))
    try scratch.write("p.json", #"{"a": 1}"#)
    let result = try BoundedRun.run(["validate", "--schema", "s.json", "p.json"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("s.json:1:44: error: [JSONSCHEMA_COMPILE_ERROR]"))
    #expect(result.stdout.contains("outside the project root; references cannot leave it"))
  }

  /// 10.255.255.1 is unroutable: fetching it would hang until a connect timeout (tens of
  /// seconds), so a quick refusal shows that nothing was fetched.
  @Test func remoteReferenceIsNeverFetched() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let url = "http://10.255.255.1/schemas/order.json"
    try scratch.write("s.json", Self.schema(referring: url))
    try scratch.write("p.json", #"{"a": 1}"#)
    let started = Date()
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "p.json"], in: scratch.url, seconds: 20)
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(result.status == 2)
    #expect(
      result.stdout.hasPrefix(
        "s.json:1:44: error: [JSONSCHEMA_COMPILE_ERROR] the reference to \(url) is refused: "
          + "'\(url)' is a remote reference and schemacheck does not use the network"))
  }

  @Test func remoteMetaSchemaIsNeverFetched() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.json", #"{"$schema": "http://10.255.255.1/meta", "type": "object"}"#)
    try scratch.write("p.json", #"{"a": 1}"#)
    let started = Date()
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "p.json"], in: scratch.url, seconds: 20)
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(result.status == 2)
    #expect(
      result.stdout.hasPrefix(
        "s.json:1:13: error: [JSONSCHEMA_UNKNOWN_DRAFT] unknown $schema 'http://10.255.255.1/meta'"
      ))
  }

  @Test(arguments: [
    (
      "s.json",
      ##"{"$ref":"#/$defs/a","$defs":{"a":{"$ref":"#/$defs/b"},"b":{"$ref":"#/$defs/a"}}}"##
    ),
    ("s.json", #"{"$ref":"t.json"}"#),
  ])
  func referenceCycleEndsWithAFinding(file: String, text: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(file, text)
    try scratch.write("t.json", #"{"$ref":"s.json"}"#)
    try scratch.write("old/s.json", text)
    try scratch.write("old/t.json", #"{"$ref":"s.json"}"#)
    try scratch.write("p.json", #"{"a": 1}"#)
    let validate = try BoundedRun.run(
      ["validate", "--schema", "s.json", "p.json"], in: scratch.url)
    #expect(validate.status == 1)
    #expect(
      validate.stdout.hasPrefix(
        "p.json:1:1: error: [PAYLOAD_INVALID] /: the schema refers back to itself here without "
          + "moving into the instance (a $ref loop); validation stopped"))
    // The diff and the linter terminate too.
    let compat = try BoundedRun.run(["compat", "s.json", "--against", "old"], in: scratch.url)
    #expect(compat.status == 0)
    #expect(compat.stdout.contains("1 subject checked, 0 incompatible"))
    let lint = try BoundedRun.run(["lint", "s.json"], in: scratch.url)
    #expect(lint.status == 0)
  }

  @Test(arguments: ["../../../etc/passwd", "/etc/passwd"])
  func protobufImportOutsideTheRootIsRefused(path: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "a.proto", "syntax = \"proto3\";\nimport \"\(path)\";\nmessage M { int32 x = 1; }\n")
    let result = try BoundedRun.run(["lint", "a.proto"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stdout.hasPrefix(
        "a.proto:2:8: error: [PROTO_IMPORT_NOT_FOUND] import '\(path)' cannot be read: import "
          + "path '\(path)' leaves its import root"))
    #expect(!result.stdout.contains("root:"))
  }

  @Test func protobufImportCycleIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "c1.proto", "syntax = \"proto3\";\nimport \"c2.proto\";\nmessage M { int32 x = 1; }\n")
    try scratch.write(
      "c2.proto", "syntax = \"proto3\";\nimport \"c1.proto\";\nmessage N { int32 x = 1; }\n")
    let result = try BoundedRun.run(["lint", "c1.proto"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stdout.hasPrefix(
        "c2.proto:2:1: error: [PROTO_IMPORT_CYCLE] import cycle: c1.proto -> c2.proto -> c1.proto"))
  }
}
