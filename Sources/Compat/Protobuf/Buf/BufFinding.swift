import SchemaModel

/// One breaking change as Buf reports it (a "file annotation").
public struct BufFinding: Hashable, Sendable, Codable {
  /// The Buf rule id (`FIELD_SAME_TYPE`); deprecated ids are reported as their replacements.
  public var ruleID: String
  /// Buf's message wording.
  public var message: String
  /// Display path of the current file; nil for a deleted file or package.
  public var path: String?
  /// Where in the current file; nil when Buf points at the file only.
  public var span: SourceSpan?

  public init(ruleID: String, message: String, path: String?, span: SourceSpan?) {
    self.ruleID = ruleID
    self.message = message
    self.path = path
    self.span = span
  }

  /// Buf's order: path, start line, start column, rule id, message (then the end, for
  /// determinism). A missing path or span sorts first.
  public static func bufOrder(_ lhs: BufFinding, _ rhs: BufFinding) -> Bool {
    let left = lhs.sortKey
    let right = rhs.sortKey
    if left.path != right.path { return left.path < right.path }
    if left.start != right.start { return left.start < right.start }
    if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
    if lhs.message != rhs.message { return lhs.message < rhs.message }
    return left.end < right.end
  }

  private var sortKey: (path: String, start: TextPosition, end: TextPosition) {
    let zero = TextPosition(line: 0, column: 0)
    return (path ?? "", span?.start ?? zero, span?.end ?? zero)
  }
}
