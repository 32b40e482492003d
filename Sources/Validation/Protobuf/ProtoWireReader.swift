/// Reads the Protobuf wire format from a contiguous byte buffer, as protoc's C++ parser and
/// upb (Python's `ParseFromString`) read it: varints of at most 10 bytes (the bits past 64 are
/// dropped), tags and lengths of at most 5 bytes, lengths checked against the bytes that remain
/// before anything is sliced. Offsets in errors count from the buffer's first byte.
///
/// The reader works on a buffer pointer, without reference counting or a second bounds check:
/// make one with `ProtoWireReader.reading(_:_:)`, or inside `withUnsafeBufferPointer`, and do
/// not keep it past that closure.
public struct ProtoWireReader {
  /// The whole buffer; `position` and `end` are indices into it (0 is its first byte).
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The index of the next byte to read.
  public private(set) var position: Int
  /// The index just past the last byte this reader may read.
  public let end: Int

  /// A reader over all of `bytes`.
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.position = 0
    self.end = bytes.count
  }

  /// A reader over `range` of `bytes` (a length-delimited value); offsets still count from
  /// the first byte of `bytes`.
  public init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    self.bytes = bytes
    self.position = max(0, min(range.lowerBound, bytes.count))
    self.end = max(self.position, min(range.upperBound, bytes.count))
  }

  /// Runs `body` with a reader over `bytes`.
  public static func reading<Result, Failure: Error>(
    _ bytes: ArraySlice<UInt8>, _ body: (inout ProtoWireReader) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
      var reader = ProtoWireReader(buffer)
      return try body(&reader)
    }
  }

  /// True when every byte of the range has been read.
  @inline(__always) public var isAtEnd: Bool { position >= end }
  /// The offset of the next byte from the buffer's first byte.
  @inline(__always) public var offset: Int { position }
  /// The bytes left to read.
  @inline(__always) public var remaining: Int { end - position }

  /// The offset of an index of `bytes` from the buffer's first byte.
  @inline(__always) public func offset(of index: Int) -> Int { index }

  /// Reads a varint of up to 10 bytes.
  @inline(__always)
  public mutating func readVarint() throws(ProtoWireError) -> UInt64 {
    if position < end {
      let first = bytes[position]
      if first < 0x80 {
        position += 1
        return UInt64(first)
      }
      if position + 1 < end, bytes[position + 1] < 0x80 {
        let value = UInt64(first & 0x7F) | UInt64(bytes[position + 1]) << 7
        position += 2
        return value
      }
    }
    return try readVarintSlow(what: "varint", maximumBytes: 10)
  }

  /// Reads a field key: a varint of up to 5 bytes that fits in 32 bits, with a field number
  /// from 1 and a wire type from 0 to 5.
  @inline(__always)
  public mutating func readTag() throws(ProtoWireError) -> ProtoWireTag {
    let start = position
    let value: UInt64
    if position < end, bytes[position] < 0x80 {
      value = UInt64(bytes[position])
      position += 1
    } else if position + 1 < end, bytes[position + 1] < 0x80 {
      value = UInt64(bytes[position] & 0x7F) | UInt64(bytes[position + 1]) << 7
      position += 2
    } else {
      value = try readVarintSlow(what: "tag", maximumBytes: 5)
      guard value <= UInt64(UInt32.max) else {
        throw ProtoWireError(.tagTooLarge(value), at: offset(of: start))
      }
    }
    guard let wireType = ProtoWireType(rawValue: UInt8(truncatingIfNeeded: value & 7)) else {
      throw ProtoWireError(
        .invalidWireType(UInt8(truncatingIfNeeded: value & 7)), at: offset(of: start))
    }
    let fieldNumber = Int(value >> 3)
    guard fieldNumber != 0 else {
      throw ProtoWireError(.invalidFieldNumber(0), at: offset(of: start))
    }
    return ProtoWireTag(fieldNumber: fieldNumber, wireType: wireType)
  }

  /// Reads a length prefix (at most 5 bytes) and returns the range of the value it announces,
  /// after checking that many bytes remain; the reader moves past the value.
  @inline(__always)
  public mutating func readLengthDelimited() throws(ProtoWireError) -> Range<Int> {
    let start = position
    let length: UInt64
    if position < end, bytes[position] < 0x80 {
      length = UInt64(bytes[position])
      position += 1
    } else {
      length = try readVarintSlow(what: "length", maximumBytes: 5)
    }
    guard length <= UInt64(end - position) else {
      throw ProtoWireError(
        .lengthPastEnd(length: length, remaining: end - position), at: offset(of: start))
    }
    let valueStart = position
    position += Int(length)
    return valueStart..<position
  }

  /// Reads a little-endian 4-byte value.
  @inline(__always)
  public mutating func readFixed32() throws(ProtoWireError) -> UInt32 {
    guard end - position >= 4 else {
      throw ProtoWireError(
        .truncated(what: "fixed32 value", needed: 4, remaining: end - position), at: offset)
    }
    var value: UInt32 = 0
    for shift in 0..<4 { value |= UInt32(bytes[position + shift]) << (8 * UInt32(shift)) }
    position += 4
    return value
  }

  /// Reads a little-endian 8-byte value.
  @inline(__always)
  public mutating func readFixed64() throws(ProtoWireError) -> UInt64 {
    guard end - position >= 8 else {
      throw ProtoWireError(
        .truncated(what: "fixed64 value", needed: 8, remaining: end - position), at: offset)
    }
    var value: UInt64 = 0
    for shift in 0..<8 { value |= UInt64(bytes[position + shift]) << (8 * UInt64(shift)) }
    position += 8
    return value
  }

  /// Moves past `count` bytes that are known to be there.
  @inline(__always)
  mutating func skipFixed(_ count: Int, what: String) throws(ProtoWireError) {
    guard end - position >= count else {
      throw ProtoWireError(
        .truncated(what: what, needed: count, remaining: end - position), at: offset)
    }
    position += count
  }

  /// Moves past the value of a field whose tag was just read. A group is skipped up to its
  /// matching end-group tag, with nested groups counted against `depthLeft`. An end-group tag
  /// is not a value: the caller decides whether it closes its group.
  public mutating func skipValue(
    of tag: ProtoWireTag, tagOffset: Int, depthLeft: Int
  ) throws(ProtoWireError) {
    switch tag.wireType {
    case .varint: _ = try readVarint()
    case .i64: try skipFixed(8, what: "fixed64 value")
    case .i32: try skipFixed(4, what: "fixed32 value")
    case .len: _ = try readLengthDelimited()
    case .startGroup:
      try skipGroup(fieldNumber: tag.fieldNumber, tagOffset: tagOffset, depthLeft: depthLeft)
    case .endGroup:
      throw ProtoWireError(
        .unmatchedEndGroup(fieldNumber: tag.fieldNumber, openGroup: nil), at: tagOffset)
    }
  }

  /// Moves past the fields of a group up to and including its end-group tag.
  public mutating func skipGroup(
    fieldNumber: Int, tagOffset: Int, depthLeft: Int
  ) throws(ProtoWireError) {
    guard depthLeft > 0 else {
      throw ProtoWireError(.tooDeep(limit: ProtoWireReader.recursionLimit), at: tagOffset)
    }
    while true {
      guard !isAtEnd else {
        throw ProtoWireError(.unterminatedGroup(fieldNumber: fieldNumber), at: tagOffset)
      }
      let innerOffset = offset
      let tag = try readTag()
      if tag.wireType == .endGroup {
        guard tag.fieldNumber == fieldNumber else {
          throw ProtoWireError(
            .unmatchedEndGroup(fieldNumber: tag.fieldNumber, openGroup: fieldNumber),
            at: innerOffset)
        }
        return
      }
      try skipValue(of: tag, tagOffset: innerOffset, depthLeft: depthLeft - 1)
    }
  }

  /// How deep messages and groups may nest below the outermost message: protobuf's default
  /// recursion limit (Python accepts 100 nested messages and rejects 101).
  public static let recursionLimit = 100

  @inline(never)
  private mutating func readVarintSlow(what: String, maximumBytes: Int) throws(ProtoWireError)
    -> UInt64
  {
    let start = position
    var result: UInt64 = 0
    var shift: UInt64 = 0
    for _ in 0..<maximumBytes {
      guard position < end else {
        throw ProtoWireError(.unterminatedVarint(what: what), at: offset(of: start))
      }
      let byte = bytes[position]
      position += 1
      // Bits past the 64th are dropped, as protoc and upb drop them.
      result |= UInt64(byte & 0x7F) &<< shift
      if byte < 0x80 { return result }
      shift += 7
    }
    position = start
    throw ProtoWireError(
      .overlongVarint(what: what, maximumBytes: maximumBytes), at: offset(of: start))
  }
}
