/// The well-known types whose proto3 JSON form differs from an ordinary message's. An `Any`
/// holds each of them as `{"@type": ..., "value": <its JSON>}` (Python's `_WKTJSONMETHODS`;
/// `Empty` is an ordinary message).
import Parsers

enum ProtoWellKnownType: String, Sendable {
  case any = "google.protobuf.Any"
  case timestamp = "google.protobuf.Timestamp"
  case duration = "google.protobuf.Duration"
  case fieldMask = "google.protobuf.FieldMask"
  case `struct` = "google.protobuf.Struct"
  case value = "google.protobuf.Value"
  case listValue = "google.protobuf.ListValue"
  case doubleValue = "google.protobuf.DoubleValue"
  case floatValue = "google.protobuf.FloatValue"
  case int64Value = "google.protobuf.Int64Value"
  case uint64Value = "google.protobuf.UInt64Value"
  case int32Value = "google.protobuf.Int32Value"
  case uint32Value = "google.protobuf.UInt32Value"
  case boolValue = "google.protobuf.BoolValue"
  case stringValue = "google.protobuf.StringValue"
  case bytesValue = "google.protobuf.BytesValue"

  /// An ordinary message in JSON, but one an Any may name without any file importing it.
  static let emptyMessage = "google.protobuf.Empty"

  /// The enum whose field accepts JSON `null` as its only value.
  static let nullValueEnum = "google.protobuf.NullValue"

  /// The well-known type of this message name; a quick prefix test first, since almost every
  /// message of a payload is not one.
  init?(messageName: String) {
    guard messageName.hasPrefix("google.protobuf.") else { return nil }
    self.init(rawValue: messageName)
  }

  /// The scalar a wrapper type stands for in JSON (its `value` field).
  var wrappedScalar: ProtoScalar? {
    switch self {
    case .doubleValue: .double
    case .floatValue: .float
    case .int64Value: .int64
    case .uint64Value: .uint64
    case .int32Value: .int32
    case .uint32Value: .uint32
    case .boolValue: .bool
    case .stringValue: .string
    case .bytesValue: .bytes
    default: nil
    }
  }
}
