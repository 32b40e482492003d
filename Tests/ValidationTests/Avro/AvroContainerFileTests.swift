import Foundation
import SchemaModel
import Testing

@testable import Validation

/// Files made with fastavro 1.13.1:
/// ```python
/// schema = {"type": "record", "name": "User", "namespace": "com.acme", "fields": [
///   {"name": "name", "type": "string"}, {"name": "age", "type": "int"},
///   {"name": "email", "type": ["null", "string"], "default": None}]}
/// records = [{"name": "ann", "age": 31, "email": None},
///            {"name": "bob", "age": 42, "email": "bob@example.com"},
///            {"name": "cy", "age": -7, "email": "c@x"}]
/// fastavro.writer(out, fastavro.parse_schema(schema), records, codec=CODEC,
///                 sync_interval=INTERVAL, sync_marker=b"0123456789abcdef")
/// ```
@Suite struct AvroContainerFileTests {
  typealias Support = AvroBinaryTestSupport

  static func base64(_ text: String) -> [UInt8] { Array(Data(base64Encoded: text) ?? Data()) }

  /// codec "null", sync_interval 16000: one block.
  static let nullCodec = base64(
    "T2JqAQQUYXZyby5jb2RlYwhudWxsFmF2cm8uc2NoZW1h9gJ7InR5cGUiOiAicmVjb3JkIiwgIm5hbWUiOiAi"
      + "Y29tLmFjbWUuVXNlciIsICJmaWVsZHMiOiBbeyJuYW1lIjogIm5hbWUiLCAidHlwZSI6ICJzdHJpbmcifSwg"
      + "eyJuYW1lIjogImFnZSIsICJ0eXBlIjogImludCJ9LCB7ImRlZmF1bHQiOiBudWxsLCAibmFtZSI6ICJlbWFp"
      + "bCIsICJ0eXBlIjogWyJudWxsIiwgInN0cmluZyJdfV19ADAxMjM0NTY3ODlhYmNkZWYGSgZhbm4+AAZib2JU"
      + "Ah5ib2JAZXhhbXBsZS5jb20EY3kNAgZjQHgwMTIzNDU2Nzg5YWJjZGVm")
  /// codec "deflate", sync_interval 16000: one block.
  static let deflateCodec = base64(
    "T2JqAQQUYXZyby5jb2RlYw5kZWZsYXRlFmF2cm8uc2NoZW1h9gJ7InR5cGUiOiAicmVjb3JkIiwgIm5hbWUi"
      + "OiAiY29tLmFjbWUuVXNlciIsICJmaWVsZHMiOiBbeyJuYW1lIjogIm5hbWUiLCAidHlwZSI6ICJzdHJpbmci"
      + "fSwgeyJuYW1lIjogImFnZSIsICJ0eXBlIjogImludCJ9LCB7ImRlZmF1bHQiOiBudWxsLCAibmFtZSI6ICJl"
      + "bWFpbCIsICJ0eXBlIjogWyJudWxsIiwgInN0cmluZyJdfV19ADAxMjM0NTY3ODlhYmNkZWYGUGNLzMuzY2BL"
      + "yk8KYZIDkg6pFYm5BTmpesn5uSzJlbxMbMkOFQDPcQswMTIzNDU2Nzg5YWJjZGVm")
  /// codec "null", sync_interval 10: two blocks (two records, then one).
  static let twoBlocks = base64(
    "T2JqAQQUYXZyby5jb2RlYwhudWxsFmF2cm8uc2NoZW1h9gJ7InR5cGUiOiAicmVjb3JkIiwgIm5hbWUiOiAi"
      + "Y29tLmFjbWUuVXNlciIsICJmaWVsZHMiOiBbeyJuYW1lIjogIm5hbWUiLCAidHlwZSI6ICJzdHJpbmcifSwg"
      + "eyJuYW1lIjogImFnZSIsICJ0eXBlIjogImludCJ9LCB7ImRlZmF1bHQiOiBudWxsLCAibmFtZSI6ICJlbWFp"
      + "bCIsICJ0eXBlIjogWyJudWxsIiwgInN0cmluZyJdfV19ADAxMjM0NTY3ODlhYmNkZWYEOAZhbm4+AAZib2JU"
      + "Ah5ib2JAZXhhbXBsZS5jb20wMTIzNDU2Nzg5YWJjZGVmAhIEY3kNAgZjQHgwMTIzNDU2Nzg5YWJjZGVm")

