import SchemaModel

/// Walks and rewrites the reference nodes of a built Avro type tree.
///
/// Trees come from `AvroSchemaBuilder`, whose depth limit bounds this recursion too.
enum AvroTypeTree {
  /// Calls `visit` for every reference node, in source order, with its schema path
  /// (`/fields/0/type/1`).
  static func forEachReference(
    in node: TypeNode, _ visit: (QualifiedName, TypeNode, String) -> Void
  ) {
    forEachReference(in: node, path: "", visit)
  }

  private static func forEachReference(
    in node: TypeNode, path: String, _ visit: (QualifiedName, TypeNode, String) -> Void
  ) {
    switch node.kind {
    case .reference(let name):
      visit(name, node, path.isEmpty ? "/" : path)
    case .record(let record):
      for (index, field) in record.fields.enumerated() {
        forEachReference(in: field.type, path: "\(path)/fields/\(index)/type", visit)
      }
    case .array(let items):
      forEachReference(in: items, path: "\(path)/items", visit)
    case .map(let values):
      forEachReference(in: values, path: "\(path)/values", visit)
    case .union(let branches):
      for (index, branch) in branches.enumerated() {
        forEachReference(in: branch, path: "\(path)/\(index)", visit)
      }
    case .primitive, .enumeration, .fixed, .any:
      break
    }
  }

  /// A copy where every reference node for which `rename` returns a name points to that name.
  static func renamingReferences(
    in node: TypeNode, _ rename: (QualifiedName, TypeNode) -> QualifiedName?
  ) -> TypeNode {
    var copy = node
    switch node.kind {
    case .reference(let name):
      if let newName = rename(name, node) { copy.kind = .reference(newName) }
    case .record(var record):
      for index in record.fields.indices {
        record.fields[index].type = renamingReferences(in: record.fields[index].type, rename)
      }
      copy.kind = .record(record)
    case .array(let items):
      copy.kind = .array(items: renamingReferences(in: items, rename))
    case .map(let values):
      copy.kind = .map(values: renamingReferences(in: values, rename))
    case .union(let branches):
      copy.kind = .union(branches.map { renamingReferences(in: $0, rename) })
    case .primitive, .enumeration, .fixed, .any:
      break
    }
    return copy
  }

  /// Applies `renamingReferences` to the root and to every named type of a document.
  static func renamingReferences(
    in document: SchemaDocument, _ rename: (QualifiedName, TypeNode) -> QualifiedName?
  ) -> SchemaDocument {
    var copy = document
    copy.root = document.root.map { renamingReferences(in: $0, rename) }
    copy.namedTypes = document.namedTypes.map { renamingReferences(in: $0, rename) }
    return copy
  }
}
