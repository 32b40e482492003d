import SchemaModel

/// schemacheck's own strict JSON reader (see style.md for why not Foundation's).
///
/// Strict RFC 8259: exactly one value with only whitespace (space, tab, LF, CR) around it; no
/// trailing commas, comments, single quotes, `NaN`/`Infinity`, leading zeros or leading `+`; no
/// raw control characters in strings; well-formed UTF-8 only. A UTF-8 byte order mark at the
/// very start is skipped (RFC 8259 §8.1 lets parsers ignore it) and is not counted in columns.
/// `\u` escapes must pair surrogates: a lone `\uD800`-`\uDFFF` escape is `PARSE_INVALID_ESCAPE`,
/// because a Swift `String` cannot hold it. Numbers keep their literal text, so integers of any
/// size stay exact. Object members keep their source order. Every value carries its 1-based line
/// and column (in UTF-8 bytes; CRLF, LF and a lone CR each end a line). Nesting deeper than
/// `maxDepth` is `PARSE_NESTING_TOO_DEEP`; the parser is iterative, so any depth is safe on any
/// thread. The rule ids and messages are listed in `JSONSyntaxProblem`.
public enum JSONReader {
  /// How strict the reader is about depth and duplicate keys.
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
    try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
      try parse(buffer, options: options)
    }
  }

  /// Parses one JSON text held in a string (columns count its UTF-8 bytes).
  public static func parse(
    _ text: String, options: Options = Options()
  ) throws(JSONSyntaxError) -> JSONValue {
    var text = text
    // `withUTF8` only rethrows untyped errors, so the typed error travels in a Result.
    let result = text.withUTF8 { buffer in
      Result { () throws(JSONSyntaxError) in try parse(buffer, options: options) }
    }
    return try result.get()
  }

  /// Parses one JSON text from memory the caller owns (a mapped file, `Data`), without copying.
  public static func parse(
    _ buffer: UnsafeRawBufferPointer, options: Options = Options()
  ) throws(JSONSyntaxError) -> JSONValue {
    let result = buffer.withMemoryRebound(to: UInt8.self) { bytes in
      Result { () throws(JSONSyntaxError) in try parse(bytes, options: options) }
    }
    return try result.get()
  }

  /// Parses one JSON text from a buffer of UTF-8 bytes.
  public static func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, options: Options = Options()
  ) throws(JSONSyntaxError) -> JSONValue {
    try JSONScanner.parse(buffer, options: options)
  }
}
