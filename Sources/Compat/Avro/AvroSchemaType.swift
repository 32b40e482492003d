import SchemaModel

/// Java's `Schema.Type` of a node whose reference is already resolved; its raw value is the
/// upper-case name Java prints in messages (`INT`, `RECORD`).
enum AvroSchemaType: String, Hashable, Sendable {
  case null = "NULL"
  case boolean = "BOOLEAN"
  case int = "INT"
  case long = "LONG"
  case float = "FLOAT"
  case double = "DOUBLE"
  case bytes = "BYTES"
  case string = "STRING"
  case record = "RECORD"
  case enumeration = "ENUM"
  case array = "ARRAY"
  case map = "MAP"
  case union = "UNION"
  case fixed = "FIXED"
  /// A reference the type table cannot resolve (a parse error elsewhere); never equal to a type.
  case unresolved = "UNRESOLVED"
  /// Not an Avro type (`any` from other formats).
  case other = "OTHER"

  init(_ node: TypeNode) {
    switch node.kind {
    case .primitive(let primitive):
      switch primitive {
      case .null: self = .null
      case .boolean: self = .boolean
      case .int: self = .int
      case .long: self = .long
      case .float: self = .float
      case .double: self = .double
      case .bytes: self = .bytes
      case .string: self = .string
      }
    case .record: self = .record
    case .enumeration: self = .enumeration
    case .array: self = .array
    case .map: self = .map
    case .union: self = .union
    case .fixed: self = .fixed
    case .reference: self = .unresolved
    case .any: self = .other
    }
  }
}
