import Parsers
import SchemaModel

/// The outcome of one record of a container file.
public struct AvroContainerRecord: Sendable {
  /// The record's position in the file, from 0.
  public var index: Int
  /// The block that holds it, from 0.
  public var block: Int
  public var result: AvroDecodeResult
}

extension AvroContainerFile {
  /// Decodes every record with `graph` (normally the writer schema) and checks logical types.
  /// Byte offsets count from the file's first byte; in deflate blocks they count from the start
  /// of the inflated block, and the message says so. A record that cannot be read ends its
  /// block: the records after it cannot be found.
  public func records(graph: AvroSchemaGraph) -> [AvroContainerRecord] {
    decodeRecords(graph: graph, checkLogicalTypes: true) { $0 }
  }

  /// Parses `writerSchemaJSON` (the file's own schema, self-contained).
  public func writerGraph() throws(AvroContainerError) -> AvroSchemaGraph {
    try Self.writerGraph(of: writerSchemaJSON)
  }

  /// Parses a container's `avro.schema` (self-contained).
  static func writerGraph(of writerSchemaJSON: [UInt8]) throws(AvroContainerError)
    -> AvroSchemaGraph
  {
    let document = AvroParser.parse(writerSchemaJSON, path: "avro.schema")
    if let error = document.diagnostics.first(where: { $0.severity == .error }) {
      throw .invalidWriterSchema(error.message)
    }
    guard let root = document.root else { throw .invalidWriterSchema("the schema is empty") }
    do throws(AvroSchemaGraphError) {
      return try AvroSchemaGraph(root: root, types: TypeTable(documents: [document]))
    } catch {
      throw .invalidWriterSchema(error.message)
    }
  }

  /// Reads every record with the file's own writer schema, then resolves it against `reader`
  /// (the subject's schema), as a consumer using `reader` would read the file.
  public func validate(against reader: AvroSchemaGraph) throws(AvroContainerError)
    -> [AvroContainerRecord]
  {
    let writer = try writerGraph()
    return decodeRecords(graph: writer, checkLogicalTypes: false) { decoded in
      guard let datum = decoded.datum else { return decoded }
      return AvroDatumResolver.resolve(datum, writer: writer, reader: reader)
    }
  }

  private func decodeRecords(
    graph: AvroSchemaGraph, checkLogicalTypes: Bool,
    then transform: @escaping (AvroDecodeResult) -> AvroDecodeResult
  ) -> [AvroContainerRecord] {
    var decoder = AvroContainerRecordDecoder(
      decoder: AvroBinaryDecoder.Prepared(graph: graph, checkLogicalTypes: checkLogicalTypes),
      transform: transform)
    var records: [AvroContainerRecord] = []
    records.reserveCapacity(min(recordCount, 1 << 20))
    for (blockIndex, block) in blocks.enumerated() {
      decoder.decode(block, index: blockIndex) { records.append($0) }
    }
    return records
  }
}

/// Decodes a container's records one block at a time, numbering them across blocks, so that a
/// file read block by block never holds more than one block's records.
struct AvroContainerRecordDecoder {
  let decoder: AvroBinaryDecoder.Prepared
  /// Applied to each decoded record (schema resolution against the reader's schema).
  let transform: (AvroDecodeResult) -> AvroDecodeResult
  /// The next record's position in the file, from 0.
  var recordIndex = 0

  /// Hands each record of `block` to `emit`, in order. Byte offsets count from the file's first
  /// byte; in deflate blocks they count from the start of the inflated block, and the message
  /// says so. A record that cannot be read ends its block: the records after it cannot be found.
  mutating func decode(
    _ block: AvroContainerFile.Block, index blockIndex: Int,
    emit: (AvroContainerRecord) -> Void
  ) {
    let offsetBase = block.isInflated ? 0 : block.fileOffset
    var position = 0
    // The block's last record is handed over once the block is done: trailing bytes are its
    // error.
    var pending: AvroContainerRecord?
    recordsOfBlock: for recordInBlock in 0..<block.count {
      if let previous = pending { emit(previous) }
      let outcome = decoder.readOne(block.data[...], from: position, offsetBase: offsetBase)
      switch outcome {
      case .datum(let datum, let end, let problems):
        position = end
        let decoded = AvroDecodeResult(datum: problems.hasErrors ? nil : datum, errors: problems)
        pending = AvroContainerRecord(
          index: recordIndex, block: blockIndex, result: transform(decoded))
        recordIndex += 1
      case .failure(var error):
        error.message += Self.note(block: block, index: blockIndex)
        let left = block.count - recordInBlock - 1
        if left > 0 {
          error.message +=
            "; the \(left) record\(left == 1 ? "" : "s") after it in block "
            + "\(blockIndex) cannot be located"
        }
        pending = AvroContainerRecord(
          index: recordIndex, block: blockIndex,
          result: AvroDecodeResult(datum: nil, errors: [error]))
        recordIndex += block.count - recordInBlock
        position = block.data.count
        break recordsOfBlock
      }
    }
    if position < block.data.count, pending != nil {
      let extra = block.data.count - position
      pending?.result.datum = nil
      pending?.result.errors.append(
        PayloadError(
          ruleID: "PAYLOAD_TRAILING_BYTES", instanceLocation: "", schemaLocation: "",
          byteOffset: offsetBase + position,
          message: "block \(blockIndex) has \(extra) byte\(extra == 1 ? "" : "s") after its "
            + "\(block.count) records" + Self.note(block: block, index: blockIndex)))
    }
    if let last = pending { emit(last) }
  }

  static func note(block: AvroContainerFile.Block, index: Int) -> String {
    block.isInflated ? " (offsets count from the start of inflated block \(index))" : ""
  }
}
