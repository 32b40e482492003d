import SchemaModel

/// Tells an unparseable schema (the tool cannot do its job: exit status 2) from a schema with
/// invalid elements (findings: exit status 1), as design.md's exit codes separate them.
public enum SchemaReadability {
  /// Errors that mean there is no schema to work with: not JSON, not a schema at all, empty, a
  /// format schemacheck cannot read yet, or a `message:` the file does not define.
  static let unreadableRules: Set<RuleID> = [
    "AVRO_EMPTY_FILE", "AVRO_INVALID_SCHEMA", "CONFIG_MESSAGE_NOT_FOUND",
  ]

  /// True when the document could not be read as a schema at all.
  public static func isUnparseable(_ document: SchemaDocument) -> Bool {
    if document.hasErrors, document.root == nil { return true }
    return document.diagnostics.contains { diagnostic in
      diagnostic.severity == .error
        && (diagnostic.ruleID.rawValue.hasPrefix("PARSE_")
          || unreadableRules.contains(diagnostic.ruleID))
    }
  }
}
