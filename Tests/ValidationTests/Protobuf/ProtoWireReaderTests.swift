import Testing

@testable import Validation

@Suite struct ProtoWireReaderTests {
  typealias Kind = ProtoWireError.Kind

  @Test(arguments: [
    ("00", UInt64(0)), ("01", 1), ("7f", 127), ("ac02", 300), ("8001", 128),
    // -1 as a 10-byte sign-extended int32/int64.
    ("ffffffffffffffffff01", UInt64.max),
    // protoc and upb drop the bits past the 64th (Python reads this as -1 for an int32).
    ("ffffffffffffffffff7f", UInt64.max),
  ])
  func varints(hex: String, expected: UInt64) throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex(hex)) {
      (reader: inout ProtoWireReader) throws in
      #expect(try reader.readVarint() == expected)
      #expect(reader.isAtEnd)
    }
  }

  @Test func overlongVarintIsAnErrorAtItsStart() throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex("00 ffffffffffffffffffff01")) {
      (reader: inout ProtoWireReader) throws in
      #expect(throws: Never.self) { _ = try reader.readVarint() }
      #expect(throws: ProtoWireError(.overlongVarint(what: "varint", maximumBytes: 10), at: 1)) {
        _ = try reader.readVarint()
      }
    }
  }

  @Test func truncatedVarint() throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex("01 8080")) {
      (reader: inout ProtoWireReader) throws in
      _ = try? reader.readVarint()
      #expect(throws: ProtoWireError(.unterminatedVarint(what: "varint"), at: 1)) {
        _ = try reader.readVarint()
      }
    }
  }

  @Test(arguments: [
    ("08", 1, ProtoWireType.varint), ("12", 2, .len), ("1d", 3, .i32), ("21", 4, .i64),
    ("2b", 5, .startGroup), ("2c", 5, .endGroup),
    // The largest field number, in a 5-byte tag.
    ("f8ffffff0f", 536_870_911, .varint),
    // A padded 5-byte tag is accepted (Python: field 10 varint).
    ("d080808000", 10, .varint),
  ])
  func tags(hex: String, number: Int, wireType: ProtoWireType) throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex(hex)) {
      (reader: inout ProtoWireReader) throws in
      #expect(try reader.readTag() == ProtoWireTag(fieldNumber: number, wireType: wireType))
    }
  }

  @Test(arguments: [
    ("00", Kind.invalidFieldNumber(0)),
    ("04", .invalidFieldNumber(0)),
    ("0e", .invalidWireType(6)),
    ("0f", .invalidWireType(7)),
    // Python rejects a tag of more than 32 bits and a 6-byte tag.
    ("f8ffffff1f", .tagTooLarge(0x1_FFFF_FFF8)),
    ("d08080808000", .overlongVarint(what: "tag", maximumBytes: 5)),
    ("80", .unterminatedVarint(what: "tag")),
  ])
  func badTags(hex: String, kind: Kind) throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex(hex)) {
      (reader: inout ProtoWireReader) throws in
      #expect(throws: ProtoWireError(kind, at: 0)) { _ = try reader.readTag() }
    }
  }

  @Test func lengthIsCheckedAgainstTheBytesThatRemain() throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex("03 616263 05 61")) {
      (reader: inout ProtoWireReader) throws in
      let first = try reader.readLengthDelimited()
      #expect(Array(reader.bytes[first]) == [0x61, 0x62, 0x63])
      #expect(throws: ProtoWireError(.lengthPastEnd(length: 5, remaining: 1), at: 4)) {
        _ = try reader.readLengthDelimited()
      }
    }
  }

  @Test func hugeLengthDoesNotOverflow() throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex("ffffffff0f 00")) {
      (reader: inout ProtoWireReader) throws in
      #expect(throws: ProtoWireError(.lengthPastEnd(length: 0xFFFF_FFFF, remaining: 1), at: 0)) {
        _ = try reader.readLengthDelimited()
      }
    }
  }

  @Test func fixedWidthValues() throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex("01000000 0200000000000080 0102")) {
      (reader: inout ProtoWireReader) throws in
      #expect(try reader.readFixed32() == 1)
      #expect(try reader.readFixed64() == 0x8000_0000_0000_0002)
      #expect(
        throws: ProtoWireError(.truncated(what: "fixed32 value", needed: 4, remaining: 2), at: 12)
      ) {
        _ = try reader.readFixed32()
      }
    }
  }

  @Test func offsetsCountFromTheSliceStart() throws {
    let whole: [UInt8] = [0xFF, 0xFF, 0x08, 0x96, 0x01]
    try ProtoBinaryTest.reading(whole[2...]) { (reader: inout ProtoWireReader) throws in
      #expect(reader.offset == 0)
      _ = try reader.readTag()
      #expect(try reader.readVarint() == 150)
      #expect(reader.offset == 3)
    }
  }

  @Test func groupsAreSkippedToTheirMatchingEnd() throws {
    // field 37 group holding field 38 group holding field 1 varint, then field 2 varint.
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex("ab02 b302 0801 b402 ac02 1001")) {
      (reader: inout ProtoWireReader) throws in
      let tag = try reader.readTag()
      try reader.skipValue(of: tag, tagOffset: 0, depthLeft: 100)
      #expect(try reader.readTag() == ProtoWireTag(fieldNumber: 2, wireType: .varint))
    }
  }

  @Test(arguments: [
    ("ab02 b402", ProtoWireError(.unmatchedEndGroup(fieldNumber: 38, openGroup: 37), at: 2)),
    ("ab02 0801", ProtoWireError(.unterminatedGroup(fieldNumber: 37), at: 0)),
    ("ac02", ProtoWireError(.unmatchedEndGroup(fieldNumber: 37, openGroup: nil), at: 0)),
  ])
  func badGroups(hex: String, error: ProtoWireError) throws {
    try ProtoBinaryTest.reading(ProtoBinaryTest.hex(hex)) {
      (reader: inout ProtoWireReader) throws in
      #expect(throws: error) {
        let tag = try reader.readTag()
        try reader.skipValue(of: tag, tagOffset: 0, depthLeft: 100)
      }
    }
  }

  @Test func groupDepthIsLimited() throws {
    let depth = 101
    let bytes = [UInt8](repeating: 0x0B, count: depth) + [UInt8](repeating: 0x0C, count: depth)
    try ProtoBinaryTest.reading(bytes[...]) { (reader: inout ProtoWireReader) throws in
      #expect(throws: ProtoWireError(.tooDeep(limit: 100), at: 100)) {
        let tag = try reader.readTag()
        try reader.skipValue(of: tag, tagOffset: 0, depthLeft: 100)
      }
    }
  }

  @Test func messagesNameTheProblem() throws {
    let error = ProtoWireError(.lengthPastEnd(length: 5, remaining: 1), at: 4)
    #expect(error.ruleID == "PAYLOAD_TRUNCATED")
    #expect(
      error.message
        == "the length at byte 4 says 5 bytes follow but only 1 remains; the data is truncated")
  }
}
