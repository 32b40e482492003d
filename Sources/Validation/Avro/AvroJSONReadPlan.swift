import SchemaModel

/// The schema graph laid out for the JSON reader's hot path: one small entry per node, records
/// and enums behind one reference each, so that reading a value retains as little as possible.
struct AvroJSONReadPlan: Sendable {
  enum Shape: Sendable {
    case null, boolean, int, long, float, double, string, bytes
    case fixed(size: Int)
    case enumeration(EnumLayout)
    case record(RecordLayout)
    case array(items: Int)
    case map(values: Int)
    case union(branches: [Int])
  }

  struct Step: Sendable {
    var shape: Shape
    /// Whether the node carries a logical type to check or to read from plain spellings.
    var hasLogicalType: Bool
  }

  final class RecordLayout: Sendable {
    let name: QualifiedName
    let names: [String]
    let types: [Int]
    let fieldIndex: [String: Int]

    init(_ record: AvroSchemaGraph.Record, isolated: Bool) {
      name = record.name
      names = record.fields.map { isolated ? fresh($0.name) : $0.name }
      types = record.fields.map(\.type)
      fieldIndex = isolated ? freshKeys(record.fieldIndex) : record.fieldIndex
    }
  }

  final class EnumLayout: Sendable {
    let name: QualifiedName
    let symbols: [String]
    let symbolIndex: [String: Int]

    init(_ enumeration: AvroSchemaGraph.Enumeration, isolated: Bool) {
      name = enumeration.name
      symbols = isolated ? enumeration.symbols.map(fresh) : enumeration.symbols
      symbolIndex = isolated ? freshKeys(enumeration.symbolIndex) : enumeration.symbolIndex
    }
  }

  let steps: [Step]
  /// Each node's name as a union branch of the Avro JSON encoding.
  let branchNames: [String]

  /// With `isolated`, every string and table is a copy of its own, so that threads reading with
  /// different plans never touch the same reference counts.
  init(_ graph: AvroSchemaGraph, isolated: Bool = false) {
    branchNames = graph.nodes.map { isolated ? fresh($0.branchName) : $0.branchName }
    steps = graph.nodes.map { node in
      let shape: Shape =
        switch node.kind {
        case .null: .null
        case .boolean: .boolean
        case .int: .int
        case .long: .long
        case .float: .float
        case .double: .double
        case .string: .string
        case .bytes: .bytes
        case .fixed(let fixed): .fixed(size: fixed.size)
        case .enumeration(let enumeration):
          .enumeration(EnumLayout(enumeration, isolated: isolated))
        case .record(let record): .record(RecordLayout(record, isolated: isolated))
        case .array(let items): .array(items: items)
        case .map(let values): .map(values: values)
        case .union(let branches): .union(branches: branches)
        }
      return Step(shape: shape, hasLogicalType: node.logicalType != nil)
    }
  }
}

/// A copy of `string` in storage of its own.
private func fresh(_ string: String) -> String {
  String(decoding: Array(string.utf8), as: UTF8.self)
}

private func freshKeys(_ table: [String: Int]) -> [String: Int] {
  var copy: [String: Int] = [:]
  copy.reserveCapacity(table.count)
  for (key, value) in table { copy[fresh(key)] = value }
  return copy
}
