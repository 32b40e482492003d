/// Walks a decoded datum with its schema and checks every value whose node has a logical type
/// (decimal precision and scale, uuid format, date ranges).
enum AvroLogicalTypeWalk {
  /// Every logical-type problem in `datum`, read as `graph` describes it.
  static func check(_ datum: AvroDatum, graph: AvroSchemaGraph) -> [PayloadError] {
    guard graph.nodes.contains(where: { $0.logicalType != nil }) else { return [] }
    var walk = Walk(graph: graph, schemaLocation: AvroBinaryDecoder.rootElement(graph))
    walk.visit(datum, node: graph.root)
    return walk.errors
  }

  private struct Walk {
    let graph: AvroSchemaGraph
    var path: [AvroPathToken] = []
    var schemaLocation: String
    var errors: [PayloadError] = []

    init(graph: AvroSchemaGraph, schemaLocation: String) {
      self.graph = graph
      self.schemaLocation = schemaLocation
    }

    mutating func visit(_ datum: AvroDatum, node index: Int) {
      let node = graph[index]
      if node.logicalType != nil,
        let error = logicalProblem(
          datum, node: node, instanceLocation: AvroPathToken.pointer(rootFirst: path),
          schemaLocation: schemaLocation)
      {
        errors.append(error)
      }
      switch (node.kind, datum) {
      case (.record(let record), .record(_, let fields)):
        let saved = schemaLocation
        for (field, value) in zip(record.fields, fields) {
          path.append(.field(field.name))
          schemaLocation = record.name.fullName + "." + field.name
          visit(value, node: field.type)
          path.removeLast()
        }
        schemaLocation = saved
      case (.array(let items), .array(let values)):
        for (offset, value) in values.enumerated() {
          path.append(.index(offset))
          visit(value, node: items)
          path.removeLast()
        }
      case (.map(let valueType), .map(let entries)):
        for entry in entries {
          path.append(.key(entry.key))
          visit(entry.value, node: valueType)
          path.removeLast()
        }
      case (.union(let branches), .union(let branch, let value)) where branch < branches.count:
        visit(value, node: branches[branch])
      default:
        break
      }
    }

    /// MERGE POINT (avro-json): call `AvroLogicalValueCheck.check(_:node:instanceLocation:
    /// schemaLocation:)` here once branch avro-json is merged.
    func logicalProblem(
      _ datum: AvroDatum, node: AvroSchemaGraph.Node, instanceLocation: String,
      schemaLocation: String
    ) -> PayloadError? {
      nil
    }
  }
}
