import SchemaModel
import Testing

@testable import Parsers

struct JSONReaderErrorCase: CustomTestStringConvertible, Sendable {
  var input: [UInt8]
  var ruleID: String
  var line: Int
  var column: Int
  var message: String
  var testDescription: String { String(decoding: input, as: UTF8.self).debugDescription }

  init(_ input: String, _ ruleID: String, _ line: Int, _ column: Int, _ message: String) {
    self.init(Array(input.utf8), ruleID, line, column, message)
  }

  init(_ input: [UInt8], _ ruleID: String, _ line: Int, _ column: Int, _ message: String) {
    self.input = input
    self.ruleID = ruleID
    self.line = line
    self.column = column
    self.message = message
  }
}

private let end = "PARSE_UNEXPECTED_END"
private let token = "PARSE_UNEXPECTED_TOKEN"
private let number = "PARSE_INVALID_NUMBER"
private let escape = "PARSE_INVALID_ESCAPE"
private let utf8 = "PARSE_INVALID_UTF8"
private let control = "PARSE_CONTROL_CHARACTER"
private let empty = "unexpected end of input: the text is empty, expected a value"
private let escapes = #"expected one of \" \\ \/ \b \f \n \r \t \uXXXX"#
private let surrogateRule = #"a \uD800-\uDBFF escape must be followed by a \uDC00-\uDFFF one"#
private let controlHint = #"write it as an escape such as \n or \u00XX"#
private let quote = UInt8(ascii: "\"")
private let lineBreak =
  #"unescaped line break in string (is a closing '"' missing?), write it as \n"#

