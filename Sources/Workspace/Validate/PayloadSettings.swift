import Foundation
import SchemaModel
import Validation

/// How an Avro payload is written: plain JSON (union branches inferred), the Avro JSON
/// encoding, or the binary encoding.
public enum AvroPayloadEncoding: String, Hashable, Sendable, CaseIterable {
  case plain, json, binary
}

/// Whether binary payloads carry Confluent's wire-format framing (magic byte 0, a 4-byte schema
/// id, and for Protobuf the message indexes).
public enum BinaryFraming: String, Hashable, Sendable, CaseIterable {
  /// Framed when the bytes read as framed: always right for Protobuf (no message starts with a
  /// zero byte); for Avro a bare datum can look framed, so the reading that decodes is taken.
  case auto
  case confluent
  case none
}

/// How payloads are read and judged, in every format: `validate`'s options, or a subject's
/// config in `check`.
public struct PayloadSettings: Sendable {
  public var jsonSchema: JSONSchemaRunSettings
  /// `--avro-encoding`; nil: binary for binary files, else plain.
  public var avroEncoding: AvroPayloadEncoding?
  public var options: PayloadOptions
  /// `--delimited`: binary files hold many payloads, each after its length as a varint.
  public var delimited: Bool
  /// `--framing`: whether binary payloads carry Confluent's framing.
  public var framing: BinaryFraming = .auto
  /// Protobuf import roots, shown relative to the current directory.
  var protoRoots: [ProtoRoot]

  init(
    jsonSchema: JSONSchemaRunSettings, avroEncoding: AvroPayloadEncoding? = nil,
    options: PayloadOptions = PayloadOptions(), delimited: Bool = false,
    protoRoots: [ProtoRoot] = []
  ) {
    self.jsonSchema = jsonSchema
    self.avroEncoding = avroEncoding
    self.options = options
    self.delimited = delimited
    self.protoRoots = protoRoots
  }

  /// How a payload file of a schema in `format` is read.
  func fileKind(_ path: String, format: SchemaFormat) -> PayloadFileKind {
    PayloadFileKind.of(
      path, binary: format == .avro && avroEncoding == .binary, delimited: delimited)
  }
}
