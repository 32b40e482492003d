import SchemaModel
import Testing

@testable import Validation

@Suite struct AvroLogicalValueCheckTests {
  private func problem(_ datum: AvroDatum, _ schema: String) throws -> PayloadError? {
    let graph = try avroGraph(schema)
    return AvroLogicalValueCheck.check(
      datum, node: graph[graph.root], instanceLocation: "/x", schemaLocation: "s")
  }

  @Test func decimalWithinPrecision() throws {
    let schema = #"{"type": "bytes", "logicalType": "decimal", "precision": 4, "scale": 2}"#
    #expect(try problem(.bytes([0x27, 0x0F]), schema) == nil)  // 9999 -> 99.99
    #expect(try problem(.bytes([0xD8, 0xF1]), schema) == nil)  // -9999
    #expect(try problem(.bytes([]), schema) == nil)
    let tooLong = try #require(try problem(.bytes([0x27, 0x10]), schema))  // 10000
    #expect(tooLong.ruleID == "PAYLOAD_OUT_OF_RANGE")
    #expect(tooLong.message == "100.00 has 5 digits, more than the precision of decimal(4,2)")
    #expect(tooLong.instanceLocation == "/x")
    let negative = try #require(try problem(.bytes([0xD8, 0xF0]), schema))  // -10000
    #expect(negative.message.hasPrefix("-100.00 has 5 digits"))
    let huge = try #require(try problem(.bytes(Array(repeating: 0x7F, count: 64)), schema))
    #expect(huge.message.contains("bits"))
  }

  @Test func decimalOnFixed() throws {
    let schema =
      #"{"type": "fixed", "name": "D", "size": 4, "logicalType": "decimal", "precision": 3}"#
    #expect(try problem(.fixed([0, 0, 0x03, 0xE7]), schema) == nil)  // 999
    #expect(try problem(.fixed([0, 0, 0x03, 0xE8]), schema)?.ruleID == "PAYLOAD_OUT_OF_RANGE")
  }

  @Test(arguments: [
    ("123e4567-e89b-12d3-a456-426614174000", true),
    ("123E4567-E89B-12D3-A456-426614174000", true),
    ("123e4567e89b12d3a456426614174000", false),
    ("123e4567-e89b-12d3-a456-42661417400", false),
    ("123e4567-e89b-12d3-a456-4266141740000", false),
    ("g23e4567-e89b-12d3-a456-426614174000", false),
  ])
  func uuid(text: String, valid: Bool) throws {
    let error = try problem(.string(text), #"{"type": "string", "logicalType": "uuid"}"#)
    #expect((error == nil) == valid)
    #expect(error.map { $0.ruleID == "PAYLOAD_INVALID_FORMAT" } ?? true)
  }

  @Test func timeOfDayRanges() throws {
    let millis = #"{"type": "int", "logicalType": "time-millis"}"#
    #expect(try problem(.int(0), millis) == nil)
    #expect(try problem(.int(86_399_999), millis) == nil)
    #expect(try problem(.int(86_400_000), millis)?.ruleID == "PAYLOAD_OUT_OF_RANGE")
    #expect(try problem(.int(-1), millis)?.ruleID == "PAYLOAD_OUT_OF_RANGE")
    let micros = #"{"type": "long", "logicalType": "time-micros"}"#
    #expect(try problem(.long(86_399_999_999), micros) == nil)
    #expect(try problem(.long(86_400_000_000), micros)?.ruleID == "PAYLOAD_OUT_OF_RANGE")
  }

  @Test func typesWithoutRangesAndPlainNodesPass() throws {
    #expect(try problem(.int(Int32.min), #"{"type": "int", "logicalType": "date"}"#) == nil)
    #expect(
      try problem(.long(Int64.max), #"{"type": "long", "logicalType": "timestamp-millis"}"#)
        == nil)
    #expect(try problem(.string("x"), #""string""#) == nil)
  }

  @Test func unscaledDecimalRoundTrips() {
    for (text, negative) in [
      ("0", false), ("127", false), ("128", false), ("128", true),
      ("129", true), ("123456789012345678901234567890", true), ("255", false),
    ] {
      let bytes = AvroUnscaledDecimal.twosComplement(
        negative: negative, digits: Array(text.utf8), size: nil)
      let decoded = AvroUnscaledDecimal.decimalDigits(twosComplement: bytes ?? [])
      #expect(decoded.digits == text)
      #expect(decoded.negative == (negative && text != "0"))
    }
    #expect(
      AvroUnscaledDecimal.twosComplement(negative: true, digits: Array("128".utf8), size: nil)
        == [0x80])
    #expect(
      AvroUnscaledDecimal.twosComplement(negative: true, digits: Array("1".utf8), size: 3)
        == [0xFF, 0xFF, 0xFF])
    #expect(
      AvroUnscaledDecimal.twosComplement(negative: false, digits: Array("65536".utf8), size: 2)
        == nil)
  }
}
