import Parsers
import SchemaModel

/// One version of a subject's schema: the parsed document and a label a person recognises
/// (`v2.avsc`, `HEAD~1`, `3f2a9c1`, a folder path).
public struct SchemaVersion: Sendable {
  public var label: String
  public var document: SchemaDocument
  /// Named types visible to this version: its own and those of the other files of its subject
  /// set (Avro references across `.avsc` files).
  public var types: TypeTable
  /// For Protobuf: the linked source tree (the subject's file is the image's target), which
  /// Confluent's Protobuf rules compare; nil for other formats.
  public var protoImage: ProtoImage?
  /// For JSON Schema: the raw schema tree, which Confluent's JSON Schema rules compare; nil for
  /// other formats.
  public var jsonSchema: JSONValue? {
    didSet { confluentJSONMemo = ConfluentJSONMemo() }
  }
  /// Confluent's loaded graphs and diffs of `jsonSchema`, shared by the copies of this version.
  var confluentJSONMemo = ConfluentJSONMemo()
  /// For JSON Schema: the subject's `compatibilityPolicy` (Confluent's default is STRICT).
  public var jsonSchemaPolicy: JSONSchemaCompatibilityPolicy

  public init(
    label: String, document: SchemaDocument, types: TypeTable? = nil,
    protoImage: ProtoImage? = nil, jsonSchema: JSONValue? = nil,
    jsonSchemaPolicy: JSONSchemaCompatibilityPolicy = .strict
  ) {
    self.label = label
    self.document = document
    self.types = types ?? TypeTable(documents: [document])
    self.protoImage = protoImage
    self.jsonSchema = jsonSchema
    self.jsonSchemaPolicy = jsonSchemaPolicy
  }
}

extension SchemaVersion {
  /// True when the document, or the Protobuf image it was linked in, has errors: such a
  /// version is not compared.
  public var hasErrors: Bool {
    document.hasErrors || (protoImage?.diagnostics.hasErrors ?? false)
  }
}
