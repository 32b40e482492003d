import Parsers
import SchemaModel

/// How an AsyncAPI message becomes a subject: its name and where its schema is.
enum AsyncAPIMessageSubject {
  /// `x-schemacheck-subject`, else the message id.
  static func name(of message: AsyncAPIMessage) -> String {
    if let name = message.extensionValue("x-schemacheck-subject")?.stringValue, !name.isEmpty {
      return name
    }
    return message.id
  }

  /// Where the subject's schema comes from.
  enum Schema: Hashable {
    /// A whole file, relative to the config's folder.
    case file(String)
    /// Bytes taken out of the document (an inline payload or a pointer into a file).
    case embedded([UInt8])
    /// Not checked, with the reason.
    case none(String)
  }

  static func schema(of message: AsyncAPIMessage) -> Schema {
    guard let payload = message.payload else { return .none("it has no payload") }
    guard let format = payload.format.schemaFormat else {
      return .none("its schemaFormat is not read")
    }
    if case .file(let reference) = payload.source, reference.pointer == nil {
      return .file(reference.path)
    }
    guard format != .protobuf, let resolved = payload.resolved else {
      return .none("a Protobuf payload written inline is not checked; $ref a .proto file")
    }
    return .embedded(Array(JSONText.render(withDraft(resolved, format: format)).utf8))
  }

  /// The headers schema as JSON Schema bytes, when it is one.
  static func headersSchema(of message: AsyncAPIMessage) -> [UInt8]? {
    guard let headers = message.headers, headers.format == .jsonSchema,
      let resolved = headers.resolved
    else { return nil }
    return Array(JSONText.render(withDraft(resolved, format: .jsonSchema)).utf8)
  }

  /// An inline JSON Schema without `$schema` is AsyncAPI's schema object, a superset of
  /// draft-07: it is read as draft-07 rather than the config's default draft.
  private static func withDraft(_ value: JSONValue, format: SchemaFormat) -> JSONValue {
    guard format == .jsonSchema, case .object(let members) = value.kind,
      !members.contains(where: { $0.key == "$schema" })
    else { return value }
    let draft = JSONMember(
      key: "$schema", keyPosition: value.position,
      value: JSONValue(.string("http://json-schema.org/draft-07/schema#"), at: value.position))
    return JSONValue(.object([draft] + members), at: value.position)
  }
}
