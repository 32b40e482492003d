import Parsers
import SchemaModel
import Validation

/// A Protobuf message's payload validator: the proto3 JSON mapping for text payloads, the wire
/// format for binary ones (Confluent's framing detected: a raw message never starts with a zero
/// byte, as field number 0 does not exist).
struct ProtoPayloadValidator: PayloadValidating {
  /// The schema's file: Confluent's message indexes count its messages.
  var file: ProtoFile
  var json: ProtoJSONValidator
  var binary: ProtoBinaryValidator
  var framing: BinaryFraming

  init(
    index: ProtoDescriptorIndex, messageName: String, file: ProtoFile, options: PayloadOptions,
    framing: BinaryFraming = .auto
  ) throws(ProtoPayloadSetupError) {
    self.file = file
    self.framing = framing
    json = try ProtoJSONValidator(index: index, messageName: messageName, options: options)
    binary = try ProtoBinaryValidator(index: index, messageName: messageName, options: options)
  }

  var format: SchemaFormat { .protobuf }

  func validate(_ instance: JSONValue) -> [PayloadError] { json.validate(instance) }

  func forWorkerThread() -> any PayloadValidating {
    var copy = self
    copy.binary = binary.forWorkerThread()
    return copy
  }

  /// A framed payload's message indexes must name the message it is validated as, as
  /// Confluent's deserializer picks the type by them.
  func validate(binary bytes: ArraySlice<UInt8>) -> [PayloadError] {
    switch framing {
    case .confluent: binary.validate(confluentFramed: bytes, file: file)
    case .none: binary.validate(bytes)
    case .auto:
      ProtoBinaryValidator.looksFramed(bytes)
        ? binary.validate(confluentFramed: bytes, file: file)
        : binary.validate(bytes)
    }
  }

}
