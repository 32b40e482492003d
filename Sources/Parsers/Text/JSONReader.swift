import SchemaModel

/// A JSON text that is not valid RFC 8259 JSON, with where and what was expected.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `PARSE_UNEXPECTED_TOKEN`, `PARSE_DUPLICATE_KEY`, `PARSE_NESTING_TOO_DEEP`, `PARSE_INVALID_UTF8`, ...
  public var ruleID: RuleID
  public var message: String
  public var position: TextPosition

  public init(ruleID: RuleID, message: String, position: TextPosition) {
    self.ruleID = ruleID
    self.message = message
    self.position = position
  }

  public var description: String { "\(position.line):\(position.column): \(message)" }
}

/// schemacheck's own strict JSON reader (see style.md for why not Foundation's).
public enum JSONReader {
  public struct Options: Sendable {
    /// Arrays and objects nested deeper than this are refused with `PARSE_NESTING_TOO_DEEP`.
    public var maxDepth: Int
    /// When false, a repeated key in one object is a `PARSE_DUPLICATE_KEY` error.
    public var allowDuplicateKeys: Bool

    public init(maxDepth: Int = 512, allowDuplicateKeys: Bool = false) {
      self.maxDepth = maxDepth
      self.allowDuplicateKeys = allowDuplicateKeys
    }
  }

  /// Parses one JSON text (surrounding whitespace allowed, nothing else after the value).
  public static func parse(
    _ bytes: [UInt8], options: Options = Options()
  ) throws(JSONSyntaxError) -> JSONValue {
    // Placeholder until the reader lands (issue 2, JSON reader).
    throw JSONSyntaxError(
      ruleID: "PARSE_UNEXPECTED_TOKEN", message: "JSON reader not built yet",
      position: TextPosition(line: 1, column: 1))
  }
}
