import SchemaModel

/// Types written the way users read them: `long (timestamp-millis)`, `decimal(9,2)`,
/// `null | string`, `array<OrderLine>`, `enum Status`, `google.protobuf.Timestamp`.
struct FieldTypeNames {
  let document: SchemaDocument
  let types: TypeTable
  private let local: [String: TypeNode]

  /// Enum symbols listed in a constraint, beyond which the rest are counted.
  static let symbolLimit = 30
  /// Bounds the walk through nested arrays, maps and unions of one field type.
  static let nestingLimit = 16

  init(document: SchemaDocument, types: TypeTable) {
    self.document = document
    self.types = types
    var local: [String: TypeNode] = [:]
    for node in document.namedTypes {
      if let name = node.qualifiedName?.fullName, local[name] == nil { local[name] = node }
    }
    self.local = local
  }

  /// The definition a reference points to; the node itself when it is not a reference or the
  /// definition is unknown.
  func resolve(_ node: TypeNode) -> TypeNode {
    guard case .reference(let name) = node.kind else { return node }
    return local[name.fullName] ?? types[name.fullName] ?? node
  }

  func display(_ node: TypeNode, presence: FieldPresence) -> String {
    let shown = display(node, level: 0)
    if document.format == .protobuf, presence == .repeated {
      if case .map = node.kind { return shown }
      return "repeated \(shown)"
    }
    return shown
  }

  private func display(_ node: TypeNode, level: Int) -> String {
    guard level < Self.nestingLimit else { return "…" }
    switch node.kind {
    case .primitive(let primitive): return primitiveName(primitive, logical: node.logicalType)
    case .record(let record): return recordName(record.name)
    case .enumeration(let enumeration): return enumName(enumeration.name)
    case .fixed(let fixed):
      if let logical = node.logicalType, logical.name == "decimal" { return logical.description }
      return "fixed \(shortName(fixed.name))"
    case .reference(let name):
      let resolved = resolve(node)
      switch resolved.kind {
      case .enumeration: return enumName(name)
      case .fixed: return "fixed \(shortName(name))"
      default: return recordName(name)
      }
    case .array(let items): return "array<\(display(items, level: level + 1))>"
    case .map(let values):
      let key = node.properties.first { $0.key == "keyType" }?.value.stringValue ?? "string"
      return "map<\(key), \(display(values, level: level + 1))>"
    case .union(let branches):
      return branches.map { display($0, level: level + 1) }.joined(separator: " | ")
    case .any: return "any"
    }
  }

  private func primitiveName(_ primitive: PrimitiveType, logical: LogicalType?) -> String {
    var base = primitive.rawValue
    // JSON Schema's own words for the model's numbers.
    if document.format == .jsonSchema {
      if primitive == .long { base = "integer" }
      if primitive == .double { base = "number" }
    }
    guard let logical else { return base }
    // Protobuf keeps its scalar name (`int32`, `fixed64`) as the logical type.
    if document.format == .protobuf { return logical.name }
    if logical.name == "decimal" { return logical.description }
    return "\(base) (\(logical.description))"
  }

  /// Protobuf's well-known types are shown by name, never expanded.
  static func isWellKnown(_ fullName: String) -> Bool { fullName.hasPrefix("google.protobuf.") }

  /// `enum Status`; a JSON Schema enum written inline has no name of its own, so just `enum`.
  private func enumName(_ name: QualifiedName) -> String {
    if document.format == .jsonSchema, name.fullName.contains(".") { return "enum" }
    return "enum \(shortName(name))"
  }

  /// A JSON Schema object written inline has no name of its own either: `object`.
  private func recordName(_ name: QualifiedName) -> String {
    if document.format == .jsonSchema, name.fullName.contains(".") { return "object" }
    return shortName(name)
  }

  /// A name relative to the document's namespace or package: `OrderLine`,
  /// `OrderEvent.Placed`, `google.protobuf.Timestamp`.
  func shortName(_ name: QualifiedName) -> String {
    let full = name.fullName
    guard let namespace = document.namespace, !namespace.isEmpty,
      full.hasPrefix(namespace + ".")
    else { return full }
    return String(full.dropFirst(namespace.count + 1))
  }

  /// The named records a field type carries, through arrays, maps and unions.
  func records(in node: TypeNode, level: Int = 0) -> [RecordType] {
    guard level < Self.nestingLimit else { return [] }
    switch resolve(node).kind {
    case .record(let record): return [record]
    case .array(let items): return records(in: items, level: level + 1)
    case .map(let values): return records(in: values, level: level + 1)
    case .union(let branches): return branches.flatMap { records(in: $0, level: level + 1) }
    default: return []
    }
  }

  /// Enum symbols and fixed sizes of the types a field carries.
  func typeConstraints(_ node: TypeNode, level: Int = 0) -> [String] {
    guard level < Self.nestingLimit else { return [] }
    let resolved = resolve(node)
    switch resolved.kind {
    case .enumeration(let enumeration):
      var out = [symbolList(enumeration.symbols)]
      if let fallback = enumeration.defaultSymbol { out.append("default symbol \(fallback)") }
      return out
    case .fixed(let fixed): return ["size \(fixed.size)"]
    case .array(let items): return typeConstraints(items, level: level + 1)
    case .map(let values): return typeConstraints(values, level: level + 1)
    case .union(let branches):
      return branches.flatMap { typeConstraints($0, level: level + 1) }
    default: return []
    }
  }

  private func symbolList(_ symbols: [EnumSymbol]) -> String {
    let shown = symbols.prefix(Self.symbolLimit).map(\.name).joined(separator: ", ")
    let rest = symbols.count - Self.symbolLimit
    return "symbols: " + shown + (rest > 0 ? ", … (\(rest) more)" : "")
  }
}
