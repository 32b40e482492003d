import SchemaModel

/// Lists every change between two versions, whatever the mode.
public enum SchemaDiffer {
  /// The changes from `old` to `new`; empty when the formats differ or the format has no differ
  /// yet (only Avro has one today).
  public static func diff(old: SchemaVersion, new: SchemaVersion) -> [Change] {
    guard old.document.format == new.document.format else { return [] }
    switch new.document.format {
    case .avro: return AvroDiffer.diff(old: old, new: new)
    case .protobuf, .jsonSchema: return []
    }
  }
}
