import SchemaModel
import Testing

@testable import Validation

/// Wrong binary payloads of every kind. Valid encodings were checked with fastavro 1.13.1
/// (`schemaless_writer`); the broken ones are those bytes changed by hand.
@Suite struct AvroBinaryDecoderErrorTests {
  typealias Support = AvroBinaryTestSupport

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var schema: String
    var hex: String
    var ruleID: RuleID
    var byteOffset: Int?
    var instanceLocation = ""
    var testDescription: String { name }
  }

  static let nodeSchema = """
    {"type": "record", "name": "Node", "fields": [{"name": "next", "type": ["null", "Node"]}]}
    """

  static let cases: [Case] = [
    Case(
      name: "long varint with a tenth byte over 1", schema: #""long""#,
      hex: "ffffffffffffffffff7f", ruleID: "PAYLOAD_OVERLONG_VARINT", byteOffset: 0),
    Case(
      name: "long varint of eleven bytes", schema: #""long""#, hex: "8080808080808080808000",
      ruleID: "PAYLOAD_OVERLONG_VARINT", byteOffset: 0),
    Case(
      name: "int varint of six bytes", schema: #""int""#, hex: "808080808000",
      ruleID: "PAYLOAD_OVERLONG_VARINT", byteOffset: 0),
    // fastavro: schemaless_writer(out, "long", 2**40) read as an int
    Case(
      name: "int beyond 32 bits", schema: #""int""#, hex: "808080808040",
      ruleID: "PAYLOAD_OUT_OF_RANGE", byteOffset: 0),
    Case(
      name: "varint cut off", schema: #""long""#, hex: "8080", ruleID: "PAYLOAD_TRUNCATED",
      byteOffset: 0),
    Case(
      name: "boolean byte 2", schema: #""boolean""#, hex: "02",
      ruleID: "PAYLOAD_INVALID_BOOLEAN", byteOffset: 0),
    Case(
      name: "union index past the branches", schema: #"["null", "string"]"#, hex: "04",
      ruleID: "PAYLOAD_BAD_UNION_INDEX", byteOffset: 0),
    Case(
      name: "negative union index", schema: #"["null", "string"]"#, hex: "01",
      ruleID: "PAYLOAD_BAD_UNION_INDEX", byteOffset: 0),
    Case(
      name: "negative string length", schema: #""string""#, hex: "01",
      ruleID: "PAYLOAD_NEGATIVE_LENGTH", byteOffset: 0),
    Case(
      name: "1 GB bytes length in 5 bytes", schema: #""bytes""#, hex: "8080808008",
      ruleID: "PAYLOAD_TRUNCATED", byteOffset: 0),
    Case(
      name: "string that is not UTF-8", schema: #""string""#, hex: "0661ff62",
      ruleID: "PAYLOAD_INVALID_UTF8", byteOffset: 2),
    Case(
      name: "enum index past the symbols",
      schema: #"{"type": "enum", "name": "E", "symbols": ["A", "B"]}"#, hex: "04",
      ruleID: "PAYLOAD_UNKNOWN_SYMBOL", byteOffset: 0),
    Case(
      name: "map key that is not UTF-8", schema: #"{"type": "map", "values": "int"}"#,
      hex: "0202ff0200", ruleID: "PAYLOAD_INVALID_UTF8", byteOffset: 2),
    Case(
      name: "map value cut off under its key", schema: #"{"type": "map", "values": "double"}"#,
      hex: "020261000000", ruleID: "PAYLOAD_TRUNCATED", byteOffset: 3, instanceLocation: "/a"),
    Case(
      name: "2^40 nulls", schema: #"{"type": "array", "items": "null"}"#,
      hex: "80808080804000", ruleID: "PAYLOAD_TOO_LARGE", byteOffset: 0),
    Case(
      name: "2^40 longs in 7 bytes", schema: #"{"type": "array", "items": "long"}"#,
      hex: "80808080804000", ruleID: "PAYLOAD_TRUNCATED", byteOffset: 0),
    Case(
      name: "block byte size that does not match its items",
      schema: #"{"type": "array", "items": "long"}"#, hex: "0306020400",
      ruleID: "PAYLOAD_BLOCK_SIZE_MISMATCH", byteOffset: 0),
    Case(
      name: "negative block byte size", schema: #"{"type": "array", "items": "long"}"#,
      hex: "0301020400", ruleID: "PAYLOAD_NEGATIVE_LENGTH", byteOffset: 1),
    Case(
      name: "array item cut off", schema: #"{"type": "array", "items": "float"}"#,
      hex: "040000803f0000", ruleID: "PAYLOAD_TRUNCATED", byteOffset: 5,
      instanceLocation: "/1"),
    Case(
      name: "fixed cut off", schema: #"{"type": "fixed", "name": "F", "size": 4}"#,
      hex: "616263", ruleID: "PAYLOAD_TRUNCATED", byteOffset: 0),
    Case(
      name: "600 nested records", schema: nodeSchema,
      hex: String(repeating: "02", count: 600) + "00", ruleID: "PAYLOAD_TOO_DEEP"),
  ]

  @Test(arguments: cases)
  func rejects(_ testCase: Case) throws {
    let error = try Support.singleError(Support.hex(testCase.hex), schema: testCase.schema)
    #expect(error.ruleID == testCase.ruleID, "\(error.message)")
    if let byteOffset = testCase.byteOffset { #expect(error.byteOffset == byteOffset) }
    if testCase.ruleID != "PAYLOAD_TOO_DEEP" {
      #expect(error.instanceLocation == testCase.instanceLocation)
    }
    #expect(!error.message.isEmpty)
  }

  @Test func messageForAHugeLengthClaim() throws {
    let error = try Support.singleError(Support.hex("8080808008"), schema: #""bytes""#)
    #expect(
      error.message
        == "the data ends at byte 5 (the bytes length at byte 0 claims 1073741824 bytes)")
  }

  @Test func blocksWithByteSizes() throws {
    // Java's writers may give a negative count and the block's byte size.
    let result = AvroBinaryDecoder.decode(
      Support.hex("0304020400")[...],
      graph: try Support.graph(#"{"type": "array", "items": "long"}"#))
    #expect(result.errors.isEmpty)
    #expect(result.datum == .array([.long(1), .long(2)]))
  }

  @Test func longExtremes() throws {
    let graph = try Support.graph(#""long""#)
    // fastavro: schemaless_writer(out, "long", -2**63) and 2**63 - 1
    #expect(
      AvroBinaryDecoder.decode(Support.hex("ffffffffffffffffff01")[...], graph: graph).datum
        == .long(.min))
    #expect(
      AvroBinaryDecoder.decode(Support.hex("feffffffffffffffff01")[...], graph: graph).datum
        == .long(.max))
  }

  @Test func mapEntries() throws {
    // fastavro: schemaless_writer(out, {"type": "map", "values": "int"}, {"a": 1, "b": -1})
    let result = AvroBinaryDecoder.decode(
      Support.hex("0402610202620100")[...],
      graph: try Support.graph(#"{"type": "map", "values": "int"}"#))
    #expect(result.datum == .map([(key: "a", value: .int(1)), (key: "b", value: .int(-1))]))
  }

  /// Deeper than the caller's stack is trusted with, within the limit: read on a large stack.
  @Test func deepButAllowedNesting() throws {
    let result = AvroBinaryDecoder.decode(
      Support.hex(String(repeating: "02", count: 200) + "00")[...],
      graph: try Support.graph(Self.nodeSchema))
    #expect(result.errors.isEmpty)
    var depth = 0
    var datum = try #require(result.datum)
    while case .record(_, let fields) = datum, case .union(1, let next) = fields[0] {
      depth += 1
      datum = next
    }
    #expect(depth == 200)
  }

  @Test func tooDeepNamesTheLimit() throws {
    let error = try Support.singleError(
      Support.hex(String(repeating: "02", count: 600) + "00"), schema: Self.nodeSchema)
    #expect(error.message.hasPrefix("the data nests deeper than 512 levels"))
    #expect(error.instanceLocation.hasPrefix("/next/next/"))
  }

  @Test func confluentFraming() throws {
    // Schema id 42, then fastavro's encoding of {"n": 1} for a record with one long.
    let framed = Support.hex("000000002a02")
    let unframed = try #require(AvroWireFormat.unframe(framed[...]))
    #expect(unframed.schemaID == 42)
    #expect(Array(unframed.datum) == [0x02])
    #expect(AvroWireFormat.unframe(Support.hex("0100000001")[...]) == nil)
    #expect(AvroWireFormat.unframe(Support.hex("00000000")[...]) == nil)
    let result = AvroBinaryDecoder.decode(
      unframed.datum,
      graph: try Support.graph(
        #"{"type": "record", "name": "R", "fields": [{"name": "n", "type": "long"}]}"#))
    #expect(result.datum == .record(name: QualifiedName(name: "R"), fields: [.long(1)]))
  }

  @Test func offsetsCountFromTheSlice() throws {
    let bytes = Support.hex("000000002a02") + [0x05]
    let unframed = try #require(AvroWireFormat.unframe(bytes[...]))
    let result = AvroBinaryDecoder.decode(unframed.datum, graph: try Support.graph(#""boolean""#))
    #expect(result.errors.first?.ruleID == "PAYLOAD_INVALID_BOOLEAN")
    #expect(result.errors.first?.byteOffset == 0)
  }

  @Test func offsetsAfterConfluentFraming() throws {
    let bytes = Support.hex("000000002a") + [0x05, 0x01]
    let unframed = try #require(AvroWireFormat.unframe(bytes[...]))
    let graph = try Support.graph(#""boolean""#)
    let invalid = AvroBinaryDecoder.decode(unframed.datum, graph: graph, offsetBase: 5)
    #expect(invalid.errors.first?.byteOffset == 5)
    #expect(invalid.errors.first?.message.contains("at byte 5") == true)
    let trailing = AvroBinaryDecoder.decode(
      (Support.hex("000000002a") + [0x01, 0x01])[5...], graph: graph, offsetBase: 5)
    #expect(trailing.errors.first?.ruleID == "PAYLOAD_TRAILING_BYTES")
    #expect(trailing.errors.first?.byteOffset == 6)
  }

  /// Logical types are checked after decoding (values from fastavro with the plain types).
  @Test(arguments: [
    (#"{"type": "int", "logicalType": "time-millis"}"#, "80f0b252", "PAYLOAD_OUT_OF_RANGE"),
    (
      #"{"type": "string", "logicalType": "uuid"}"#, "146e6f742d612d75756964",
      "PAYLOAD_INVALID_FORMAT"
    ),
    (
      #"{"type": "bytes", "logicalType": "decimal", "precision": 4, "scale": 2}"#, "0601e240",
      "PAYLOAD_OUT_OF_RANGE"
    ),
  ])
  func logicalTypes(schema: String, hex: String, ruleID: String) throws {
    let error = try Support.singleError(Support.hex(hex), schema: schema)
    #expect(error.ruleID == RuleID(ruleID), "\(error.message)")
  }

  /// Random bytes against a schema of every type: never a crash, always a verdict.
  @Test func arbitraryBytes() throws {
    let graph = try Support.graph(AvroBinaryDecoderTests.orderSchema)
    var seed: UInt64 = 0x5EED
    for _ in 0..<2000 {
      let length = Int(seed % 64)
      var bytes: [UInt8] = []
      for _ in 0..<length {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
      }
      let result = AvroBinaryDecoder.decode(bytes[...], graph: graph)
      #expect((result.datum == nil) == result.errors.hasErrors)
    }
  }
}
