import SchemaModel

/// A JSON text that is not valid RFC 8259 JSON, with where and what was expected.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// One of the `PARSE_*` ids listed in `JSONSyntaxProblem` (Parsers/Text/JSONSyntaxError.swift).
  public var ruleID: RuleID
  public var message: String
  public var position: TextPosition

  public init(ruleID: RuleID, message: String, position: TextPosition) {
    self.ruleID = ruleID
    self.message = message
    self.position = position
  }

  init(_ problem: JSONSyntaxProblem, at position: TextPosition) {
    self.init(ruleID: problem.ruleID, message: problem.message, position: position)
  }

  public var description: String { "\(position.line):\(position.column): \(message)" }

  /// The error as an error-severity finding in `file` (the path as the user named it).
  public func diagnostic(file: String) -> Diagnostic {
    Diagnostic(
      ruleID: ruleID, severity: .error, message: message,
      location: SourceLocation(file: file, position: position))
  }
}

/// Every syntax problem the JSON reader reports: its rule id and its message, in one place.
///
/// Rule ids: `PARSE_UNEXPECTED_TOKEN` (a byte that cannot stand there, trailing commas, comments,
/// single quotes, bad literals, content after the value), `PARSE_UNEXPECTED_END` (the text ends
/// early or is empty), `PARSE_INVALID_NUMBER` (leading zeros, `+`, `.5`, `1.`, `1e`, `NaN`,
/// `Infinity`), `PARSE_INVALID_ESCAPE` (unknown escapes, bad `\u` digits, lone surrogates),
/// `PARSE_INVALID_UTF8` (ill-formed UTF-8 anywhere in the text), `PARSE_CONTROL_CHARACTER` (a raw
/// byte below 0x20 in a string), `PARSE_DUPLICATE_KEY`, `PARSE_NESTING_TOO_DEEP`.
///
/// Positions (1-based line, column in UTF-8 bytes) point at the offending byte: the unexpected
/// token, the backslash of a bad escape, the first byte of a bad UTF-8 sequence, the raw control
/// byte, the opening bracket that is too deep, the second occurrence of a duplicate key, the first
/// byte of a number with leading zeros or a leading `+`/`.`, the byte where a digit was expected,
/// the comma of a trailing comma, and the end of the text for `PARSE_UNEXPECTED_END`.
enum JSONSyntaxProblem: Hashable, Sendable {
  case emptyInput
  case expectedValue(found: String)
  case unexpectedEnd(expected: String)
  case unexpectedEndInString
  case expectedCommaOrBracket(found: String)
  case expectedCommaOrBrace(found: String)
  case expectedKey(found: String)
  case expectedKeyAfterComma(found: String)
  case expectedColon(found: String)
  case trailingComma(before: String)
  case trailingContent(found: String)
  case singleQuotes
  case comment
  case invalidLiteral(expected: String)
  case leadingZero
  case leadingPlus
  case leadingDot
  case notANumber(String)
  case expectedDigit(after: String)
  case invalidEscape(found: String)
  case invalidUnicodeEscape
  case loneSurrogate(String)
  case invalidUTF8(String)
  case controlCharacter(UInt8)
  case duplicateKey(String)
  case nestingTooDeep(limit: Int)

  var ruleID: RuleID {
    switch self {
    case .emptyInput, .unexpectedEnd, .unexpectedEndInString:
      "PARSE_UNEXPECTED_END"
    case .expectedValue, .expectedCommaOrBracket, .expectedCommaOrBrace, .expectedKey,
      .expectedKeyAfterComma, .expectedColon, .trailingComma, .trailingContent, .singleQuotes,
      .comment, .invalidLiteral:
      "PARSE_UNEXPECTED_TOKEN"
    case .leadingZero, .leadingPlus, .leadingDot, .notANumber, .expectedDigit:
      "PARSE_INVALID_NUMBER"
    case .invalidEscape, .invalidUnicodeEscape, .loneSurrogate:
      "PARSE_INVALID_ESCAPE"
    case .invalidUTF8: "PARSE_INVALID_UTF8"
    case .controlCharacter: "PARSE_CONTROL_CHARACTER"
    case .duplicateKey: "PARSE_DUPLICATE_KEY"
    case .nestingTooDeep: "PARSE_NESTING_TOO_DEEP"
    }
  }

  var message: String {
    switch self {
    case .emptyInput: "unexpected end of input: the text is empty, expected a value"
    case .expectedValue(let found): "expected a value, found \(found)"
    case .unexpectedEnd(let expected): "unexpected end of input, expected \(expected)"
    case .unexpectedEndInString: "unexpected end of input inside string"
    case .expectedCommaOrBracket(let found):
      "expected ',' or ']' after array element, found \(found)"
    case .expectedCommaOrBrace(let found):
      "expected ',' or '}' after object member, found \(found)"
    case .expectedKey(let found): "expected a string key or '}', found \(found)"
    case .expectedKeyAfterComma(let found): "expected a string key after ',', found \(found)"
    case .expectedColon(let found): "expected ':' after object key, found \(found)"
    case .trailingComma(let bracket): "trailing comma before '\(bracket)'"
    case .trailingContent(let found):
      "expected end of input after the JSON value, found \(found)"
    case .singleQuotes: "strings must use double quotes, found '''"
    case .comment: "comments are not allowed in JSON, found '/'"
    case .invalidLiteral(let expected): "invalid literal, expected '\(expected)'"
    case .leadingZero: "numbers cannot have leading zeros"
    case .leadingPlus: "numbers cannot start with '+'"
    case .leadingDot: "numbers cannot start with '.', write a digit before it"
    case .notANumber(let word): "\(word) is not a valid JSON number"
    case .expectedDigit(let after): "expected a digit after \(after)"
    case .invalidEscape(let found):
      "invalid escape \(found), expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
    case .invalidUnicodeEscape: "expected 4 hex digits after '\\u'"
    case .loneSurrogate(let escape):
      "lone surrogate \(escape): a \\uD800-\\uDBFF escape must be followed by a \\uDC00-\\uDFFF one"
    case .invalidUTF8(let detail): "invalid UTF-8: \(detail)"
    case .controlCharacter(let byte) where byte == 0x0A || byte == 0x0D:
      "unescaped line break in string (is a closing '\"' missing?), write it as \\n"
    case .controlCharacter(let byte):
      "unescaped control character \(JSONSyntaxProblem.codePoint(byte)) in string, "
        + "write it as an escape such as \\n or \\u00XX"
    case .duplicateKey(let key): "duplicate key \"\(key)\" in object"
    case .nestingTooDeep(let limit):
      "arrays and objects are nested deeper than \(limit) levels"
    }
  }

  /// `U+000A` style name of a byte below 0x80.
  static func codePoint(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  /// How a message names the byte found at an offending place: `'x'`, `U+0001`, `byte 0xFF`.
  static func describe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String {
    guard index < bytes.count else { return "end of input" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte < 0x80 { return codePoint(byte) }
    if let length = UTF8Validation.sequenceLength(bytes, at: index) {
      // The code point too, because stray non-ASCII is often invisible (U+00A0, U+FEFF).
      let scalarBytes = UnsafeBufferPointer(rebasing: bytes[index..<index + length])
      let character = String(decoding: scalarBytes, as: UTF8.self)
      let scalar = character.unicodeScalars.first?.value ?? 0
      let hex = String(scalar, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return "'\(character)' (\(code))"
    }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }
}
