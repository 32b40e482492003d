import SchemaModel

/// Lists every change between two versions, whatever the mode.
public enum SchemaDiffer {
  /// The changes from `old` to `new`; empty when the formats differ or the format has no differ
  /// yet (JSON Schema versions without a raw tree; Protobuf versions without a linked image).
  public static func diff(old: SchemaVersion, new: SchemaVersion) -> [Change] {
    guard old.document.format == new.document.format else { return [] }
    switch new.document.format {
    case .avro: return AvroDiffer.diff(old: old, new: new)
    case .protobuf:
      guard let oldImage = old.protoImage, let newImage = new.protoImage else { return [] }
      return ConfluentProtobufChanges.changes(old: oldImage, new: newImage)
    case .jsonSchema:
      guard old.jsonSchema != nil, new.jsonSchema != nil else { return [] }
      return ConfluentJSONSchemaChanges.changes(old: old, new: new)
    }
  }
}
