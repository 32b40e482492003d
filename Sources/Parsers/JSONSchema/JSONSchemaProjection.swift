import SchemaModel

/// Projects a JSON Schema into the common model for the catalog, lint and `inspect`: objects
/// with `properties` as records (required or optional fields), string `enum`s as enums, arrays,
/// maps from `additionalProperties`, `oneOf`/`anyOf` and type lists as unions, local `$ref`s as
/// references to the named `$defs`. What has no such shape (conditionals, `not`, `allOf` of
/// several schemas) becomes `any`; the validator and the compatibility rules use the keyword
/// tree itself, never this projection.
public struct JSONSchemaProjection {
  /// Deeper schemas become `any`, so a hostile file cannot exhaust the stack.
  public static let depthLimit = 128

  let path: String
  private(set) var namedTypes: [TypeNode] = []
  private var usedNames: Set<String> = []
  private(set) var externalReferences: [QualifiedName] = []

  /// The document: the root type plus every named record and enum in definition order.
  public static func project(_ schema: JSONValue, path: String) -> SchemaDocument {
    var projection = JSONSchemaProjection(path: path)
    let rootName = schema["title"]?.stringValue.map(typeName) ?? baseName(of: path)
    for definitions in ["$defs", "definitions"] {
      for member in schema[definitions]?.members ?? [] {
        _ = projection.node(member.value, name: typeName(member.key), depth: 1)
      }
    }
    let root = projection.node(schema, name: rootName, depth: 0)
    return SchemaDocument(
      format: .jsonSchema, path: path, root: root, namedTypes: projection.namedTypes,
      externalReferences: projection.externalReferences)
  }

  mutating func node(_ schema: JSONValue, name: String, depth: Int) -> TypeNode {
    let location = SourceLocation(file: path, position: schema.position)
    guard depth <= Self.depthLimit, schema.members != nil else {
      return TypeNode(.any, location: location)
    }
    if let reference = schema["$ref"]?.stringValue {
      return TypeNode(.reference(referenceName(reference)), location: location)
    }
    if let symbols = schema["enum"]?.elements, symbols.allSatisfy({ $0.stringValue != nil }) {
      return named(enumeration(schema, symbols: symbols, name: name), location: location)
    }
    for keyword in ["oneOf", "anyOf"] {
      if let branches = schema[keyword]?.elements {
        let nodes = branches.enumerated().map { index, branch in
          node(branch, name: "\(name)\(index + 1)", depth: depth + 1)
        }
        return TypeNode(.union(nodes), location: location)
      }
    }
    if let all = schema["allOf"]?.elements, all.count == 1 {
      return node(all[0], name: name, depth: depth + 1)
    }
    let types = typeNames(schema)
    if types.count > 1 {
      let nodes = types.map { typed(schema, type: $0, name: name, depth: depth, at: location) }
      return TypeNode(.union(nodes), location: location)
    }
    return typed(schema, type: types.first, name: name, depth: depth, at: location)
  }

  private mutating func typed(
    _ schema: JSONValue, type: String?, name: String, depth: Int, at location: SourceLocation
  ) -> TypeNode {
    let logical = schema["format"]?.stringValue.map { LogicalType(name: $0) }
    switch type ?? inferredType(schema) {
    case "string": return TypeNode(.primitive(.string), logicalType: logical, location: location)
    case "integer": return TypeNode(.primitive(.long), logicalType: logical, location: location)
    case "number": return TypeNode(.primitive(.double), logicalType: logical, location: location)
    case "boolean": return TypeNode(.primitive(.boolean), location: location)
    case "null": return TypeNode(.primitive(.null), location: location)
    case "array":
      let items = schema["items"].map { node($0, name: name + "Item", depth: depth + 1) }
      return TypeNode(.array(items: items ?? TypeNode(.any)), location: location)
    case "object":
      if schema["properties"] == nil, let values = schema["additionalProperties"],
        values.members != nil
      {
        return TypeNode(
          .map(values: node(values, name: name + "Value", depth: depth + 1)), location: location)
      }
      // The record is listed before the types nested in it, in the order a reader meets them.
      let slot = namedTypes.count
      namedTypes.append(TypeNode(.any))
      let definition = TypeNode(record(schema, name: name, depth: depth), location: location)
      namedTypes[slot] = definition
      return definition
    default: return TypeNode(.any, logicalType: logical, location: location)
    }
  }

