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

  init(_ scalar: ProtoScalar) {
    switch scalar {
    case .int32, .int64, .uint32, .uint64, .bool: self = .generalNumber
    case .sint32, .sint64: self = .signedNumber
    case .string, .bytes: self = .stringOrBytes
    case .fixed32, .sfixed32: self = .fixed32
    case .fixed64, .sfixed64: self = .fixed64
    case .float: self = .float
    case .double: self = .double
    }
  }
}
