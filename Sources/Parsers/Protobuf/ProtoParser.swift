import SchemaModel

/// Parses one `.proto` file into `ProtoFile` (the full source tree with spans).
public enum ProtoParser {
  /// `path` is the import path (relative to its import root); `displayPath` is how findings
  /// name the file. Syntax errors are diagnostics; the file returned holds what could be read.
  public static func parse(_ bytes: [UInt8], path: String, displayPath: String? = nil)
    -> (file: ProtoFile, diagnostics: [Diagnostic])
  {
    // Placeholder until the parser lands (issue 3).
    (
      ProtoFile(path: path, displayPath: displayPath),
      [
        Diagnostic(
          ruleID: "PARSE_UNSUPPORTED_FORMAT", severity: .error,
          message: "the Protobuf parser is not built yet",
          location: SourceLocation(file: displayPath ?? path, line: 1, column: 1))
      ]
    )
  }
}
