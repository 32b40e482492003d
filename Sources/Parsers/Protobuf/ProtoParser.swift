import SchemaModel

/// Parses one `.proto` file into `ProtoFile` (the full source tree with spans).
public enum ProtoParser {
  /// `path` is the import path (relative to its import root); `displayPath` is how findings
  /// name the file. Syntax errors are diagnostics; the file returned holds what could be read.
  public static func parse(_ bytes: [UInt8], path: String, displayPath: String? = nil)
    -> (file: ProtoFile, diagnostics: [Diagnostic])
  {
    let file = displayPath ?? path
    var diagnostics: [Diagnostic] = []
    if let offset = ProtoUTF8.firstInvalidOffset(bytes) {
      let position = ProtoUTF8.position(of: offset, in: bytes)
      diagnostics.append(
        Diagnostic(
          ruleID: "PROTO_SYNTAX_ERROR", severity: .error, message: "the file is not valid UTF-8",
          location: SourceLocation(file: file, position: position)))
    }
    var lexer = ProtoLexer(bytes: bytes)
    lexer.run()
    for problem in lexer.problems {
      diagnostics.append(
        Diagnostic(
          ruleID: "PROTO_SYNTAX_ERROR", severity: .error, message: problem.message,
          location: SourceLocation(file: file, position: problem.position)))
    }
    var core = ProtoParserCore(bytes: bytes, lexer: lexer, file: file)
    let parsed = core.parseFile(path: path, displayPath: displayPath)
    // A malformed token is reported by the lexer; the parser's error at the same place adds
    // nothing.
    for diagnostic in core.diagnostics
    where !diagnostics.contains(where: {
      $0.ruleID == diagnostic.ruleID && $0.location == diagnostic.location
    }) {
      diagnostics.append(diagnostic)
    }
    diagnostics.append(contentsOf: ProtoValidator.check(parsed, file: file))
    return (parsed, diagnostics)
  }
}
