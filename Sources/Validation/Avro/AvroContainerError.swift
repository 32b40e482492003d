import SchemaModel

/// Why an Avro object container file cannot be read (spec "Object Container Files").
public enum AvroContainerError: Error, Hashable, Sendable {
  /// The file does not start with `Obj` 0x01.
  case notAContainer
  /// The header (metadata map, sync marker) cannot be read.
  case malformedHeader(offset: Int, reason: String)
  /// The metadata has no `avro.schema`.
  case missingSchema
  /// A codec other than null and deflate, by its name.
  case unsupportedCodec(String)
  /// A block's count or size cannot be read or is out of range.
  case malformedBlock(block: Int, offset: Int, reason: String)
  /// The 16 bytes after a block differ from the header's sync marker.
  case wrongSyncMarker(block: Int, offset: Int)
  /// A deflate block that does not inflate; `offset` is the file offset where it failed.
  case corruptDeflate(block: Int, offset: Int, reason: String)
  /// `avro.schema` is not a valid Avro schema.
  case invalidWriterSchema(String)

  /// Where in the file the problem is, when one place is.
  public var offset: Int? {
    switch self {
    case .notAContainer: 0
    case .malformedHeader(let offset, _), .malformedBlock(_, let offset, _),
      .wrongSyncMarker(_, let offset), .corruptDeflate(_, let offset, _):
      offset
    case .missingSchema, .unsupportedCodec, .invalidWriterSchema: nil
    }
  }

  /// A sentence for a person.
  public var message: String {
    switch self {
    case .notAContainer:
      "the file does not start with the Avro container magic 'Obj' 0x01"
    case .malformedHeader(_, let reason): "the container header is malformed: \(reason)"
    case .missingSchema: "the container header has no 'avro.schema' entry"
    case .unsupportedCodec(let codec):
      "codec '\(codec)' is not supported; supported: \(AvroContainerFile.supportedCodecs.joined(separator: ", "))"
    case .malformedBlock(let block, _, let reason): "block \(block) is malformed: \(reason)"
    case .wrongSyncMarker(let block, let offset):
      "the sync marker after block \(block) (at byte \(offset)) differs from the header's; the "
        + "file is corrupt or two files were concatenated"
    case .corruptDeflate(let block, _, let reason): "block \(block) does not inflate: \(reason)"
    case .invalidWriterSchema(let reason): "the container's writer schema is invalid: \(reason)"
    }
  }

  public var ruleID: RuleID {
    switch self {
    case .unsupportedCodec: "PAYLOAD_UNSUPPORTED_CODEC"
    case .invalidWriterSchema: "PAYLOAD_WRITER_SCHEMA_INVALID"
    default: "PAYLOAD_CONTAINER_INVALID"
    }
  }

  /// The problem as a payload error about the whole file.
  public var payloadError: PayloadError {
    PayloadError(
      ruleID: ruleID, instanceLocation: "", schemaLocation: "", byteOffset: offset,
      message: message)
  }
}
