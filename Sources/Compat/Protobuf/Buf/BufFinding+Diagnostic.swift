import SchemaModel

extension BufFinding {
  /// The finding as a schemacheck diagnostic (an error at the span's start; Buf prints a
  /// missing position as 1:1, so does this).
  public var diagnostic: Diagnostic {
    let location = path.map { file in
      SourceLocation(
        file: file, line: Int(span?.start.line ?? 1), column: Int(span?.start.column ?? 1))
    }
    return Diagnostic(
      ruleID: RuleID(ruleID), severity: .error, message: message, location: location)
  }
}
