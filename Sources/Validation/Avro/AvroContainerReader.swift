/// Reads a container file's header and blocks from one buffer.
struct AvroContainerReader {
  static let magic: [UInt8] = [0x4F, 0x62, 0x6A, 0x01]
  static let syncSize = 16
  /// The most records a block may claim beyond its byte size (records of a type that takes no
  /// bytes).
  static let zeroSizeRecordLimit: Int64 = 100_000

  var cursor: AvroBinaryCursor
  let blockOutputLimit: Int

  /// The header's contents: what every block is read with.
  struct Header {
    var metadata: [AvroContainerFile.MetadataEntry]
    var writerSchemaJSON: [UInt8]
    var codec: String
    var sync: [UInt8]
  }

  mutating func file() throws(AvroContainerError) -> AvroContainerFile {
    let header = try readHeader()
    var blocks: [AvroContainerFile.Block] = []
    while !cursor.isAtEnd {
      blocks.append(
        try block(index: blocks.count, sync: header.sync, inflate: header.codec == "deflate"))
    }
    return AvroContainerFile(
      metadata: header.metadata, writerSchemaJSON: header.writerSchemaJSON, codec: header.codec,
      syncMarker: header.sync, blocks: blocks)
  }

  /// The magic, the metadata and the sync marker, from the start of the buffer.
  mutating func readHeader() throws(AvroContainerError) -> Header {
    guard cursor.bytes.count >= 4, Array(cursor.bytes[0..<4]) == Self.magic else {
      throw .notAContainer
    }
    cursor.position = 4
    let metadata = try header { reader throws(AvroBinaryFailure) in try reader.metadata() }
    guard let schema = metadata.first(where: { $0.key == "avro.schema" }) else {
      throw .missingSchema
    }
    let codec =
      metadata.first(where: { $0.key == "avro.codec" }).map {
        String(decoding: $0.value, as: UTF8.self)
      }
      ?? "null"
    guard AvroContainerFile.supportedCodecs.contains(codec) else { throw .unsupportedCodec(codec) }
    guard cursor.remaining >= Self.syncSize else {
      throw .malformedHeader(
        offset: cursor.position, reason: "the file ends inside the 16-byte sync marker")
    }
    let sync = Array(cursor.bytes[cursor.position..<(cursor.position + Self.syncSize)])
    cursor.position += Self.syncSize
    return Header(metadata: metadata, writerSchemaJSON: schema.value, codec: codec, sync: sync)
  }

  /// Runs a header read, turning a binary failure into a header error.
  private mutating func header<Value>(
    _ body: (inout AvroContainerReader) throws(AvroBinaryFailure) -> Value
  ) throws(AvroContainerError) -> Value {
    do throws(AvroBinaryFailure) {
      return try body(&self)
    } catch {
      throw .malformedHeader(offset: error.offset, reason: error.message)
    }
  }

  /// The metadata map: blocks of string keys and bytes values.
  mutating func metadata() throws(AvroBinaryFailure) -> [AvroContainerFile.MetadataEntry] {
    var entries: [AvroContainerFile.MetadataEntry] = []
    while true {
      let start = cursor.position
      var count = try cursor.readLong()
      if count == 0 { return entries }
      if count < 0 {
        count = count == .min ? .max : -count
        _ = try cursor.readLong()
      }
      // Each entry takes at least two bytes (two lengths).
      guard count <= Int64(cursor.remaining / 2) else {
        throw cursor.failure(
          .truncated(needs: "the metadata block at byte \(start) claims \(count) entries"),
          at: start)
      }
      for _ in 0..<count {
        let key = try cursor.readString("metadata key")
        entries.append(.init(key: key, value: try cursor.readBytes()))
      }
    }
  }

  mutating func block(index: Int, sync: [UInt8], inflate: Bool) throws(AvroContainerError)
    -> AvroContainerFile.Block
  {
    let start = cursor.offsetBase + cursor.position
    let count: Int64
    let size: Int
    do throws(AvroBinaryFailure) {
      count = try cursor.readLong()
      guard count >= 0 else {
        throw cursor.failure(.negativeLength(count, what: "record count"), at: start)
      }
      size = try cursor.readLength(of: "block data")
    } catch {
      throw .malformedBlock(block: index, offset: error.offset, reason: error.message)
    }
    let dataPosition = cursor.position
    // Offsets in errors count from the file's first byte (a stream's buffer starts later).
    let base = cursor.offsetBase
    let dataOffset = base + dataPosition
    let raw = UnsafeBufferPointer(rebasing: cursor.bytes[dataPosition..<(dataPosition + size)])
    cursor.position += size
    guard cursor.remaining >= Self.syncSize else {
      throw .malformedBlock(
        block: index, offset: base + cursor.position,
        reason: "the file ends at byte \(base + cursor.bytes.count) before the block's sync "
          + "marker")
    }
    guard cursor.bytes[cursor.position..<(cursor.position + Self.syncSize)].elementsEqual(sync)
    else { throw .wrongSyncMarker(block: index, offset: base + cursor.position) }
    cursor.position += Self.syncSize
    // A record takes at least one byte unless its type takes none; records that take none are
    // bounded so that a few bytes cannot claim millions of results.
    guard count <= Int64(size) || count <= Self.zeroSizeRecordLimit else {
      throw .malformedBlock(
        block: index, offset: start, reason: "the block claims \(count) records in \(size) bytes")
    }
    let data: [UInt8]
    if inflate {
      do throws(InflateError) {
        data = try Inflate.inflate(raw, outputLimit: blockOutputLimit)
      } catch {
        throw .corruptDeflate(
          block: index, offset: dataOffset + error.offset, reason: error.message)
      }
    } else {
      data = Array(raw)
    }
    guard count > 0 || data.isEmpty else {
      throw .malformedBlock(
        block: index, offset: start, reason: "the block has no records but \(data.count) bytes")
    }
    return .init(count: Int(count), data: data, fileOffset: dataOffset, isInflated: inflate)
  }
}
