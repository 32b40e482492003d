import Parsers
import SchemaModel

/// Validates payloads written in the canonical proto3 JSON mapping against one message, with
/// the verdicts of protoc's and Python `protobuf`'s `json_format.Parse`: field names as JSON
/// names or declared names, 64-bit integers as numbers or strings, enums by name or number,
/// `"NaN"`/`"Infinity"`, base64 bytes, `null` for defaults, oneof exclusivity, stringified map
/// keys, and the well-known types' special forms (Timestamp, Duration, wrappers, Struct, Value,
/// ListValue, Any, FieldMask, Empty).
///
/// Where Python is looser only because of Python itself (`true` taken as 1, spaces and `_`
/// inside numbers, `"inf"`, invalid base64 characters skipped, `[]` for a message), this
/// follows the specification and the C++ parser and reports an error.
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