private let errorCases: [JSONReaderErrorCase] = [
  .init("", end, 1, 1, empty),
  .init("   \n  ", end, 2, 3, empty),
  .init("[", end, 1, 2, "unexpected end of input, expected a value"),
  .init("[1", end, 1, 3, "unexpected end of input, expected ',' or ']'"),
  .init(#"{"a":1"#, end, 1, 7, "unexpected end of input, expected ',' or '}'"),
  .init("{", end, 1, 2, "unexpected end of input, expected a string key"),
  .init(#"{"a""#, end, 1, 5, "unexpected end of input, expected ':' after object key"),
  .init(#"{"a":"#, end, 1, 6, "unexpected end of input, expected a value"),
  .init(#""abc"#, end, 1, 5, "unexpected end of input inside string"),
  .init(#""ab\"#, end, 1, 5, "unexpected end of input inside string"),
  .init(#""\u12"#, end, 1, 6, "unexpected end of input inside string"),
  .init("nul", end, 1, 4, "unexpected end of input, expected 'null'"),
  .init("[1,]", token, 1, 3, "trailing comma before ']'"),
  .init(#"{"a":1,}"#, token, 1, 7, "trailing comma before '}'"),
  .init("[\n  1,\n  ]", token, 2, 4, "trailing comma before ']'"),
  .init("[1,\r2,]", token, 2, 2, "trailing comma before ']'"),
  .init(
    #"{"a":1 "b":2}"#, token, 1, 8, #"expected ',' or '}' after object member, found '"'"#),
  .init("[1 2]", token, 1, 4, "expected ',' or ']' after array element, found '2'"),
  .init(#"{"a" 1}"#, token, 1, 6, "expected ':' after object key, found '1'"),
  .init("{1:2}", token, 1, 2, "expected a string key or '}', found '1'"),
  .init(#"{"a":1,2}"#, token, 1, 8, "expected a string key after ',', found '2'"),
  .init("[,1]", token, 1, 2, "expected a value, found ','"),
  .init(#"{"a":}"#, token, 1, 6, "expected a value, found '}'"),
  .init("[\u{1}]", token, 1, 2, "expected a value, found U+0001"),
  .init("[é]", token, 1, 2, "expected a value, found 'é' (U+00E9)"),
  .init("1 2", token, 1, 3, "expected end of input after the JSON value, found '2'"),
  .init(
    "[1]\u{FEFF}", token, 1, 4,
    "expected end of input after the JSON value, found '\u{FEFF}' (U+FEFF)"),
  .init("['a']", token, 1, 2, "strings must use double quotes, found '''"),
  .init("{'a':1}", token, 1, 2, "strings must use double quotes, found '''"),
  .init("// c\n1", token, 1, 1, "comments are not allowed in JSON, found '/'"),
  .init("[tru]", token, 1, 2, "invalid literal, expected 'true'"),
  .init("{\r\n\"a\": tru\r\n}", token, 2, 6, "invalid literal, expected 'true'"),
  .init("nulL", token, 1, 1, "invalid literal, expected 'null'"),
  .init("01", number, 1, 1, "numbers cannot have leading zeros"),
  .init("[-01]", number, 1, 2, "numbers cannot have leading zeros"),
  .init("+1", number, 1, 1, "numbers cannot start with '+'"),
  .init(".5", number, 1, 1, "numbers cannot start with '.', write a digit before it"),
  .init("1.", number, 1, 3, "expected a digit after '.'"),
  .init("1.e5", number, 1, 3, "expected a digit after '.'"),
  .init("1e", number, 1, 3, "expected a digit after the exponent 'e'"),
  .init("[1E+]", number, 1, 5, "expected a digit after the exponent 'e'"),
  .init("-", number, 1, 2, "expected a digit after '-'"),
  .init("-a", number, 1, 2, "expected a digit after '-'"),
  .init("NaN", number, 1, 1, "NaN is not a valid JSON number"),
  .init("-Infinity", number, 1, 1, "-Infinity is not a valid JSON number"),
  .init("[Infinity]", number, 1, 2, "Infinity is not a valid JSON number"),
  .init(#""a\x""#, escape, 1, 3, #"invalid escape '\x', "# + escapes),
  .init("\"a\\\n\"", escape, 1, 3, #"invalid escape '\' followed by U+000A, "# + escapes),
  .init(#""\u12G4""#, escape, 1, 2, #"expected 4 hex digits after '\u'"#),
  .init(#""\uD800""#, escape, 1, 2, #"lone surrogate \uD800: "# + surrogateRule),
  .init(#""\udc00x""#, escape, 1, 2, #"lone surrogate \udc00: "# + surrogateRule),
  .init(#""é\uD800\u0041""#, escape, 1, 4, #"lone surrogate \uD800: "# + surrogateRule),
  .init("\"a\tb\"", control, 1, 3, "unescaped control character U+0009 in string, " + controlHint),
  .init("\"a\nb\"", control, 1, 3, lineBreak),
  .init("{\"a\": \"abc\r\n}", control, 1, 11, lineBreak),
  .init(
    "\"\\n\u{1F}\"", control, 1, 4, "unescaped control character U+001F in string, " + controlHint),
  .init(
    "\"abcdefghijkl\tm\"", control, 1, 14,
    "unescaped control character U+0009 in string, " + controlHint),
  .init(#""abcdefghijklmnop\x""#, escape, 1, 18, #"invalid escape '\x', "# + escapes),
  .init(#""abcdefghijklmnopqrstuvwxyz"#, end, 1, 28, "unexpected end of input inside string"),
  .init(
    [quote] + Array("abcdefghi".utf8) + [0xFF, quote], utf8, 1, 11,
    "invalid UTF-8: byte 0xFF never appears in UTF-8"),
  .init(#"{"a":1,"a":2}"#, "PARSE_DUPLICATE_KEY", 1, 8, #"duplicate key "a" in object"#),
  .init(
    "{\"x\":{\"a\":1},\n \"x\":2}", "PARSE_DUPLICATE_KEY", 2, 2, #"duplicate key "x" in object"#),
  .init(
    [quote, 0xC3, 0x28, quote], utf8, 1, 2,
    "invalid UTF-8: truncated sequence (lead byte 0xC3 lacks continuation bytes)"),
  .init([quote, 0xC0, 0x80, quote], utf8, 1, 2, "invalid UTF-8: overlong encoding (byte 0xC0)"),
  .init(
    [quote, 0xE0, 0x80, 0x80, quote], utf8, 1, 2,
    "invalid UTF-8: overlong encoding (byte 0xE0)"),
  .init(
    [quote, 0xF0, 0x80, 0x80, 0x80, quote], utf8, 1, 2,
    "invalid UTF-8: overlong encoding (byte 0xF0)"),
  .init(
    [quote, 0xED, 0xA0, 0x80, quote], utf8, 1, 2,
    "invalid UTF-8: encoded surrogate (U+D800-DFFF) starting with byte 0xED"),
  .init(
    [quote, 0xF4, 0x90, 0x80, 0x80, quote], utf8, 1, 2,
    "invalid UTF-8: code point above U+10FFFF starting with byte 0xF4"),
  .init(
    [quote, 0x61, 0xE2, 0x82], utf8, 1, 3,
    "invalid UTF-8: truncated sequence at end of input (lead byte 0xE2)"),
  .init([quote, 0x80, quote], utf8, 1, 2, "invalid UTF-8: unexpected continuation byte 0x80"),
  .init(
    [quote, 0xC3, 0xA9, 0xFF, quote], utf8, 1, 4,
    "invalid UTF-8: byte 0xFF never appears in UTF-8"),
  .init([0x5B, 0x0A, 0xFF, 0x5D], utf8, 2, 1, "invalid UTF-8: byte 0xFF never appears in UTF-8"),
  .init(
    [0x31, 0x20, 0xC3], utf8, 1, 3,
    "invalid UTF-8: truncated sequence at end of input (lead byte 0xC3)"),
  .init([0x7B, 0xBF, 0x7D], utf8, 1, 2, "invalid UTF-8: unexpected continuation byte 0xBF"),
  .init([0x5B, 0x31, 0xF8, 0x5D], utf8, 1, 3, "invalid UTF-8: byte 0xF8 never appears in UTF-8"),
  .init(
    Array(#"{"a"#.utf8) + [0x5C, 0xC3, 0xA9] + Array(#"":1}"#.utf8), escape, 1, 4,
    #"invalid escape '\' followed by 'é' (U+00E9), "# + escapes),
]

@Suite struct JSONReaderErrorTests {
  @Test(arguments: errorCases)
  func reportsError(_ testCase: JSONReaderErrorCase) {
    #expect(
      throws: JSONSyntaxError(
        ruleID: RuleID(testCase.ruleID), message: testCase.message,
        position: TextPosition(line: testCase.line, column: testCase.column))
    ) {
      try JSONReader.parse(testCase.input)
    }
  }

  @Test func reportsDuplicateKeyInLargeObject() {
    let keys = (0..<20).map { "\"key\($0)\":\($0)" }.joined(separator: ",")
    let text = "{\(keys),\"key7\":0}"
    let column = text.utf8.count - #""key7":0}"#.utf8.count + 1
    #expect(
      throws: JSONSyntaxError(
        ruleID: "PARSE_DUPLICATE_KEY", message: #"duplicate key "key7" in object"#,
        position: TextPosition(line: 1, column: column))
    ) {
      try JSONReader.parse(Array(text.utf8))
    }
  }

  @Test func describesErrorAsLineColumnMessage() {
    let error = JSONSyntaxError(
      ruleID: "PARSE_UNEXPECTED_TOKEN", message: "trailing comma before ']'",
      position: TextPosition(line: 3, column: 7))
    #expect(error.description == "3:7: trailing comma before ']'")
  }
}
