/// UTF-8 validation of binary payloads' strings (Protobuf string fields as upb and protoc check
/// them, Avro strings and map keys): overlong forms, surrogates and code points above U+10FFFF
/// are invalid; NUL is valid.
enum PayloadUTF8 {
  /// The index of the first byte of the first invalid sequence in `range`, or nil.
  @inline(__always)
  static func firstInvalidIndex(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
    var index = range.lowerBound
    // ASCII is the common case: check eight bytes at a time, then the rest one by one.
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while range.upperBound - index >= 8,
        raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
    }
    while index < range.upperBound, bytes[index] < 0x80 { index += 1 }
    if index == range.upperBound { return nil }
    return firstInvalidSlow(in: bytes, from: index, to: range.upperBound)
  }

  @inline(never)
  private static func firstInvalidSlow(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  )
    -> Int?
  {
    var index = start
    while index < end {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return index
      }
      guard end - index >= length else { return index }
      let second = bytes[index + 1]
      guard second >= low && second <= high else { return index }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
      index += length
    }
    return nil
  }
}
