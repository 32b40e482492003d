import SchemaModel

/// Writes a built Avro type tree back as compact text: the Parsing Canonical Form, or, with
/// metadata, a signature that also covers what Java's `Schema.equals` compares (defaults, order,
/// logical types, custom properties) but not docs, aliases or positions.
struct AvroSchemaWriter {
  let includesMetadata: Bool
  private(set) var output = ""

  init(includesMetadata: Bool) { self.includesMetadata = includesMetadata }

  /// The signature of a named type definition: two definitions of one full name with the same
  /// signature are the same type, which Java 1.12 lets a schema (or a set of files) repeat.
  static func signature(of node: TypeNode) -> String {
    var writer = AvroSchemaWriter(includesMetadata: true)
    _ = writer.write(node)
    return writer.output
  }

  /// Appends `node`; false when it meets a placeholder for a part that did not parse.
  mutating func write(_ node: TypeNode) -> Bool {
    guard writeKind(node) else { return false }
    if includesMetadata, node.logicalType != nil || !node.properties.isEmpty {
      // Not JSON: a signature only has to tell different definitions apart.
      output += "@{"
      writeMetadata(of: node)
      output += "}"
    }
    return true
  }

  private mutating func writeKind(_ node: TypeNode) -> Bool {
    switch node.kind {
    case .primitive(let primitive):
      output += Self.quoted(primitive.rawValue)
    case .reference(let name):
      output += Self.quoted(name.fullName)
    case .record(let record):
      output += #"{"name":\#(Self.quoted(record.name.fullName)),"type":"record","fields":["#
      for (index, field) in record.fields.enumerated() {
        if index > 0 { output += "," }
        output += #"{"name":\#(Self.quoted(field.name)),"type":"#
        guard write(field.type) else { return false }
        if includesMetadata { writeFieldMetadata(field) }
        output += "}"
      }
      output += "]}"
    case .enumeration(let enumeration):
      let symbols = enumeration.symbols.map { Self.quoted($0.name) }.joined(separator: ",")
      output +=
        #"{"name":\#(Self.quoted(enumeration.name.fullName)),"type":"enum","symbols":[\#(symbols)]"#
      if includesMetadata, let symbol = enumeration.defaultSymbol {
        output += #","default":\#(Self.quoted(symbol))"#
      }
      output += "}"
    case .fixed(let fixed):
      output +=
        #"{"name":\#(Self.quoted(fixed.name.fullName)),"type":"fixed","size":\#(fixed.size)}"#
    case .array(let items):
      output += #"{"type":"array","items":"#
      guard write(items) else { return false }
      output += "}"
    case .map(let values):
      output += #"{"type":"map","values":"#
      guard write(values) else { return false }
      output += "}"
    case .union(let branches):
      output += "["
      for (index, branch) in branches.enumerated() {
        if index > 0 { output += "," }
        guard write(branch) else { return false }
      }
      output += "]"
    case .any:
      return false
    }
    return true
  }

  private mutating func writeMetadata(of node: TypeNode) {
    if let logicalType = node.logicalType {
      output += #","logicalType":\#(Self.quoted(logicalType.description))"#
    }
    for property in node.properties {
      output += ",\(Self.quoted(property.key)):"
      writeJSON(property.value)
    }
  }

  private mutating func writeFieldMetadata(_ field: Field) {
    if let defaultValue = field.defaultValue {
      output += #","default":"#
      writeJSON(defaultValue)
    }
    if let order = field.order, order != .ascending {
      output += #","order":\#(Self.quoted(order.rawValue))"#
    }
    for property in field.properties {
      output += ",\(Self.quoted(property.key)):"
      writeJSON(property.value)
    }
  }

  /// Compact JSON without positions. The reader bounds JSON depth, which bounds this recursion.
  private mutating func writeJSON(_ value: JSONValue) {
    switch value.kind {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += number.text
    case .string(let text): output += Self.quoted(text)
    case .array(let elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        writeJSON(element)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += "," }
        output += "\(Self.quoted(member.key)):"
        writeJSON(member.value)
      }
      output += "}"
    }
  }

  /// A JSON string literal: characters as themselves (the spec's [STRINGS] step), escaping only
  /// what JSON requires. Valid Avro names never need escaping; this keeps odd input well-formed.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
