import SchemaModel

/// Walks a decoded datum with its schema and checks every value whose node has a logical type
/// (decimal precision, uuid form, time ranges) with the checks the JSON readers use.
enum AvroLogicalTypeWalk {
  /// Every logical-type problem in `datum`, read as `graph` describes it.
  static func check(_ datum: AvroDatum, graph: AvroSchemaGraph) -> [PayloadError] {
    guard graph.nodes.contains(where: { $0.logicalType != nil }) else { return [] }
    var walk = Walk(graph: graph)
    walk.visit(datum, node: graph.root)
    return walk.errors
  }

  private struct Walk {
    let graph: AvroSchemaGraph
    /// Root first; rendered only for a problem.
    var path: [AvroPathToken] = []
    /// The innermost record and field, rendered only for a problem.
    var field: (record: QualifiedName, name: String)?
    var errors: [PayloadError] = []

    init(graph: AvroSchemaGraph) { self.graph = graph }

    mutating func visit(_ datum: AvroDatum, node index: Int) {
      let node = graph[index]
      if let logicalType = node.logicalType,
        let problem = AvroLogicalValueCheck.problem(datum, logicalType)
      {
        let schemaLocation =
          field.map { $0.record.fullName + "." + $0.name }
          ?? AvroBinaryDecoder.rootElement(graph)
        errors.append(
          PayloadError(
            ruleID: problem.rule, instanceLocation: AvroPathToken.pointer(rootFirst: path),
            schemaLocation: schemaLocation, message: problem.message))
      }
      switch (node.kind, datum) {
      case (.record(let record), .record(_, let fields)):
        let saved = field
        for (recordField, value) in zip(record.fields, fields) {
          path.append(.field(recordField.name))
          field = (record.name, recordField.name)
          visit(value, node: recordField.type)
          path.removeLast()
        }
        field = saved
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
  }
}
