import Testing

@testable import Validation

/// UTF-8 as upb checks it (Python protobuf 7.36: overlong forms, surrogates and code points
/// past U+10FFFF give "String field had bad UTF-8"; NUL is accepted).
@Suite struct PayloadUTF8Tests {
  @Test(
    arguments: [
      ("", nil), ("00", nil), ("61626364656667686970", nil), ("c3a9", nil), ("e282ac", nil),
      ("f09f9880", nil), ("6162636465666768 c3a9 6162636465666768", nil),
      ("c080", 0), ("eda080", 0), ("f4908080", 0), ("e282", 0), ("80", 0), ("ff", 0),
      // The eight-byte ASCII step stops before the bad byte.
      ("616263646566676869 ff", 9), ("6162636465666768 c3", 8),
    ] as [(String, Int?)])
  func firstInvalidByte(hex: String, expected: Int?) {
    let bytes = Array(ProtoBinaryTest.hex(hex))
    let found = bytes.withUnsafeBufferPointer {
      PayloadUTF8.firstInvalidIndex(in: $0, range: 0..<$0.count)
    }
    #expect(found == expected)
  }
}
