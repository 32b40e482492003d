import Parsers
import SchemaModel

/// A record of a document with the node that defines it.
struct DefinedRecord {
  var node: TypeNode
  var record: RecordType
}

/// A type name the author of a JSON Schema wrote: the root's `title` (when it is one word) or
/// a `$defs`/`definitions` key, with the schema it names.
struct JSONSchemaAuthoredName {
  var name: String
  /// Where the name is written (the key or the title's value).
  var position: TextPosition
  var schema: JSONValue
}

extension SchemaDocument {
  /// Every record the document defines, in definition order.
  var records: [DefinedRecord] {
    namedTypes.compactMap { node in
      guard case .record(let record) = node.kind else { return nil }
      return DefinedRecord(node: node, record: record)
    }
  }
}

extension JSONSchemaFile {
  /// The names of records and enums the author wrote. The projection synthesizes names for
  /// nested objects (`Order.customer`) and changes keys (`address` → `Address`); those are not
  /// the author's and are never checked.
  var authoredTypeNames: [JSONSchemaAuthoredName] {
    guard let schema else { return [] }
    var names: [JSONSchemaAuthoredName] = []
    if let title = schema["title"], let text = title.stringValue,
      !text.contains(where: \.isWhitespace), Self.isNamedShape(schema)
    {
      names.append(JSONSchemaAuthoredName(name: text, position: title.position, schema: schema))
    }
    for keyword in ["$defs", "definitions"] {
      for member in schema[keyword]?.members ?? [] where Self.isNamedShape(member.value) {
        names.append(
          JSONSchemaAuthoredName(
            name: member.key, position: member.keyPosition, schema: member.value))
      }
    }
    return names
  }

  /// True for schemas the projection turns into a record or an enum: what a code generator
  /// names after the author's key or title.
  static func isNamedShape(_ schema: JSONValue) -> Bool {
    if schema["$ref"] != nil { return false }
    if schema["properties"] != nil || schema["type"]?.stringValue == "object" { return true }
    return schema["enum"]?.elements?.allSatisfy { $0.stringValue != nil } == true
  }
}

extension TypeNode {
  /// This node and every node under it, not entering named definitions (each is listed on its
  /// own among the document's named types).
  var nodesOutsideDefinitions: [TypeNode] {
    var nodes: [TypeNode] = []
    var pending = [self]
    while let node = pending.popLast() {
      nodes.append(node)
      switch node.kind {
      case .array(let items): pending.append(items)
      case .map(let values): pending.append(values)
      case .union(let branches): pending.append(contentsOf: branches.reversed())
      default: break
      }
    }
    return nodes
  }
}

extension SchemaDocument {
  /// Every type node written in the document: the root, the named types, their fields' types.
  var allTypeNodes: [TypeNode] {
    var nodes = root.map { $0.nodesOutsideDefinitions } ?? []
    for node in namedTypes {
      nodes.append(node)
      if case .record(let record) = node.kind {
        for field in record.fields {
          nodes += field.type.nodesOutsideDefinitions.filter { $0.qualifiedName == nil }
        }
      }
    }
    return nodes
  }
}
