import SchemaModel

/// Walks a document's root record depth first and collects one row per field.
struct FieldFlattener {
  let document: SchemaDocument
  let names: FieldTypeNames
  let keywords: JSONSchemaKeywordIndex
  /// Where each named record was expanded (its path; empty for the root).
  private var expanded: [String: String] = [:]
  private(set) var rows: [CatalogField] = []

  init(document: SchemaDocument, types: TypeTable, keywords: JSONSchemaKeywordIndex) {
    self.document = document
    self.names = FieldTypeNames(document: document, types: types)
    self.keywords = keywords
  }

  mutating func rows(root: TypeNode) -> [CatalogField] {
    let resolved = names.resolve(root)
    guard case .record(let record) = resolved.kind else {
      let row = CatalogField(
        path: "(value)", depth: 0, type: names.display(root, presence: .required),
        required: true, constraints: constraints(of: root, field: nil))
      return [row]
    }
    expanded[record.name.fullName] = ""
    walk(record.fields, prefix: "", depth: 0)
    return rows
  }

  private mutating func walk(_ fields: [Field], prefix: String, depth: Int) {
    for field in fields {
      let path = prefix + field.name
      var constraints = constraints(of: field.type, field: field)
      let records = names.records(in: field.type)
      for record in records where !FieldTypeNames.isWellKnown(record.name.fullName) {
        if let earlier = expanded[record.name.fullName] {
          constraints.append(
            earlier.isEmpty ? "fields: see the top level" : "fields: see \(earlier)")
        }
      }
      rows.append(
        CatalogField(
          path: path, depth: depth, type: names.display(field.type, presence: field.presence),
          required: required(field), defaultValue: field.defaultValue.map(JSONText.render),
          constraints: constraints, doc: field.doc.flatMap(Self.trimmedDoc),
          deprecated: field.deprecated))
      guard depth + 1 < CatalogFieldTable.depthLimit else { continue }
      var childPath = path
      if document.format == .protobuf, field.presence == .repeated {
        if case .map = field.type.kind {} else { childPath += "[]" }
      }
      expandChildren(field.type, path: childPath, depth: depth + 1)
    }
  }

  /// Rows for the fields of records nested in `node` (through arrays, maps and unions) that
  /// were not expanded before.
  private mutating func expandChildren(_ node: TypeNode, path: String, depth: Int) {
    let resolved = names.resolve(node)
    switch resolved.kind {
    case .record(let record):
      let name = record.name.fullName
      guard expanded[name] == nil, !FieldTypeNames.isWellKnown(name) else { return }
      expanded[name] = path
      walk(record.fields, prefix: path + ".", depth: depth)
    case .array(let items): expandChildren(items, path: path + "[]", depth: depth)
    case .map(let values): expandChildren(values, path: path + "{}", depth: depth)
    case .union(let branches):
      for branch in branches { expandChildren(branch, path: path, depth: depth) }
    default: return
    }
  }

  /// Documentation without the blank margins comments leave (`// Text` keeps a leading space).
  static func trimmedDoc(_ doc: String) -> String? {
    let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingPrefix(" ") }
    let text = lines.joined(separator: "\n")
    let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
    return trimmed.isEmpty ? nil : String(trimmed)
  }

  private func required(_ field: Field) -> Bool {
    switch document.format {
    case .avro: field.defaultValue == nil
    default: field.presence == .required
    }
  }

  private func constraints(of node: TypeNode, field: Field?) -> [String] {
    var out: [String] = []
    if let number = field?.number { out.append("field number \(number)") }
    // Protobuf's JSON mapping renames fields; payload writers need that name.
    if let field, let jsonName = field.jsonName, jsonName != field.name {
      out.append("JSON name \(jsonName)")
    }
    if let oneof = field?.properties.first(where: { $0.key == "oneof" })?.value.stringValue {
      out.append("oneof \(oneof)")
    }
    if let aliases = field?.aliases, !aliases.isEmpty {
      out.append("aliases: " + aliases.joined(separator: ", "))
    }
    out += names.typeConstraints(node)
    out += keywords.constraints(of: node)
    return out
  }
}
