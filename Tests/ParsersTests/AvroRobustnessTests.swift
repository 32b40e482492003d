import SchemaModel
import Testing

@testable import Parsers

/// The parser never crashes and always points its findings into the file: damaged versions of a
/// schema that uses every construct are parsed (a cheap, deterministic stand-in for fuzzing).
@Suite("Avro parser robustness")
struct AvroRobustnessTests {
  static let schema = Array(
    """
    {"type": "record", "name": "OrderPlaced", "namespace": "com.acme", "aliases": ["Old"],
     "doc": "d", "fields": [
      {"name": "id", "type": {"type": "string", "logicalType": "uuid"}, "order": "ignore"},
      {"name": "total", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9,
        "scale": 2}, "default": "\\u0000"},
      {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"],
        "default": "NEW"}, "default": "PAID"},
      {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line",
        "fields": [{"name": "sku", "type": "string"}, {"name": "next", "type": ["null", "Line"],
        "default": null}]}}, "default": [{"sku": "a"}]},
      {"name": "tags", "type": {"type": "map", "values": "long"}, "default": {"a": 1}},
      {"name": "hash", "type": {"type": "fixed", "name": "MD5", "size": 16}},
      {"name": "ext", "type": ["null", "com.other.Thing", "MD5"], "aliases": ["x"]}
    ]}
    """.utf8)

  @Test func theIntactSchemaParses() {
    let document = AvroParser.parse(Self.schema, path: "o.avsc")
    #expect(document.diagnostics == [])
    #expect(document.namedTypes.count == 4)
    #expect(document.externalReferences == [QualifiedName(fullName: "com.other.Thing")])
  }

  @Test func everyPrefixIsHandled() {
    for length in 0..<Self.schema.count {
      let document = AvroParser.parse(Array(Self.schema[..<length]), path: "o.avsc")
      #expect(document.hasErrors, "prefix of \(length) bytes")
      checkLocations(document, length: length)
    }
  }

  @Test func everyByteDeletionAndSomeReplacementsAreHandled() {
    let replacements: [UInt8] = Array(#"{}[]":,0-"#.utf8)
    var generator = SplitMix64(seed: 0x5EED)
    for index in Self.schema.indices {
      var deleted = Self.schema
      deleted.remove(at: index)
      checkLocations(AvroParser.parse(deleted, path: "o.avsc"), length: deleted.count)
      var replaced = Self.schema
      replaced[index] = replacements[Int(generator.next() % UInt64(replacements.count))]
      checkLocations(AvroParser.parse(replaced, path: "o.avsc"), length: replaced.count)
    }
  }

  @Test func randomBytesAreHandled() {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<500 {
      let length = Int(generator.next() % 64)
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      let document = AvroParser.parse(bytes, path: "r.avsc")
      checkLocations(document, length: bytes.count)
    }
  }

  /// Every finding has a location in the file, on a line that exists.
  private func checkLocations(_ document: SchemaDocument, length: Int) {
    for diagnostic in document.diagnostics {
      #expect(diagnostic.location?.file == "o.avsc" || diagnostic.location?.file == "r.avsc")
      #expect((diagnostic.location?.line ?? 0) >= 1)
      #expect((diagnostic.location?.column ?? 0) >= 1)
      #expect((diagnostic.location?.line ?? 0) <= length + 1)
    }
  }
}

/// A small deterministic generator, so that failures reproduce.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("Avro parser size")
struct AvroSizeTests {
  /// A wide schema: 5,000 fields, every tenth one a nested record with a default.
  @Test func aWideSchemaParsesLinearly() {
    var text = #"{"type": "record", "name": "Wide", "namespace": "w", "fields": ["#
    for index in 0..<5_000 {
      if index > 0 { text += ",\n" }
      if index % 10 == 0 {
        text +=
          #"{"name": "r\#(index)", "type": {"type": "record", "name": "R\#(index)", "fields": [{"name": "a", "type": "long"}]}, "default": {"a": \#(index)}}"#
      } else {
        text += #"{"name": "f\#(index)", "type": ["null", "string"], "default": null}"#
      }
    }
    text += "]}"
    let bytes = Array(text.utf8)
    // Its speed is measured by Benchmarks/, not here.
    let document = AvroParser.parse(bytes, path: "wide.avsc")
    #expect(document.diagnostics == [])
    #expect(document.namedTypes.count == 501)
    guard case .record(let record) = document.root?.kind else {
      Issue.record("not a record")
      return
    }
    #expect(record.fields.count == 5_000)
  }
}
