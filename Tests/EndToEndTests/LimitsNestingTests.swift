import Foundation
import Testing

/// Nesting 100,000 levels deep in every format, through the built binary: a located diagnostic
/// and the exit code of a refused input, never a stack overflow.
@Suite struct LimitsNestingTests {
  private static let depth = Adversarial.depth

  /// The 1-based column of the `count`th opening bracket or brace of a one-line text.
  private static func column(ofOpening count: Int, in text: String) -> Int {
    var seen = 0
    for (offset, byte) in text.utf8.enumerated()
    where byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
      seen += 1
      if seen == count { return offset + 1 }
    }
    return 0
  }

  @Test func jsonPayloadIsRefusedAtTheReadersLimit() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.json", "{}")
    try scratch.write("deep.json", Adversarial.nestedJSONArrays())
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "deep.json"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stdout.hasPrefix(
        "deep.json:1:513: error: [PARSE_NESTING_TOO_DEEP] arrays and objects are nested deeper "
          + "than 512 levels"))
  }

  @Test func yamlPayloadIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.json", "{}")
    try scratch.write("deep.yaml", Adversarial.nestedJSONArrays() + "\n")
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "deep.yaml"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("deep.yaml:1:1: error: [PARSE_NESTING_TOO_DEEP]"))
    #expect(result.stdout.contains("nested deeper than 1000 levels"))
  }

  @Test func blockYAMLSchemaIsRefusedWhereTheLimitIsPassed() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    // Block mappings nest by indentation; 1,001 levels is past libyaml's limit of 1,000.
    var lines: [String] = []
    for level in 0..<1_001 { lines.append(String(repeating: " ", count: level) + "a:") }
    lines.append(String(repeating: " ", count: 1_001) + "b")
    try scratch.write("deep.yaml", lines.joined(separator: "\n") + "\n")
    let result = try BoundedRun.run(["lint", "deep.yaml"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("deep.yaml:1000:"))
    #expect(result.stdout.contains("[PARSE_NESTING_TOO_DEEP]"))
  }

  @Test func configFileIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "schemacheck.yaml", "version: 1\nsubjects: " + Adversarial.nestedJSONArrays() + "\n")
    let result = try BoundedRun.run(["check"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("schemacheck.yaml:2:"))
    #expect(result.stderr.contains("nests deeper than 1000 levels"))
  }

  @Test func avroRecordsNestedAsJSONAreRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    // Built outside in: rebuilding the whole text at every level would be quadratic.
    let openings = (0..<Self.depth).reversed().map {
      #"{"type":"record","name":"R\#($0)","fields":[{"name":"f","type":"#
    }
    let schema =
      openings.joined() + #""int""# + String(repeating: "}]}", count: Self.depth)
    try scratch.write("deep.avsc", schema)
    let result = try BoundedRun.run(["lint", "deep.avsc"], in: scratch.url)
    #expect(result.status == 2)
    let column = Self.column(ofOpening: 513, in: schema)
    #expect(result.stdout.hasPrefix("deep.avsc:1:\(column): error: [PARSE_NESTING_TOO_DEEP]"))
    #expect(result.stderr.contains("deep.avsc could not be parsed"))
  }

  @Test func avroArraysNestedAreRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let schema =
      String(repeating: #"{"type":"array","items":"#, count: Self.depth) + #""int""#
      + String(repeating: "}", count: Self.depth)
    try scratch.write("deep.avsc", schema)
    let result = try BoundedRun.run(["lint", "deep.avsc"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("deep.avsc:1:12289: error: [PARSE_NESTING_TOO_DEEP]"))
  }

  @Test func avroTypesNestedPastTheParsersOwnLimitAreRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    // 101 records fit the JSON reader's 512 levels but not the Avro parser's 100.
    var schema = #""int""#
    for level in 0..<101 {
      schema = #"{"type":"record","name":"R\#(level)","fields":[{"name":"f","type":\#(schema)}]}"#
    }
    try scratch.write("deep.avsc", schema)
    let result = try BoundedRun.run(["lint", "deep.avsc"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("deep.avsc:1:"))
    #expect(
      result.stdout.contains(
        "error: [AVRO_NESTING_TOO_DEEP] types are nested more than 100 levels deep"))
  }

  @Test func jsonSchemaPropertiesNestedAreRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let schema =
      String(repeating: #"{"type":"object","properties":{"a":"#, count: Self.depth) + "{}"
      + String(repeating: "}}", count: Self.depth)
    try scratch.write("deep.json", schema)
    let column = Self.column(ofOpening: 513, in: schema)
    for command in [["lint", "deep.json"], ["validate", "--schema", "deep.json", "deep.json"]] {
      let result = try BoundedRun.run(command, in: scratch.url)
      #expect(result.status == 2, "\(command)")
      #expect(
        result.stdout.hasPrefix("deep.json:1:\(column): error: [PARSE_NESTING_TOO_DEEP]"),
        "\(command)")
    }
  }

  @Test func protobufMessagesNestedAreRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let proto =
      "syntax = \"proto3\";\npackage p;\n" + String(repeating: "message M { ", count: Self.depth)
      + "int32 x = 1;" + String(repeating: " }", count: Self.depth) + "\n"
    try scratch.write("deep.proto", proto)
    let result = try BoundedRun.run(["lint", "deep.proto"], in: scratch.url)
    #expect(result.status == 2)
    // The 101st `message` opens at column 12 * 100 + 1.
    #expect(
      result.stdout.hasPrefix(
        "deep.proto:3:1201: error: [PROTO_NESTING_TOO_DEEP] messages nested more than 100 "
          + "levels deep"))
  }

  @Test func protobufBinaryPayloadNestedIsAFinding() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "rec.proto", "syntax = \"proto3\";\npackage p;\nmessage M { M m = 1; int32 x = 2; }\n")
    // Field 1, length-delimited, wrapping the level below: built from the inside out.
    var payload: [UInt8] = []
    for _ in 0..<Self.depth {
      var length = payload.count
      var prefix: [UInt8] = [0x0A]
      repeat {
        let low = UInt8(length & 0x7F)
        length >>= 7
        prefix.append(length > 0 ? low | 0x80 : low)
      } while length > 0
      payload = prefix + payload
    }
    try scratch.write("deep.bin", bytes: payload)
    let result = try BoundedRun.run(
      ["validate", "--schema", "rec.proto", "--message", "p.M", "deep.bin"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("deep.bin:1:1: error: [PAYLOAD_TOO_DEEP] /m/m/m"))
    #expect(result.stdout.contains("1 payload validated, 1 failed"))
  }

  @Test func protobufJSONPayloadNestedIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "rec.proto", "syntax = \"proto3\";\npackage p;\nmessage M { M m = 1; int32 x = 2; }\n")
    try scratch.write(
      "deep.json",
      String(repeating: #"{"m":"#, count: Self.depth) + "{}"
        + String(repeating: "}", count: Self.depth))
    let result = try BoundedRun.run(
      ["validate", "--schema", "rec.proto", "--message", "p.M", "deep.json"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("deep.json:1:2561: error: [PARSE_NESTING_TOO_DEEP]"))
  }

  @Test func avroBinaryPayloadNestedIsAFinding() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "rec.avsc", #"{"type":"record","name":"N","fields":[{"name":"next","type":["null","N"]}]}"#)
    // Union branch 1 (zig-zag 2) again and again, then branch 0 (null).
    try scratch.write("deep.bin", bytes: [UInt8](repeating: 0x02, count: Self.depth) + [0x00])
    let result = try BoundedRun.run(
      ["validate", "--schema", "rec.avsc", "--avro-encoding", "binary", "deep.bin"],
      in: scratch.url)
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("deep.bin:1:1: error: [PAYLOAD_TOO_DEEP] /next/next"))
  }

  /// A JSON Schema `properties` chain `levels` deep ending in `leaf`.
  private static func nestedProperties(_ levels: Int, leaf: String) -> String {
    String(repeating: #"{"type":"object","properties":{"a":"#, count: levels) + leaf
      + String(repeating: "}}", count: levels)
  }

  @Test func jsonSchemaNestedWithinTheReadersLimitIsCompared() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    // 255 levels use 510 of the reader's 512; the diff once overflowed a worker's stack here.
    try scratch.write("s.json", Self.nestedProperties(255, leaf: #"{"type":"string"}"#))
    try scratch.write("old/s.json", Self.nestedProperties(255, leaf: #"{"type":"integer"}"#))
    let result = try BoundedRun.run(["compat", "s.json", "--against", "old"], in: scratch.url)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("s.json:1:"))
    #expect(result.stdout.contains("1 subject checked, 1 incompatible"))
    let diff = try BoundedRun.run(["diff", "old/s.json", "s.json"], in: scratch.url)
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("change: [TYPE_CHANGED] #/properties/a/properties/a/"))
  }

  @Test func jsonSchemaRefChainIsRefusedByTheDiff() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    // A `$ref` chain nests without JSON nesting: 5,000 definitions, each naming the next.
    func chain(leaf: String) -> String {
      let links = 5_000
      let definitions = (0..<links).map { index in
        let next = index + 1 < links ? ##"{"$ref":"#/$defs/d\##(index + 1)"}"## : leaf
        return #""d\#(index)":{"type":"object","properties":{"x":\#(next)}}"#
      }
      return ##"{"$ref":"#/$defs/d0","$defs":{"## + definitions.joined(separator: ",") + "}}"
    }
    try scratch.write("s.json", chain(leaf: #"{"type":"string"}"#))
    try scratch.write("old/s.json", chain(leaf: #"{"type":"integer"}"#))
    let result = try BoundedRun.run(["compat", "s.json", "--against", "old"], in: scratch.url)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("s.json:1:"))
    #expect(
      result.stdout.contains(
        "error: [COMPAT_SCHEMA_TOO_DEEP] the new schema nests sub-schemas more than 1000 levels "
          + "deep (counting $refs followed), so compatibility was not checked"))
  }
}
