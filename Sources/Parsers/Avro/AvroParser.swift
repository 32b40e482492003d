import SchemaModel

/// Reads Avro schema files (`.avsc`) into the unified model.
public enum AvroParser {
  /// Parses one `.avsc` file. Problems become diagnostics in the returned document; names the
  /// file uses but does not define are listed in `externalReferences` for `AvroSchemaSet.link`.
  public static func parse(_ bytes: [UInt8], path: String) -> SchemaDocument {
    var document = SchemaDocument(format: .avro, path: path)
    if bytes.allSatisfy(isJSONWhitespace) {
      document.diagnostics = [
        AvroIssue.emptyFile.diagnostic(file: path, at: TextPosition(line: 1, column: 1))
      ]
      return document
    }
    let json: JSONValue
    do {
      json = try JSONReader.parse(bytes)
    } catch {
      document.diagnostics = [
        Diagnostic(
          ruleID: error.ruleID, severity: .error, message: error.message,
          location: SourceLocation(file: path, position: error.position))
      ]
      return document
    }
    var builder = AvroSchemaBuilder(path: path)
    return builder.document(for: json)
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
