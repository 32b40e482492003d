import SchemaModel

/// One message (event, command): its payload schema, headers, examples and Kafka key.
public struct AsyncAPIMessage: Hashable, Sendable {
  /// 3.x: the key in a `messages` map; 2.x: `messageId`, else the `components.messages` key,
  /// else `name`.
  public var id: String
  public var name: String?
  public var title: String?
  public var summary: String?
  public var description: String?
  /// `contentType`, else the document's `defaultContentType`.
  public var contentType: String?
  public var tags: [String]
  public var payload: AsyncAPISchema?
  public var headers: AsyncAPISchema?
  /// `bindings.kafka.key`: the schema of the record key.
  public var kafkaKey: JSONValue?
  /// The names of its `bindings`.
  public var bindingNames: [String]
  public var examples: [AsyncAPIExample]
  /// `x-eventcatalog-message-version`.
  public var messageVersion: String?
  /// The message's `x-*` members after traits were applied.
  public var extensions: [JSONMember]
  /// Where the message object is written (after following `$ref`s).
  public var location: SourceLocation

  public init(
    id: String, name: String? = nil, title: String? = nil, summary: String? = nil,
    description: String? = nil, contentType: String? = nil, tags: [String] = [],
    payload: AsyncAPISchema? = nil, headers: AsyncAPISchema? = nil, kafkaKey: JSONValue? = nil,
    bindingNames: [String] = [], examples: [AsyncAPIExample] = [], messageVersion: String? = nil,
    extensions: [JSONMember] = [], location: SourceLocation
  ) {
    self.id = id
    self.name = name
    self.title = title
    self.summary = summary
    self.description = description
    self.contentType = contentType
    self.tags = tags
    self.payload = payload
    self.headers = headers
    self.kafkaKey = kafkaKey
    self.bindingNames = bindingNames
    self.examples = examples
    self.messageVersion = messageVersion
    self.extensions = extensions
    self.location = location
  }

  /// The message extension with this name (`x-schemacheck-subject`).
  public func extensionValue(_ name: String) -> JSONValue? {
    extensions.first { $0.key == name }?.value
  }
}

/// The schema language of a payload, from its `schemaFormat`.
public enum AsyncAPISchemaFormat: Hashable, Sendable {
  case avro
  /// The AsyncAPI Schema Object (a JSON Schema draft-07 superset) or JSON Schema itself.
  case jsonSchema
  case protobuf
  /// A format schemacheck does not read (OpenAPI, RAML, custom), with its MIME type.
  case unsupported(String)

  /// The format schemacheck checks the payload as; nil when unsupported.
  public var schemaFormat: SchemaFormat? {
    switch self {
    case .avro: .avro
    case .jsonSchema: .jsonSchema
    case .protobuf: .protobuf
    case .unsupported: nil
    }
  }
}

/// A payload or headers schema: its format and where its text is.
public struct AsyncAPISchema: Hashable, Sendable {
  public var format: AsyncAPISchemaFormat
  /// `schemaFormat` as written; nil for the default (the AsyncAPI schema).
  public var schemaFormat: String?
  public var source: AsyncAPISchemaSource
  /// The schema as JSON with every `$ref` it holds inlined (recursive references are left as
  /// written); nil for a whole external file or a text schema.
  public var resolved: JSONValue?
  public var location: SourceLocation

  public init(
    format: AsyncAPISchemaFormat, schemaFormat: String?, source: AsyncAPISchemaSource,
    resolved: JSONValue? = nil, location: SourceLocation
  ) {
    self.format = format
    self.schemaFormat = schemaFormat
    self.source = source
    self.resolved = resolved
    self.location = location
  }
}

/// Where a schema's content is.
public enum AsyncAPISchemaSource: Hashable, Sendable {
  /// A `$ref` to another local file, optionally into it with a JSON pointer.
  case file(AsyncAPIFileReference)
  /// Written inside the document (or a local `$ref` into it).
  case json(JSONValue)
  /// A schema written as a string (Protobuf).
  case text(String)
}

/// A `$ref` to a local file.
public struct AsyncAPIFileReference: Hashable, Sendable {
  /// The reference as written (`./schemas/order.avsc`).
  public var reference: String
  /// The file as written, relative to the referencing document.
  public var relativePath: String
  /// The file relative to the project folder (the loader's root), normalised.
  public var path: String
  /// The JSON pointer after `#`; nil for the whole file.
  public var pointer: String?

  public init(reference: String, relativePath: String, path: String, pointer: String?) {
    self.reference = reference
    self.relativePath = relativePath
    self.path = path
    self.pointer = pointer
  }
}

/// One entry of a message's `examples`.
public struct AsyncAPIExample: Hashable, Sendable {
  public var name: String?
  public var summary: String?
  public var payload: JSONValue?
  public var headers: JSONValue?
  public var location: SourceLocation

  public init(
    name: String? = nil, summary: String? = nil, payload: JSONValue? = nil,
    headers: JSONValue? = nil, location: SourceLocation
  ) {
    self.name = name
    self.summary = summary
    self.payload = payload
    self.headers = headers
    self.location = location
  }
}
