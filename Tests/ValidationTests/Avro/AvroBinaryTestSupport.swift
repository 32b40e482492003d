import Parsers
import SchemaModel
import Testing

@testable import Validation

/// Helpers for the binary decoder, container and resolver tests.
enum AvroBinaryTestSupport {
  /// Parses an Avro schema and prepares its graph.
  static func graph(_ json: String) throws -> AvroSchemaGraph {
    let document = AvroParser.parse(Array(json.utf8), path: "test.avsc")
    #expect(!document.hasErrors, "\(document.diagnostics)")
    let root = try #require(document.root)
    return try AvroSchemaGraph(root: root, types: TypeTable(documents: [document]))
  }

  /// Bytes from hex text; spaces are ignored.
  static func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.utf8).filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") }
    var bytes: [UInt8] = []
    var index = 0
    while index + 1 < digits.count {
      bytes.append(nibble(digits[index]) << 4 | nibble(digits[index + 1]))
      index += 2
    }
    return bytes
  }

  private static func nibble(_ digit: UInt8) -> UInt8 {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: 0
    }
  }

  /// Decodes with `schema` and returns the single error (fails the test when there is not
  /// exactly one).
  static func singleError(_ bytes: [UInt8], schema: String) throws -> PayloadError {
    let result = AvroBinaryDecoder.decode(bytes[...], graph: try graph(schema))
    #expect(result.datum == nil)
    #expect(result.errors.count == 1, "\(result.errors)")
    return try #require(result.errors.first)
  }
}
