/// Reads Avro's primitive encodings from one contiguous buffer by index. Every length is checked
/// against the bytes left before anything is allocated.
struct AvroBinaryCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int
  /// Added to positions in failures, so offsets count from the payload's (or file's) first byte.
  let offsetBase: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>, position: Int = 0, offsetBase: Int = 0) {
    self.bytes = bytes
    self.position = position
    self.offsetBase = offsetBase
  }

  var remaining: Int { bytes.count - position }
  var isAtEnd: Bool { position >= bytes.count }

  func failure(_ reason: AvroBinaryFailure.Reason, at position: Int) -> AvroBinaryFailure {
    AvroBinaryFailure(reason, offset: offsetBase + position, end: offsetBase + bytes.count)
  }

  /// A zig-zag varint of at most 10 bytes (spec "Primitive Types": long).
  @inline(__always)
  mutating func readLong() throws(AvroBinaryFailure) -> Int64 {
    try readVarint(type: "long", maximumLength: 10)
  }

  /// A zig-zag varint of at most 5 bytes whose value fits 32 bits.
  @inline(__always)
  mutating func readInt() throws(AvroBinaryFailure) -> Int32 {
    let start = position
    let value = try readVarint(type: "int", maximumLength: 10)
    guard let narrow = Int32(exactly: value) else {
      throw failure(.intOutOfRange(value), at: start)
    }
    guard position - start <= 5 else {
      throw failure(.overlongVarint(type: "int", length: position - start, maximum: 5), at: start)
    }
    return narrow
  }

  @inline(__always)
  mutating func readVarint(type: StaticString, maximumLength: Int) throws(AvroBinaryFailure)
    -> Int64
  {
    let start = position
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count else {
        throw failure(
          .truncated(
            needs: "the \(type) varint at byte \(offsetBase + start) "
              + "continues past the end"), at: start)
      }
      let byte = bytes[position]
      position += 1
      // The tenth byte may carry only the 64th bit.
      if shift == 63 && byte > 1 {
        throw failure(
          .overlongVarint(type: "\(type)", length: position - start, maximum: maximumLength),
          at: start)
      }
      result |= UInt64(byte & 0x7F) << shift
      if byte & 0x80 == 0 { break }
      shift += 7
    }
    return Int64(bitPattern: (result >> 1) ^ (0 &- (result & 1)))
  }

  /// A length (bytes, string, fixed-free data) that must be non-negative and fit what is left.
  @inline(__always)
  mutating func readLength(of what: StaticString) throws(AvroBinaryFailure) -> Int {
    let start = position
    let length = try readLong()
    guard length >= 0 else {
      throw failure(.negativeLength(length, what: "\(what) length"), at: start)
    }
    guard length <= Int64(remaining) else {
      throw failure(
        .truncated(
          needs: "the \(what) length at byte \(offsetBase + start) claims \(length) bytes"),
        at: start)
    }
    return Int(length)
  }

  @inline(__always)
  mutating func readBoolean() throws(AvroBinaryFailure) -> Bool {
    guard position < bytes.count else {
      throw failure(.truncated(needs: "boolean needs 1 byte"), at: position)
    }
    let byte = bytes[position]
    guard byte <= 1 else { throw failure(.invalidBoolean(byte), at: position) }
    position += 1
    return byte == 1
  }

  /// `count` little-endian bytes as an unsigned integer (float: 4, double: 8).
  @inline(__always)
  mutating func readLittleEndian(count: Int, type: StaticString) throws(AvroBinaryFailure)
    -> UInt64
  {
    guard remaining >= count else {
      throw failure(.truncated(needs: "\(type) needs \(count) bytes"), at: position)
    }
    var value: UInt64 = 0
    for index in 0..<count {
      value |= UInt64(bytes[position + index]) << (8 * UInt64(index))
    }
    position += count
    return value
  }

  mutating func readFloat() throws(AvroBinaryFailure) -> Float {
    Float(bitPattern: UInt32(truncatingIfNeeded: try readLittleEndian(count: 4, type: "float")))
  }

  mutating func readDouble() throws(AvroBinaryFailure) -> Double {
    Double(bitPattern: try readLittleEndian(count: 8, type: "double"))
  }

  /// A long-prefixed byte string.
  mutating func readBytes() throws(AvroBinaryFailure) -> [UInt8] {
    let length = try readLength(of: "bytes")
    return take(length)
  }

  /// `count` raw bytes (fixed); the caller has not checked the length.
  mutating func readFixed(size: Int) throws(AvroBinaryFailure) -> [UInt8] {
    guard remaining >= size else {
      throw failure(.truncated(needs: "fixed needs \(size) bytes"), at: position)
    }
    return take(size)
  }

  /// A long-prefixed UTF-8 string; `what` names it in errors (`string`, `map key`).
  mutating func readString(_ what: StaticString = "string") throws(AvroBinaryFailure) -> String {
    let start = position
    let length = try readLength(of: what)
    let span = UnsafeBufferPointer(rebasing: bytes[position..<(position + length)])
    // The generic validating initializer costs a metadata lookup per call; ASCII (most keys
    // and values) needs no validation, anything else is validated once here.
    if let bad = PayloadUTF8.firstInvalidIndex(in: span, range: 0..<span.count) {
      throw failure(
        .invalidUTF8(what: "\(what)", badByteOffset: offsetBase + position + bad), at: start)
    }
    let text = String(decoding: span, as: UTF8.self)
    position += length
    return text
  }

  private mutating func take(_ count: Int) -> [UInt8] {
    let taken = Array(UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]))
    position += count
    return taken
  }
}
