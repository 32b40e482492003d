import Parsers
import SchemaModel
import Validation

/// A Protobuf message's payload validator: the proto3 JSON mapping for text payloads, the wire
/// format for binary ones (Confluent's framing detected: a raw message never starts with a zero
/// byte, as field number 0 does not exist).
struct ProtoPayloadValidator: PayloadValidating {
  var index: ProtoDescriptorIndex
  var messageName: String
  /// The schema's file: Confluent's message indexes count its messages.
  var file: ProtoFile
  var options: PayloadOptions
  var json: ProtoJSONValidator
  var binary: ProtoBinaryValidator

  init(
    index: ProtoDescriptorIndex, messageName: String, file: ProtoFile, options: PayloadOptions
  ) throws(ProtoPayloadSetupError) {
    self.index = index
    self.messageName = messageName
    self.file = file
    self.options = options
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

  func validate(binary bytes: ArraySlice<UInt8>) -> [PayloadError] {
    guard bytes.first == 0, let framed = ProtoConfluentFraming.unframe(bytes) else {
      return binary.validate(bytes)
    }
    guard let name = ProtoConfluentFraming.messageName(for: framed.messageIndexes, in: file)
    else {
      return [
        PayloadError(
          ruleID: "PAYLOAD_FRAMING_UNKNOWN_MESSAGE", instanceLocation: "",
          schemaLocation: file.displayPath, byteOffset: 5,
          message: "Confluent's message indexes \(framed.messageIndexes) select no message of "
            + file.displayPath)
      ]
    }
    if name == messageName {
      return binary.validate(framed.message, offsetsFrom: bytes.startIndex)
    }
    // The framing names another message of the file: the data is that message.
    guard let other = try? ProtoBinaryValidator(index: index, messageName: name, options: options)
    else { return binary.validate(framed.message, offsetsFrom: bytes.startIndex) }
    return other.validate(framed.message, offsetsFrom: bytes.startIndex)
  }
}
