import Parsers
import SchemaModel

extension ProtoBinaryValidator {
  /// True when `bytes` can only be Confluent's framing: a Protobuf message never starts with
  /// byte 0 (a tag with field number 0), and the framing always does.
  public static func looksFramed(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.first == 0 }

  /// Validates a message in Confluent's framing (magic byte, schema id, message indexes).
  /// When `file` is given, the indexes must select this validator's message in it, as
  /// Confluent's deserializer picks the message type by them. Byte offsets count from the
  /// first byte of the framing.
  public func validate(confluentFramed bytes: ArraySlice<UInt8>, file: ProtoFile? = nil)
    -> [PayloadError]
  {
    guard let framed = ProtoConfluentFraming.unframe(bytes) else {
      return [
        PayloadError(
          ruleID: "PAYLOAD_INVALID_FRAMING", instanceLocation: "", schemaLocation: messageName,
          byteOffset: 0,
          message: "the payload does not start with Confluent's framing: magic byte 0, a 4-byte "
            + "schema id and a list of message indexes")
      ]
    }
    var findings: [PayloadError] = []
    if let file {
      let selected = ProtoConfluentFraming.messageName(for: framed.messageIndexes, in: file)
      if selected != messageName {
        let expected = ProtoConfluentFraming.messageIndexes(for: messageName, in: file)
        let what = selected.map { "select \($0)" } ?? "select no message of \(file.displayPath)"
        let fix = expected.map { "; \(messageName) is \($0)" } ?? ""
        findings.append(
          PayloadError(
            ruleID: "PAYLOAD_MESSAGE_INDEX_MISMATCH", instanceLocation: "",
            schemaLocation: messageName, byteOffset: 5,
            message: "the framing's message indexes \(framed.messageIndexes) \(what), but the "
              + "payload is validated as \(messageName)\(fix)"))
      }
    }
    findings += validate(framed.message, offsetsFrom: bytes.startIndex)
    return findings
  }
}
