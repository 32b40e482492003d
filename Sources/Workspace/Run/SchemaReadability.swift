import SchemaModel

/// Tells a schema the tool cannot use (exit status 2) from one it checked (findings: exit
/// status 1).
///
/// Every error found while reading a schema makes it unusable: invalid JSON, an empty file, an
/// unknown type name, a bad default. The Avro library (and so the registry) refuses such a schema
/// at parse time, so no compatibility verdict exists for it; issue 2 asks for exit 2 on "a schema
/// with an unknown type". Warnings (a degraded logical type) do not count.
public enum SchemaReadability {
  /// True when the document has an error diagnostic of its own.
  public static func isUnparseable(_ document: SchemaDocument) -> Bool {
    document.hasErrors
  }
}