  private func typeNames(_ schema: JSONValue) -> [String] {
    if let single = schema["type"]?.stringValue { return [single] }
    return schema["type"]?.elements?.compactMap(\.stringValue) ?? []
  }

  private func inferredType(_ schema: JSONValue) -> String? {
    if schema["properties"] != nil || schema["required"] != nil { return "object" }
    if schema["items"] != nil || schema["prefixItems"] != nil { return "array" }
    return nil
  }

  private mutating func record(_ schema: JSONValue, name: String, depth: Int) -> TypeNode.Kind {
    let required = Set(schema["required"]?.elements?.compactMap(\.stringValue) ?? [])
    var fields: [Field] = []
    for member in schema["properties"]?.members ?? [] {
      let fieldName = name + "." + member.key
      fields.append(
        Field(
          name: member.key,
          type: node(member.value, name: Self.typeName(fieldName), depth: depth + 1),
          presence: required.contains(member.key) ? .required : .optional,
          defaultValue: member.value["default"],
          doc: member.value["description"]?.stringValue,
          deprecated: member.value["deprecated"]?.kind == .bool(true),
          location: SourceLocation(file: path, position: member.keyPosition)))
    }
    return .record(
      RecordType(
        name: QualifiedName(name: unique(name)), doc: schema["description"]?.stringValue,
        fields: fields))
  }

  private mutating func enumeration(_ schema: JSONValue, symbols: [JSONValue], name: String)
    -> TypeNode.Kind
  {
    .enumeration(
      EnumType(
        name: QualifiedName(name: unique(name)), doc: schema["description"]?.stringValue,
        symbols: symbols.map {
          EnumSymbol(
            name: $0.stringValue ?? "", location: SourceLocation(file: path, position: $0.position))
        }))
  }

  /// Lists a record or enum among the document's named types, where the catalog finds them.
  private mutating func named(_ kind: TypeNode.Kind, location: SourceLocation) -> TypeNode {
    let definition = TypeNode(kind, location: location)
    namedTypes.append(definition)
    return definition
  }

  private mutating func unique(_ name: String) -> String {
    var candidate = name
    var suffix = 2
    while usedNames.contains(candidate) {
      candidate = "\(name)\(suffix)"
      suffix += 1
    }
    usedNames.insert(candidate)
    return candidate
  }

  private mutating func referenceName(_ reference: String) -> QualifiedName {
    for prefix in ["#/$defs/", "#/definitions/"] where reference.hasPrefix(prefix) {
      return QualifiedName(name: Self.typeName(String(reference.dropFirst(prefix.count))))
    }
    let name = QualifiedName(name: reference)
    if !reference.hasPrefix("#"), !externalReferences.contains(name) {
      externalReferences.append(name)
    }
    return name
  }

  /// A type name from a title, key or file name: JSON Pointer escapes undone, spaces removed.
  static func typeName(_ text: String) -> String {
    // The common case, one word without pointer escapes: only the first letter changes, and
    // `replacing`/`split` would cost more than the rest of the projection.
    if let first = text.utf8.first, first < 0x80,
      !text.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: " ") })
    {
      guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return text }
      return String(decoding: [first - 0x20], as: UTF8.self) + text.dropFirst()
    }
    let unescaped = text.replacing("~1", with: "/").replacing("~0", with: "~")
    return unescaped.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined()
  }

  static func baseName(of path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    let stem = file.split(separator: ".").first.map(String.init) ?? file
    return stem.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}
