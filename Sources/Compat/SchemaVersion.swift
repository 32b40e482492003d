import SchemaModel

/// One version of a subject's schema: the parsed document and a label a person recognises
/// (`v2.avsc`, `HEAD~1`, `3f2a9c1`, a folder path).
public struct SchemaVersion: Sendable {
  public var label: String
  public var document: SchemaDocument
  /// Named types visible to this version: its own and those of the other files of its subject
  /// set (Avro references across `.avsc` files).
  public var types: TypeTable

  public init(label: String, document: SchemaDocument, types: TypeTable? = nil) {
    self.label = label
    self.document = document
    self.types = types ?? TypeTable(documents: [document])
  }
}
