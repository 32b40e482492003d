import SchemaModel

/// Reads Avro schema files (`.avsc`) into the unified model.
public enum AvroParser {
  /// Parses one `.avsc` file. Problems become diagnostics in the returned document.
  public static func parse(_ bytes: [UInt8], path: String) -> SchemaDocument {
    SchemaDocument(format: .avro, path: path)
  }
}
