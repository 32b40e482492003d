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

    init(_ record: AvroSchemaGraph.Record) {
      name = record.name
      names = record.fields.map(\.name)
      types = record.fields.map(\.type)
      fieldIndex = record.fieldIndex
    }
  }

  final class EnumLayout: Sendable {
    let name: QualifiedName
    let symbols: [String]
    let symbolIndex: [String: Int]

    init(_ enumeration: AvroSchemaGraph.Enumeration) {
      name = enumeration.name
      symbols = enumeration.symbols
      symbolIndex = enumeration.symbolIndex
    }
  }

  let steps: [Step]
  /// Each node's name as a union branch of the Avro JSON encoding.
  let branchNames: [String]

  init(_ graph: AvroSchemaGraph) {
    branchNames = graph.nodes.map(\.branchName)
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
        case .enumeration(let enumeration): .enumeration(EnumLayout(enumeration))
        case .record(let record): .record(RecordLayout(record))
        case .array(let items): .array(items: items)
        case .map(let values): .map(values: values)
        case .union(let branches): .union(branches: branches)
        }
      return Step(shape: shape, hasLogicalType: node.logicalType != nil)
    }
  }
}
