import SchemaModel

/// One Avro value as a schema reads it: what the JSON readers (plain and Avro JSON encoding)
/// and the binary decoder produce, and what schema resolution reads again with another schema.
/// Unions keep the branch the value was written with, so that resolution can pick the reader's
/// branch as Avro does.
public enum AvroDatum: Hashable, Sendable {
  case null
  case boolean(Bool)
  case int(Int32)
  case long(Int64)
  case float(Float)
  case double(Double)
  case bytes([UInt8])
  case string(String)
  /// Field values in the writer schema's field order.
  case record(name: QualifiedName, fields: [AvroDatum])
  /// The symbol's index in the writer schema, and its name.
  case enumSymbol(index: Int, symbol: String)
  case array([AvroDatum])
  /// Entries in payload order.
  case map([(key: String, value: AvroDatum)])
  /// The branch index in the writer's union and the value. The only case that holds a datum
  /// directly, so the only one boxed (the others keep theirs in arrays).
  indirect case union(branch: Int, value: AvroDatum)
  case fixed([UInt8])

  public static func == (lhs: AvroDatum, rhs: AvroDatum) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.boolean(let a), .boolean(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.long(let a), .long(let b)): a == b
    case (.float(let a), .float(let b)): a == b || (a.isNaN && b.isNaN)
    case (.double(let a), .double(let b)): a == b || (a.isNaN && b.isNaN)
    case (.bytes(let a), .bytes(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.record(let n1, let f1), .record(let n2, let f2)): n1 == n2 && f1 == f2
    case (.enumSymbol(let i1, let s1), .enumSymbol(let i2, let s2)): i1 == i2 && s1 == s2
    case (.array(let a), .array(let b)): a == b
    case (.map(let a), .map(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.union(let i1, let v1), .union(let i2, let v2)): i1 == i2 && v1 == v2
    case (.fixed(let a), .fixed(let b)): a == b
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .boolean(let value): hasher.combine(value)
    case .int(let value): hasher.combine(value)
    case .long(let value): hasher.combine(value)
    case .float(let value): hasher.combine(value.isNaN ? 0 : value)
    case .double(let value): hasher.combine(value.isNaN ? 0 : value)
    case .bytes(let value), .fixed(let value): hasher.combine(value)
    case .string(let value): hasher.combine(value)
    case .record(let name, let fields):
      hasher.combine(name)
      hasher.combine(fields)
    case .enumSymbol(let index, _): hasher.combine(index)
    case .array(let items): hasher.combine(items)
    case .map(let entries): hasher.combine(entries.count)
    case .union(let branch, let value):
      hasher.combine(branch)
      hasher.combine(value)
    }
  }
}
