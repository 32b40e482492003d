import Parsers

/// Confluent's scalar groups (`FieldSchemaDiff.scalarKind`): a change inside a group is
/// silent, a change across groups is FIELD_SCALAR_KIND_CHANGED. Enums are GENERAL_NUMBER.
enum ProtoScalarWireGroup: String, Hashable, Sendable {
  case generalNumber = "GENERAL_NUMBER"
  case signedNumber = "SIGNED_NUMBER"
  case stringOrBytes = "STRING_OR_BYTES"
  case fixed32 = "FIXED32"
  case fixed64 = "FIXED64"
  case float = "FLOAT"
  case double = "DOUBLE"

  static let byScalar: [ProtoScalar: ProtoScalarWireGroup] = [
    .int32: .generalNumber, .int64: .generalNumber, .uint32: .generalNumber,
    .uint64: .generalNumber, .bool: .generalNumber,
    .sint32: .signedNumber, .sint64: .signedNumber,
    .string: .stringOrBytes, .bytes: .stringOrBytes,
    .fixed32: .fixed32, .sfixed32: .fixed32,
    .fixed64: .fixed64, .sfixed64: .fixed64,
    .float: .float, .double: .double,
  ]

  init(_ scalar: ProtoScalar) {
    guard let group = Self.byScalar[scalar] else {
      preconditionFailure("bug: scalar \(scalar) has no wire group")
    }
    self = group
  }
}
