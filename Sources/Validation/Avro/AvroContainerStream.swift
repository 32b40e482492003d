/// Reads an Avro object container file one block at a time from a source of bytes, so that a
/// file of any size is held one block at a time: each block at most `blockLimit` bytes as
/// stored and as inflated (the same errors and offsets as `AvroContainerFile.read`).
public struct AvroContainerStream {
  /// Hands over up to `count` more bytes of the file: fewer, or none, at its end.
  public typealias Source = (_ count: Int) -> [UInt8]

  /// The `avro.schema` metadata: the schema every record was written with.
  public let writerSchemaJSON: [UInt8]
  /// `null` or `deflate`.
  public let codec: String

  private let sync: [UInt8]
  private let blockLimit: Int
  private var window: ByteWindow
  private var blockIndex = 0

  /// Reads the header (magic, metadata, sync marker).
  public init(source: @escaping Source, blockLimit: Int = Inflate.defaultOutputLimit)
    throws(AvroContainerError)
  {
    var window = ByteWindow(source: source)
    var wanted = 64 << 10
    // The header is read again with more bytes until it fits: its metadata has no size field.
    while true {
      window.ensure(wanted)
      let attempt = window.buffer.withUnsafeBufferPointer { bytes in
        Result { () throws(AvroContainerError) in
          var reader = AvroContainerReader(
            cursor: AvroBinaryCursor(bytes), blockOutputLimit: blockLimit)
          return (try reader.readHeader(), reader.cursor.position)
        }
      }
      switch attempt {
      case .success(let (header, end)):
        window.position = end
        self.window = window
        self.blockLimit = blockLimit
        writerSchemaJSON = header.writerSchemaJSON
        codec = header.codec
        sync = header.sync
        return
      case .failure(let error):
        // Only a header cut short by the buffer can read further.
        guard case .malformedHeader = error, !window.exhausted, window.buffer.count < blockLimit
        else { throw error }
        wanted = min(blockLimit, window.buffer.count * 2)
      }
    }
  }

  /// The next block, inflated; nil at the end of the file.
  public mutating func nextBlock() throws(AvroContainerError) -> AvroContainerFile.Block? {
    window.compact()
    // Two varints (record count, byte size) take at most 20 bytes.
    window.ensure(20)
    guard window.position < window.buffer.count else { return nil }
    let size = window.blockSize()
    guard size <= blockLimit else {
      throw .malformedBlock(
        block: blockIndex, offset: window.offset,
        reason: "its \(size) bytes are over the limit of \(blockLimit) bytes a block may have")
    }
    window.ensure(20 + size + AvroContainerReader.syncSize)
    let index = blockIndex
    let inflate = codec == "deflate"
    let start = window.position
    let base = window.offset
    let (sync, limit) = (sync, blockLimit)
    let result = window.buffer.withUnsafeBufferPointer { bytes in
      Result { () throws(AvroContainerError) in
        var reader = AvroContainerReader(
          cursor: AvroBinaryCursor(
            UnsafeBufferPointer(rebasing: bytes[start...]), offsetBase: base),
          blockOutputLimit: limit)
        return (
          try reader.block(index: index, sync: sync, inflate: inflate), reader.cursor.position
        )
      }
    }
    let (block, used) = try result.get()
    window.position += used
    blockIndex += 1
    return block
  }

  /// The bytes read from the source and not yet used.
  private struct ByteWindow {
    let source: Source
    var buffer: [UInt8] = []
    /// The file offset of `buffer[0]`.
    var bufferOffset = 0
    /// The next unread byte of `buffer`.
    var position = 0
    var exhausted = false

    /// The file offset of the next unread byte.
    var offset: Int { bufferOffset + position }

    /// Reads until `count` bytes are buffered past `position`, or the file ends.
    mutating func ensure(_ count: Int) {
      while !exhausted, buffer.count - position < count {
        let more = source(max(count - (buffer.count - position), 1 << 20))
        if more.isEmpty {
          exhausted = true
        } else {
          buffer.append(contentsOf: more)
        }
      }
    }

    /// Drops the bytes already read.
    mutating func compact() {
      guard position > 0 else { return }
      buffer.removeSubrange(0..<position)
      bufferOffset += position
      position = 0
    }

    /// The next block's data size, read without using it up (the block read checks it again
    /// and reports a bad one with its block number, so a bad one is 0 here).
    func blockSize() -> Int {
      let start = position
      let base = offset
      let result = buffer.withUnsafeBufferPointer { bytes in
        Result { () throws(AvroBinaryFailure) -> Int64 in
          var cursor = AvroBinaryCursor(
            UnsafeBufferPointer(rebasing: bytes[start...]), offsetBase: base)
          _ = try cursor.readLong()
          return try cursor.readLong()
        }
      }
      guard case .success(let size) = result, size > 0 else { return 0 }
      return Int(clamping: size)
    }
  }
}

extension AvroContainerStream {
  /// Reads every remaining record with the file's own writer schema, resolves it against
  /// `reader` (the subject's schema) as a consumer using `reader` would, and hands it to
  /// `body`, one block in memory at a time.
  public mutating func validate(
    against reader: AvroSchemaGraph, body: (AvroContainerRecord) -> Void
  ) throws(AvroContainerError) {
    let writer = try AvroContainerFile.writerGraph(of: writerSchemaJSON)
    var decoder = AvroContainerRecordDecoder(
      decoder: AvroBinaryDecoder.Prepared(graph: writer, checkLogicalTypes: false),
      transform: { decoded in
        guard let datum = decoded.datum else { return decoded }
        return AvroDatumResolver.resolve(datum, writer: writer, reader: reader)
      })
    var index = 0
    while let block = try nextBlock() {
      decoder.decode(block, index: index, emit: body)
      index += 1
    }
  }
}
