import SchemaModel

/// Gates a new version against its history under a Confluent compatibility mode.
public enum CompatibilityChecker {
  /// `previous` is oldest first, as Confluent's callers pass it.
  public static func check(
    new: SchemaVersion, previous: [SchemaVersion], mode: CompatibilityMode
  ) -> CompatibilityResult {
    // Placeholder until the Avro checker lands (issue 2, compatibility).
    CompatibilityResult(mode: mode, isCompatible: true, findings: [], checkedAgainst: [])
  }
}

/// Lists every change between two versions, whatever the mode.
public enum SchemaDiffer {
  public static func diff(old: SchemaVersion, new: SchemaVersion) -> [Change] {
    // Placeholder until the Avro differ lands (issue 2, compatibility).
    []
  }
}