  static let userSchema = """
    {"type": "record", "name": "User", "namespace": "com.acme", "fields": [
      {"name": "name", "type": "string"}, {"name": "age", "type": "int"},
      {"name": "email", "type": ["null", "string"], "default": null}]}
    """

  static let expectedUsers: [AvroDatum] = [
    user("ann", 31, nil), user("bob", 42, "bob@example.com"), user("cy", -7, "c@x"),
  ]

  static func user(_ name: String, _ age: Int32, _ email: String?) -> AvroDatum {
    .record(
      name: QualifiedName(namespace: "com.acme", name: "User"),
      fields: [
        .string(name), .int(age),
        email.map { .union(branch: 1, value: .string($0)) } ?? .union(branch: 0, value: .null),
      ])
  }

  @Test(arguments: [
    ("null", nullCodec, 1), ("deflate", deflateCodec, 1), ("null", twoBlocks, 2),
  ])
  func readsEveryRecord(codec: String, bytes: [UInt8], blockCount: Int) throws {
    let file = try AvroContainerFile.read(bytes)
    #expect(file.codec == codec)
    #expect(file.blocks.count == blockCount)
    #expect(file.syncMarker == Array("0123456789abcdef".utf8))
    #expect(String(decoding: file.writerSchemaJSON, as: UTF8.self).contains("com.acme.User"))
    let records = file.records(graph: try file.writerGraph())
    #expect(records.map(\.index) == [0, 1, 2])
    #expect(records.allSatisfy { $0.result.errors.isEmpty })
    #expect(records.map(\.result.datum) == Self.expectedUsers)
  }

