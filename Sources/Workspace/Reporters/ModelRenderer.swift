import SchemaModel

/// Renders one parsed document in the unified model for `schemacheck inspect`.
public enum ModelRenderer {
  public static let formatVersion = 1

  // MARK: JSON

  /// Named types with kind and full name, fields with name, type, default, doc and location,
  /// and the document's diagnostics.
  public static func json(_ document: SchemaDocument) -> String {
    JSONOutput.object([
      .init("version", .int(formatVersion)),
      .init("format", .string(document.format.rawValue)),
      .init("path", .string(document.path)),
      .init("namespace", .optional(document.namespace)),
      .init("root", document.root.map(typeJSON) ?? .null),
      .init("namedTypes", .array(document.namedTypes.map(namedTypeJSON))),
      .init(
        "externalReferences", .array(document.externalReferences.map { .string($0.fullName) })),
      .init(
        "diagnostics",
        .array(
          document.diagnostics.sorted(by: Diagnostic.reportOrder).map {
            JSONReporter.finding(Finding($0))
          })),
    ]).rendered()
  }

  /// A type use: named types appear by name, since `namedTypes` holds their definitions.
  static func typeJSON(_ node: TypeNode) -> JSONOutput {
    var members: [JSONOutput.Member]
    switch node.kind {
    case .primitive(let primitive):
      members = [.init("kind", .string("primitive")), .init("name", .string(primitive.rawValue))]
    case .record, .enumeration, .fixed, .reference:
      members = [
        .init("kind", .string("reference")),
        .init("name", .string(node.qualifiedName?.fullName ?? "")),
      ]
    case .array(let items):
      members = [.init("kind", .string("array")), .init("items", typeJSON(items))]
    case .map(let values):
      members = [.init("kind", .string("map")), .init("values", typeJSON(values))]
    case .union(let branches):
      members = [
        .init("kind", .string("union")), .init("branches", .array(branches.map(typeJSON))),
      ]
    case .any:
      members = [.init("kind", .string("any"))]
    }
    if let logical = node.logicalType {
      var logicalMembers: [JSONOutput.Member] = [.init("name", .string(logical.name))]
      if let precision = logical.precision {
        logicalMembers.append(.init("precision", .int(precision)))
      }
      if let scale = logical.scale { logicalMembers.append(.init("scale", .int(scale))) }
      members.append(.init("logicalType", .object(logicalMembers)))
    }
    return .object(members)
  }

  static func namedTypeJSON(_ node: TypeNode) -> JSONOutput {
    var members: [JSONOutput.Member] = []
    func common(kind: String, name: QualifiedName, aliases: [QualifiedName], doc: String?) {
      members += [
        .init("kind", .string(kind)),
        .init("name", .string(name.name)),
        .init("fullName", .string(name.fullName)),
        .init("namespace", .string(name.namespace)),
        .init("aliases", .array(aliases.map { .string($0.fullName) })),
        .init("doc", .optional(doc)),
        .init("location", JSONReporter.location(node.location)),
      ]
    }
    switch node.kind {
    case .record(let record):
      common(kind: "record", name: record.name, aliases: record.aliases, doc: record.doc)
      members.append(.init("fields", .array(record.fields.map(fieldJSON))))
    case .enumeration(let enumeration):
      common(
        kind: "enum", name: enumeration.name, aliases: enumeration.aliases, doc: enumeration.doc)
      members.append(.init("symbols", .array(enumeration.symbols.map { .string($0.name) })))
      members.append(.init("default", .optional(enumeration.defaultSymbol)))
    case .fixed(let fixed):
      common(kind: "fixed", name: fixed.name, aliases: fixed.aliases, doc: fixed.doc)
      members.append(.init("size", .int(fixed.size)))
    default:
      return typeJSON(node)
    }
    if let logical = node.logicalType {
      members.append(.init("logicalType", .string(logical.description)))
    }
    return .object(members)
  }

  static func fieldJSON(_ field: Field) -> JSONOutput {
    var members: [JSONOutput.Member] = [
      .init("name", .string(field.name)),
      .init("type", typeJSON(field.type)),
      .init("presence", .string(field.presence.rawValue)),
      .init("hasDefault", .bool(field.defaultValue != nil)),
    ]
    if let value = field.defaultValue { members.append(.init("default", output(value))) }
    members += [
      .init("doc", .optional(field.doc)),
      .init("aliases", .array(field.aliases.map(JSONOutput.string))),
      .init("order", .optional(field.order?.rawValue)),
      .init("location", JSONReporter.location(field.location)),
    ]
    return .object(members)
  }

  /// A JSON value from a schema, written back as it was (numbers keep their literal text).
  static func output(_ value: JSONValue) -> JSONOutput {
    // Iterative would be safer for deep values, but defaults come from a depth-bounded reader.
    switch value.kind {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .number(let number): .number(number.text)
    case .string(let text): .string(text)
    case .array(let elements): .array(elements.map(output))
    case .object(let members): .object(members.map { .init($0.key, output($0.value)) })
    }
  }

  // MARK: Text

  /// A readable outline: one block per named type, one line per field.
  public static func text(_ document: SchemaDocument) -> String {
    var out = "\(document.path) (\(document.format.rawValue))\n"
    if let root = document.root, root.qualifiedName == nil {
      out += "root: \(typeText(root))\n"
    }
    for node in document.namedTypes {
      let location = node.location.map { " (\($0.line):\($0.column))" } ?? ""
      switch node.kind {
      case .record(let record):
        out += "record \(record.name.fullName)\(location)\n"
        for field in record.fields {
          var line = "  \(field.name): \(typeText(field.type))"
          if let value = field.defaultValue { line += " = \(compactText(value))" }
          out += line + "\n"
        }
      case .enumeration(let enumeration):
        out += "enum \(enumeration.name.fullName)\(location)\n"
        out += "  symbols: " + enumeration.symbols.map(\.name).joined(separator: ", ") + "\n"
        if let symbol = enumeration.defaultSymbol { out += "  default: \(symbol)\n" }
      case .fixed(let fixed):
        out += "fixed \(fixed.name.fullName)\(location)\n  size: \(fixed.size)\n"
      default:
        out += "\(typeText(node))\(location)\n"
      }
    }
    for diagnostic in document.diagnostics.sorted(by: Diagnostic.reportOrder) {
      out += TextReporter().line(for: diagnostic) + "\n"
    }
    return TerminalText.sanitized(out, keepingNewlines: true)
  }

  static func typeText(_ node: TypeNode) -> String {
    let base: String
    switch node.kind {
    case .primitive(let primitive): base = primitive.rawValue
    case .record, .enumeration, .fixed, .reference: base = node.qualifiedName?.fullName ?? "?"
    case .array(let items): base = "array<\(typeText(items))>"
    case .map(let values): base = "map<\(typeText(values))>"
    case .union(let branches):
      base = "union[" + branches.map(typeText).joined(separator: ", ") + "]"
    case .any: base = "any"
    }
    guard let logical = node.logicalType else { return base }
    return "\(base) (\(logical.description))"
  }

  /// A default value on one line.
  static func compactText(_ value: JSONValue) -> String {
    output(value).rendered().split(separator: "\n").map {
      $0.trimmingPrefix(while: { $0 == " " })
    }.joined(separator: " ")
  }
}

extension Substring {
  fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
    drop(while: predicate)
  }
}
