import SchemaModel

/// Lists every change between two versions, whatever the mode.
public enum SchemaDiffer {
  public static func diff(old: SchemaVersion, new: SchemaVersion) -> [Change] {
    // Placeholder until the Avro differ lands.
    []
  }
}