  @Test func validatesAgainstTheSubjectSchema() throws {
    // The subject's schema grew: age became a long, country has a default.
    let reader = try Support.graph(
      """
      {"type": "record", "name": "User", "namespace": "com.acme", "fields": [
        {"name": "name", "type": "string"}, {"name": "age", "type": "long"},
        {"name": "country", "type": "string", "default": "NL"}]}
      """)
    let records = try AvroContainerFile.read(Self.deflateCodec).validate(against: reader)
    #expect(records.count == 3)
    let first = try #require(records.first?.result.datum)
    #expect(
      first
        == .record(
          name: QualifiedName(namespace: "com.acme", name: "User"),
          fields: [.string("ann"), .long(31), .string("NL")]))
  }

  @Test func recordsTheSubjectSchemaCannotRead() throws {
    let reader = try Support.graph(
      """
      {"type": "record", "name": "User", "namespace": "com.acme", "fields": [
        {"name": "name", "type": "string"}, {"name": "country", "type": "string"}]}
      """)
    let records = try AvroContainerFile.read(Self.twoBlocks).validate(against: reader)
    #expect(records.map(\.block) == [0, 0, 1])
    for record in records {
      #expect(record.result.errors.map(\.ruleID) == ["PAYLOAD_MISSING_FIELD"])
      #expect(record.result.errors.first?.schemaLocation == "com.acme.User.country")
    }
  }

  @Test func corruptRecordEndsItsBlock() throws {
    var bytes = Self.nullCodec
    let file = try AvroContainerFile.read(bytes)
    let unionIndex = file.blocks[0].fileOffset + 5  // "ann", age, then email's branch
    #expect(bytes[unionIndex] == 0x00)
    bytes[unionIndex] = 0x08
    let records = try AvroContainerFile.read(bytes).records(graph: try file.writerGraph())
    #expect(records.count == 1)
    let error = try #require(records.first?.result.errors.first)
    #expect(error.ruleID == "PAYLOAD_BAD_UNION_INDEX")
    #expect(error.byteOffset == unionIndex)
    #expect(error.instanceLocation == "/email")
    #expect(error.message.hasSuffix("; the 2 records after it in block 0 cannot be located"))
  }

  @Test func wrongSyncMarker() throws {
    var bytes = Self.twoBlocks
    bytes[bytes.count - 1] ^= 0xFF
    #expect(throws: AvroContainerError.wrongSyncMarker(block: 1, offset: bytes.count - 16)) {
      try AvroContainerFile.read(bytes)
    }
  }

  @Test func truncatedAnywhere() {
    var readable: [Int] = []
    for length in 0..<Self.twoBlocks.count {
      do {
        let file = try AvroContainerFile.read(Array(Self.twoBlocks[..<length]))
        #expect(file.blocks.count < 2)
        readable.append(length)
      } catch {
        #expect(error.offset ?? 0 <= length, "\(error.message)")
      }
    }
    // Only a cut right after the header or after block 0 is a (shorter) valid file.
    #expect(readable.count == 2)
  }

  @Test func notAContainer() {
    #expect(throws: AvroContainerError.notAContainer) {
      try AvroContainerFile.read(Array("{}".utf8))
    }
  }

  /// A header written by hand: `Obj` 0x01, the metadata map, the sync marker.
  static func header(codec: String, schema: String) -> [UInt8] {
    func long(_ value: Int) -> [UInt8] {
      var zigzag = UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63))
      var bytes: [UInt8] = []
      while zigzag >= 0x80 {
        bytes.append(UInt8(zigzag & 0x7F) | 0x80)
        zigzag >>= 7
      }
      return bytes + [UInt8(zigzag)]
    }
    func string(_ text: String) -> [UInt8] { long(text.utf8.count) + Array(text.utf8) }
    return [0x4F, 0x62, 0x6A, 0x01] + long(2) + string("avro.codec") + string(codec)
      + string("avro.schema") + string(schema) + long(0) + Array("0123456789abcdef".utf8)
  }

  @Test(arguments: ["snappy", "zstandard", "bzip2", "xz"])
  func unsupportedCodec(codec: String) throws {
    let error = try #require(throws: AvroContainerError.self) {
      try AvroContainerFile.read(Self.header(codec: codec, schema: #""long""#))
    }
    #expect(error == .unsupportedCodec(codec))
    #expect(error.message == "codec '\(codec)' is not supported; supported: null, deflate")
    #expect(error.payloadError.ruleID == "PAYLOAD_UNSUPPORTED_CODEC")
  }

  @Test func invalidWriterSchema() throws {
    let file = try AvroContainerFile.read(Self.header(codec: "null", schema: #"{"type": "nope"}"#))
    #expect(file.blocks.isEmpty)
    let error = try #require(throws: AvroContainerError.self) {
      try file.validate(against: try Support.graph(#""long""#))
    }
    #expect(error.ruleID == "PAYLOAD_WRITER_SCHEMA_INVALID")
  }

  @Test func hugeBlockSizeClaim() throws {
    // One block claiming 1 GB of data in a file of a few bytes: a clean error, no allocation.
    let bytes =
      Self.header(codec: "null", schema: #""long""#) + [0x02, 0x80, 0x80, 0x80, 0x80, 0x08]
    let error = try #require(throws: AvroContainerError.self) { try AvroContainerFile.read(bytes) }
    guard case .malformedBlock(0, _, let reason) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(reason.contains("claims 1073741824 bytes"))
  }

  @Test func corruptDeflateBlock() throws {
    var bytes = Self.deflateCodec
    let file = try AvroContainerFile.read(bytes)
    bytes[file.blocks[0].fileOffset] = 0x07  // reserved block type
    let error = try #require(throws: AvroContainerError.self) { try AvroContainerFile.read(bytes) }
    #expect(
      error
        == .corruptDeflate(
          block: 0, offset: file.blocks[0].fileOffset + 1,
          reason: InflateError(.invalidBlockType, offset: 1).message))
  }

  @Test(arguments: [
    ([0x01, 0x00], "record count"),  // count -1
    ([0x00, 0x02, 0x00], "no records but 1 bytes"),  // count 0 with one byte of data
    ([0x80, 0x80, 0x80, 0x80, 0x80, 0x40, 0x00], "claims 1099511627776 records in 0 bytes"),
  ])
  func malformedBlockHeaders(block: [UInt8], reason: String) throws {
    let bytes =
      Self.header(codec: "null", schema: #""null""#) + block + Array("0123456789abcdef".utf8)
    let error = try #require(throws: AvroContainerError.self) { try AvroContainerFile.read(bytes) }
    guard case .malformedBlock(0, _, let found) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(found.contains(reason), "\(found)")
  }

  @Test func recordsOfATypeThatTakesNoBytes() throws {
    // Three nulls in an empty block.
    let bytes =
      Self.header(codec: "null", schema: #""null""#) + [0x06, 0x00]
      + Array("0123456789abcdef".utf8)
    let file = try AvroContainerFile.read(bytes)
    let records = file.records(graph: try file.writerGraph())
    #expect(records.map(\.result.datum) == [.null, .null, .null])
  }
}
