import Parsers
import SchemaModel

/// Renders a linked Protobuf file for `schemacheck inspect --format json`: every message and
/// enum of the inspected files by full name, with fields as protoc's descriptors have them.
public enum ProtoModelRenderer {
  /// `{"format": "protobuf", "files": [...], "types": [...], "diagnostics": [...]}`.
  public static func json(_ image: ProtoImage) -> String {
    var types: [JSONOutput] = []
    for file in image.targetFiles {
      for message in file.messages { appendMessage(message, parents: [], file: file, to: &types) }
      for enumeration in file.enums { types.append(enumJSON(enumeration)) }
    }
    return JSONOutput.object([
      .init("format", .string("protobuf")),
      .init("files", .array(image.targetFiles.map(fileJSON))),
      .init("types", .array(types)),
      .init(
        "diagnostics",
        .array(
          image.diagnostics.sorted(by: Diagnostic.reportOrder).map {
            JSONReporter.finding(Finding($0))
          })),
    ]).rendered()
  }

  /// The unified-model outline of each inspected file, then every diagnostic of the link.
  public static func text(_ image: ProtoImage) -> String {
    var out = ""
    for var document in ProtoDocumentProjection.documents(image) {
      document.diagnostics = []
      out += ModelRenderer.text(document)
    }
    for diagnostic in image.diagnostics.sorted(by: Diagnostic.reportOrder) {
      out += TextReporter().line(for: diagnostic) + "\n"
    }
    return TerminalText.sanitized(out, keepingNewlines: true)
  }

  static func fileJSON(_ file: ProtoFile) -> JSONOutput {
    let syntax: String
    let edition: String?
    switch file.syntax {
    case .proto2: (syntax, edition) = ("proto2", nil)
    case .proto3: (syntax, edition) = ("proto3", nil)
    case .edition(let name): (syntax, edition) = ("editions", name)
    }
    return .object([
      .init("path", .string(file.displayPath)),
      .init("importPath", .string(file.path)),
      .init("package", .optional(file.package)),
      .init("syntax", .string(syntax)),
      .init("edition", .optional(edition)),
      .init("imports", .array(file.imports.map { .string($0.path) })),
    ])
  }

  /// The message, then its nested messages and enums, depth first (map entries are not in the
  /// source tree, so they never appear).
  static func appendMessage(
    _ message: ProtoMessage, parents: [ProtoMessage], file: ProtoFile, to types: inout [JSONOutput]
  ) {
    let fields = message.fields.map { fieldJSON($0, in: message, parents: parents, file: file) }
    types.append(
      .object([
        .init("name", .string(message.fullName)),
        .init("kind", .string("message")),
        .init("fields", .array(fields)),
      ]))
    for nested in message.messages {
      appendMessage(nested, parents: parents + [message], file: file, to: &types)
    }
    for enumeration in message.enums { types.append(enumJSON(enumeration)) }
  }

  static func enumJSON(_ enumeration: ProtoEnum) -> JSONOutput {
    .object([
      .init("name", .string(enumeration.fullName)),
      .init("kind", .string("enum")),
      .init(
        "values",
        .array(
          enumeration.values.map {
            .object([.init("name", .string($0.name)), .init("number", .int($0.number))])
          })),
    ])
  }

  static func fieldJSON(
    _ field: ProtoField, in message: ProtoMessage, parents: [ProtoMessage], file: ProtoFile
  ) -> JSONOutput {
    let oneof = field.oneofIndex.flatMap {
      message.oneofs.indices.contains($0) ? message.oneofs[$0].name : nil
    }
    return .object([
      .init("name", .string(field.name)),
      .init("number", .int(field.number)),
      .init("type", .string(typeName(field))),
      .init("label", .string(label(field, in: message, parents: parents, file: file))),
      .init("jsonName", .string(field.jsonName)),
      .init("oneof", .optional(oneof)),
    ])
  }

  /// The scalar's name, the full name of a message or enum, or `map<K,V>`.
  static func typeName(_ field: ProtoField) -> String {
    func named(_ written: String) -> String {
      field.resolvedType?.fullName ?? String(written.drop { $0 == "." })
    }
    switch field.type {
    case .scalar(let scalar): return scalar.rawValue
    case .named(let written), .group(let written): return named(written)
    case .map(let key, let value):
      let valueName: String
      switch value {
      case .scalar(let scalar): valueName = scalar.rawValue
      case .named(let written), .group(let written): valueName = named(written)
      case .map: valueName = "map"
      }
      return "map<\(key.rawValue),\(valueName)>"
    }
  }

  /// `optional` (explicit presence), `implicit`, `required` or `repeated` (maps too).
  static func label(
    _ field: ProtoField, in message: ProtoMessage, parents: [ProtoMessage], file: ProtoFile
  ) -> String {
    switch ProtoFeatures.cardinality(of: field, in: message, parents: parents, file: file) {
    case .map, .repeated: "repeated"
    case .required: "required"
    case .optionalExplicit: "optional"
    case .optionalImplicit: "implicit"
    }
  }
}
