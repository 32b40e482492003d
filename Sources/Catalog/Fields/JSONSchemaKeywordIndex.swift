import SchemaModel

/// The validation keywords of a JSON Schema (`maxLength`, `pattern`, `minimum`, ...) by the
/// position of the schema object that holds them. The model's projection keeps shapes only, so
/// the field table finds a field's keywords by the position its type node was read from.
struct JSONSchemaKeywordIndex {
  /// Keywords shown as constraints, in this order.
  static let keywords = [
    "const", "minLength", "maxLength", "pattern", "minimum", "exclusiveMinimum", "maximum",
    "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties",
    "maxProperties", "contentEncoding", "contentMediaType", "readOnly", "writeOnly",
  ]
  static let depthLimit = 128

  private var path = ""
  private var byPosition: [TextPosition: [JSONMember]] = [:]

  init() {}

  init(_ schema: JSONValue, path: String) {
    self.path = path
    collect(schema, depth: 0)
  }

  private mutating func collect(_ value: JSONValue, depth: Int) {
    guard depth < Self.depthLimit else { return }
    switch value.kind {
    case .object(let members):
      let found = members.filter { Self.keywords.contains($0.key) }
      if !found.isEmpty { byPosition[value.position] = found }
      for member in members where !Self.literalKeywords.contains(member.key) {
        collect(member.value, depth: depth + 1)
      }
    case .array(let elements):
      for element in elements { collect(element, depth: depth + 1) }
    default: return
    }
  }

  /// Keywords whose values are data, not schemas.
  private static let literalKeywords: Set<String> = [
    "const", "enum", "default", "examples", "example",
  ]

  /// Constraints in words (`maxLength 254`), from the node's own properties and the schema
  /// object it was read from.
  func constraints(of node: TypeNode) -> [String] {
    var members = node.properties.filter { Self.keywords.contains($0.key) }
    if let location = node.location, location.file == path,
      let found = byPosition[TextPosition(line: location.line, column: location.column)]
    {
      members += found.filter { member in !members.contains { $0.key == member.key } }
    }
    return Self.keywords.flatMap { keyword in
      members.filter { $0.key == keyword }.map { "\(keyword) \(text($0.value))" }
    }
  }

  private func text(_ value: JSONValue) -> String {
    if let string = value.stringValue { return string }
    return JSONText.render(value)
  }
}
