import Parsers
import Validation

/// Helpers for the Protobuf binary tests.
enum ProtoBinaryTest {
  /// Bytes from hex text; spaces are ignored. Test vectors are literals, so a bad digit is a
  /// bug in the test.
  static func hex(_ text: String) -> ArraySlice<UInt8> {
    let digits = Array(text.utf8.filter { $0 != UInt8(ascii: " ") })
    var bytes: [UInt8] = []
    var index = 0
    while index + 1 < digits.count {
      bytes.append(nibble(digits[index]) << 4 | nibble(digits[index + 1]))
      index += 2
    }
    return bytes[...]
  }

  private static func nibble(_ digit: UInt8) -> UInt8 {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: preconditionFailure("bug: bad hex digit in a test vector")
    }
  }

  /// Runs `body` with a wire reader over `bytes` (a throwing body, for `#expect(try ...)`).
  static func reading(
    _ bytes: ArraySlice<UInt8>, _ body: (inout ProtoWireReader) throws -> Void
  ) throws {
    try ProtoWireReader.reading(bytes) { (reader) throws in try body(&reader) }
  }

  /// A parsed (not linked) file.
  static func parse(_ source: String, path: String = "test.proto") -> ProtoFile {
    ProtoParser.parse(Array(source.utf8), path: path).file
  }
}
