import SchemaModel
import Testing

@testable import Validation

@Suite struct AvroBinaryDecoderTests {
  typealias Support = AvroBinaryTestSupport

  /// Every type in one record. Made with fastavro 1.13.1:
  /// ```python
  /// datum = {"id": -3, "count": 150, "paid": True, "ratio": 1.5, "price": 9.99,
  ///          "note": "h\u00e9llo", "blob": b"\x00\xff", "status": "PAID", "hash": b"abcd",
  ///          "tags": ["a", "b"], "attrs": {"x": 1}, "coupon": "SAVE", "nothing": None}
  /// fastavro.schemaless_writer(out, fastavro.parse_schema(orderSchema), datum)
  /// ```
  static let orderSchema = """
    {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [
      {"name": "id", "type": "long"}, {"name": "count", "type": "int"},
      {"name": "paid", "type": "boolean"}, {"name": "ratio", "type": "float"},
      {"name": "price", "type": "double"}, {"name": "note", "type": "string"},
      {"name": "blob", "type": "bytes"},
      {"name": "status", "type": {"type": "enum", "name": "Status",
        "symbols": ["NEW", "PAID", "SHIPPED"]}},
      {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 4}},
      {"name": "tags", "type": {"type": "array", "items": "string"}},
      {"name": "attrs", "type": {"type": "map", "values": "long"}},
      {"name": "coupon", "type": ["null", "string"]}, {"name": "nothing", "type": "null"}]}
    """
  static let orderBytes = Support.hex(
    "05ac02010000c03f7b14ae47e1fa23400c68c3a96c6c6f0400ff02616263640402610262000202780200020853415645"
  )

  @Test func decodesEveryType() throws {
    let result = AvroBinaryDecoder.decode(
      Self.orderBytes[...], graph: try Support.graph(Self.orderSchema))
    #expect(result.errors.isEmpty)
    let expected = AvroDatum.record(
      name: QualifiedName(namespace: "com.acme", name: "Order"),
      fields: [
        .long(-3), .int(150), .boolean(true), .float(1.5), .double(9.99), .string("héllo"),
        .bytes([0x00, 0xFF]), .enumSymbol(index: 1, symbol: "PAID"),
        .fixed(Array("abcd".utf8)), .array([.string("a"), .string("b")]),
        .map([(key: "x", value: .long(1))]), .union(branch: 1, value: .string("SAVE")), .null,
      ])
    #expect(result.datum == expected)
  }

  /// Cutting the datum anywhere is a truncation inside the field being read.
  @Test func truncatedAtEveryByte() throws {
    let graph = try Support.graph(Self.orderSchema)
    for length in 0..<Self.orderBytes.count {
      let result = AvroBinaryDecoder.decode(Self.orderBytes[..<length], graph: graph)
      let error = try #require(result.errors.first, "prefix of \(length) bytes decoded")
      #expect(error.ruleID == "PAYLOAD_TRUNCATED", "\(length): \(error.message)")
      #expect(error.message.hasPrefix("the data ends at byte \(length) inside field '"))
      #expect(error.schemaLocation.hasPrefix("com.acme.Order."))
      #expect(result.datum == nil)
    }
  }

  @Test func truncatedDoubleNamesFieldAndSize() throws {
    // id, count, paid, ratio, then 3 bytes of price.
    let bytes = Array(Self.orderBytes[..<11])
    let error = try Support.singleError(bytes, schema: Self.orderSchema)
    #expect(error.message == "the data ends at byte 11 inside field 'price' (double needs 8 bytes)")
    #expect(error.byteOffset == 8)
    #expect(error.instanceLocation == "/price")
    #expect(error.schemaLocation == "com.acme.Order.price")
  }

  @Test func trailingBytes() throws {
    let error = try Support.singleError(Self.orderBytes + [0x00, 0x01], schema: Self.orderSchema)
    #expect(error.ruleID == "PAYLOAD_TRAILING_BYTES")
    #expect(error.byteOffset == Self.orderBytes.count)
  }
}
