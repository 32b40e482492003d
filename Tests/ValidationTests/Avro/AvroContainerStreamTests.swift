import Foundation
import SchemaModel
import Testing

@testable import Validation

/// A container read block by block gives what the whole file gives: the same records with the
/// same errors, the same error and offset where a file is broken, whatever pieces the bytes
/// come in.
@Suite struct AvroContainerStreamTests {
  typealias Files = AvroContainerFileTests

  /// Hands over `bytes` at most `piece` bytes at a time.
  static func source(_ bytes: [UInt8], piece: Int) -> AvroContainerStream.Source {
    var offset = 0
    return { count in
      let end = min(bytes.count, offset + min(count, piece))
      defer { offset = end }
      return Array(bytes[offset..<end])
    }
  }

  /// Every record's errors and block, or the error that stops the read.
  struct Read: Equatable {
    var records: [[PayloadError]] = []
    var blocks: [Int] = []
    var error: AvroContainerError?
  }

  static func streamed(_ bytes: [UInt8], piece: Int, reader: AvroSchemaGraph, limit: Int = 64 << 20)
    -> Read
  {
    var read = Read()
    do throws(AvroContainerError) {
      var stream = try AvroContainerStream(source: source(bytes, piece: piece), blockLimit: limit)
      try stream.validate(against: reader) { record in
        read.records.append(record.result.errors)
        read.blocks.append(record.block)
      }
    } catch {
      read.error = error
    }
    return read
  }

  static func whole(_ bytes: [UInt8], reader: AvroSchemaGraph) -> Read {
    do throws(AvroContainerError) {
      let records = try AvroContainerFile.read(bytes).validate(against: reader)
      return Read(records: records.map(\.result.errors), blocks: records.map(\.block))
    } catch {
      return Read(error: error)
    }
  }

  static func reader() throws -> AvroSchemaGraph {
    try AvroBinaryTestSupport.graph(
      """
      {"type": "record", "name": "User", "namespace": "com.acme", "fields": [
        {"name": "name", "type": "string"}, {"name": "age", "type": "long"}]}
      """)
  }

  @Test(arguments: [1, 7, 1 << 20])
  func readsWhatTheWholeFileReads(piece: Int) throws {
    let reader = try Self.reader()
    for bytes in [Files.nullCodec, Files.deflateCodec, Files.twoBlocks] {
      let streamed = Self.streamed(bytes, piece: piece, reader: reader)
      #expect(streamed == Self.whole(bytes, reader: reader))
      #expect(streamed.records.count == 3)
      #expect(streamed.error == nil)
    }
  }

  @Test func wrongBlocksAreFoundWhereTheWholeFileFindsThem() throws {
    let reader = try Self.reader()
    var corrupt = Files.twoBlocks
    corrupt[corrupt.count - 1] ^= 0xFF
    let streamed = Self.streamed(corrupt, piece: 5, reader: reader)
    #expect(streamed.error == .wrongSyncMarker(block: 1, offset: corrupt.count - 16))
    // The records of the block before the break are read.
    #expect(streamed.records.count == 2)
  }

  @Test func truncatedAnywhereFailsAsTheWholeFileFails() throws {
    let reader = try Self.reader()
    for length in 0..<Files.twoBlocks.count {
      let bytes = Array(Files.twoBlocks[..<length])
      let whole = Self.whole(bytes, reader: reader)
      let streamed = Self.streamed(bytes, piece: 3, reader: reader)
      #expect(streamed.error == whole.error, "cut at \(length)")
      if whole.error == nil { #expect(streamed.records == whole.records, "cut at \(length)") }
    }
  }

  @Test func blockOverTheLimitIsRefusedBeforeItIsRead() throws {
    let bytes = Files.twoBlocks
    // Block 0 holds 28 bytes of records.
    let read = Self.streamed(bytes, piece: 4, reader: try Self.reader(), limit: 20)
    guard case .malformedBlock(let block, _, let reason)? = read.error else {
      Issue.record("expected a malformed block, got \(String(describing: read.error))")
      return
    }
    #expect(block == 0)
    #expect(reason == "its 28 bytes are over the limit of 20 bytes a block may have")
  }
}
