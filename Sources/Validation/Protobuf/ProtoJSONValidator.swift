import Parsers
import SchemaModel

/// Validates payloads written in the canonical proto3 JSON mapping against one message: field
/// names as JSON names or declared names, 64-bit integers as numbers or strings, enums by name
/// or number, `"NaN"`/`"Infinity"`, base64 bytes, `null` for defaults, oneof exclusivity,
/// stringified map keys, and the well-known types' special forms (Timestamp, Duration,
/// wrappers, Struct, Value, ListValue, Any, FieldMask, Empty).
///
/// A payload is valid when both protoc's C++ parser and Python `protobuf`'s
/// `json_format.Parse` accept it, so a fixture that passes is readable by either. Where Python
/// is looser because of Python itself (`true` taken as 1, `_` inside numbers, `[]` or `""` for a
/// message, junk skipped in base64, a bare `@type` name, the same field by both names) protoc
/// refuses and so does this. Missing proto2 required fields are warnings: `json_format.Parse`
/// does not check them, but the message's binary form would not parse.
/// Unknown fields and enum names are errors, or warnings with `allowUnknownFields`.
public struct ProtoJSONValidator: Sendable {
  private let index: ProtoDescriptorIndex
  private let message: ProtoMessageDescriptor
  private let options: PayloadOptions

  /// A validator for the message `messageName` (full name, leading dot optional) of `index`.
  public init(
    index: ProtoDescriptorIndex, messageName: String, options: PayloadOptions = PayloadOptions()
  ) throws(ProtoPayloadSetupError) {
    self.index = index
    self.message = try index.requireMessage(named: messageName)
    self.options = options
  }

  /// The message payloads are checked against.
  public var messageName: String { message.fullName }

  /// Every problem of `value` (errors and warnings), in payload order, at most 100.
  public func validate(_ value: JSONValue) -> [PayloadError] {
    var walker = ProtoJSONWalker(index: index, options: options)
    walker.checkMessage(
      value, named: message.fullName, site: ProtoJSONSite(owner: message.fullName))
    return walker.reports
  }
}
