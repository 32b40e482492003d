import SchemaModel
import Testing

@testable import Parsers

/// Shorthands for expected trees: a value at line:column.
private func at(_ kind: JSONValue.Kind, _ line: Int, _ column: Int) -> JSONValue {
  JSONValue(kind, at: TextPosition(line: line, column: column))
}

private func member(_ key: String, _ line: Int, _ column: Int, _ value: JSONValue) -> JSONMember {
  JSONMember(key: key, keyPosition: TextPosition(line: line, column: column), value: value)
}

private func number(_ text: String) -> JSONValue.Kind { .number(JSONNumber(text: text)) }

struct JSONReaderTreeCase: CustomTestStringConvertible, Sendable {
  var name: String
  var input: [UInt8]
  var expected: JSONValue
  var testDescription: String { name }

  init(_ name: String, _ input: String, _ expected: JSONValue) {
    self.init(name, Array(input.utf8), expected)
  }

  init(_ name: String, _ input: [UInt8], _ expected: JSONValue) {
    self.name = name
    self.input = input
    self.expected = expected
  }
}

private let treeCases: [JSONReaderTreeCase] = [
  .init("null", "null", at(.null, 1, 1)),
  .init("true with spaces", "  true \n", at(.bool(true), 1, 3)),
  .init("false", "false", at(.bool(false), 1, 1)),
  .init("empty array", "[]", at(.array([]), 1, 1)),
  .init("empty object with spaces", "{ \t}", at(.object([]), 1, 1)),
  .init("empty string", "\"\"", at(.string(""), 1, 1)),
  .init("zero", "0", at(number("0"), 1, 1)),
  .init("negative zero", "-0", at(number("-0"), 1, 1)),
  .init("decimal with exponent", "-1.50e+10", at(number("-1.50e+10"), 1, 1)),
  .init("big integer", "12345678901234567890123", at(number("12345678901234567890123"), 1, 1)),
  .init(
    "nested object keeps key order",
    #"{"b":1,"a":[true,null],"c":{"d":"x"}}"#,
    at(
      .object([
        member("b", 1, 2, at(number("1"), 1, 6)),
        member(
          "a", 1, 8,
          at(.array([at(.bool(true), 1, 13), at(.null, 1, 18)]), 1, 12)),
        member("c", 1, 24, at(.object([member("d", 1, 29, at(.string("x"), 1, 33))]), 1, 28)),
      ]), 1, 1)
  ),
  .init(
    "columns count UTF-8 bytes",
    #"{"é":"ü","k":1}"#,
    at(
      .object([
        member("é", 1, 2, at(.string("ü"), 1, 7)),
        member("k", 1, 12, at(number("1"), 1, 16)),
      ]), 1, 1)
  ),
  .init(
    "lines after LF, CRLF and a lone CR",
    "[\r\n 1,\n\t\"x\",\r  null\r\n]",
    at(.array([at(number("1"), 2, 2), at(.string("x"), 3, 2), at(.null, 4, 3)]), 1, 1)
  ),
  .init(
    "columns after long indentation",
    "[\n" + String(repeating: " ", count: 19) + "1,\n" + String(repeating: " ", count: 16)
      + "\t 2\n]",
    at(.array([at(number("1"), 2, 20), at(number("2"), 3, 19)]), 1, 1)
  ),
  .init(
    "byte order mark is skipped and not counted",
    [0xEF, 0xBB, 0xBF] + Array("[1]".utf8),
    at(.array([at(number("1"), 1, 2)]), 1, 1)
  ),
  .init(
    "escapes and surrogate pairs",
    #""a\n\u00e9\uD83D\uDE00\"\/\\\b\f\r\t""#,
    at(.string("a\né😀\"/\\\u{08}\u{0C}\r\t"), 1, 1)
  ),
  .init(
    "long strings mixing plain runs, escapes and non-ASCII",
    #"["0123456789abcdef\"0123456789abcdef\u00e9", "abcdefghijklmnop√qrstuvwx"]"#,
    at(
      .array([
        at(.string("0123456789abcdef\"0123456789abcdefé"), 1, 2),
        at(.string("abcdefghijklmnop√qrstuvwx"), 1, 46),
      ]), 1, 1)
  ),
  .init("escaped NUL", #""\u0000""#, at(.string("\u{0}"), 1, 1)),
  .init("non-ASCII raw", "\"日本語 🎉\"", at(.string("日本語 🎉"), 1, 1)),
  .init(
    "value after multi-byte string on same line",
    "[\"ü\", 2]",
    at(.array([at(.string("ü"), 1, 2), at(number("2"), 1, 8)]), 1, 1)
  ),
]

@Suite struct JSONReaderTreeTests {
  @Test(arguments: treeCases)
  func parsesTree(_ testCase: JSONReaderTreeCase) throws {
    let value = try JSONReader.parse(testCase.input)
    #expect(value == testCase.expected)
  }

  @Test func keepsBigIntegersExact() throws {
    let value = try JSONReader.parse(Array("[12345678901234567890123, -9223372036854775808]".utf8))
    let elements = try #require(value.elements)
    guard case .number(let big) = elements[0].kind, case .number(let min) = elements[1].kind
    else {
      Issue.record("expected two numbers, got \(elements)")
      return
    }
    #expect(big.text == "12345678901234567890123")
    #expect(big.int64Value == nil)
    #expect(big.isIntegerLiteral)
    #expect(min.int64Value == Int64.min)
  }

  @Test func keepsDuplicateKeysWhenAllowed() throws {
    let value = try JSONReader.parse(
      Array(#"{"a":1,"a":2}"#.utf8), options: .init(allowDuplicateKeys: true))
    let members = try #require(value.members)
    #expect(members.map(\.key) == ["a", "a"])
    #expect(members.map(\.keyPosition.column) == [2, 8])
  }

  @Test func keepsManyDuplicateKeysWhenAllowed() throws {
    let keys = (0..<40).map { "\"k\($0 % 20)\":\($0)" }.joined(separator: ",")
    let value = try JSONReader.parse(
      Array("{\(keys)}".utf8), options: .init(allowDuplicateKeys: true))
    #expect(value.members?.count == 40)
  }

  @Test func comparesTreesByKindOrderAndPosition() throws {
    let tree = try JSONReader.parse(Array(#"{"a":[1,{"b":null}],"c":"x"}"#.utf8))
    #expect(tree == (try JSONReader.parse(Array(#"{"a":[1,{"b":null}],"c":"x"}"#.utf8))))
    #expect(
      tree.hashValue
        == (try JSONReader.parse(Array(#"{"a":[1,{"b":null}],"c":"x"}"#.utf8))).hashValue)
    #expect(tree != (try JSONReader.parse(Array(#"{"c":"x","a":[1,{"b":null}]}"#.utf8))))
    #expect(tree != (try JSONReader.parse(Array(#"{"a":[1,{"b":null}], "c":"x"}"#.utf8))))
    #expect(tree != (try JSONReader.parse(Array(#"{"a":[1,{"b":0}],"c":"x"}"#.utf8))))
    #expect(tree != (try JSONReader.parse(Array(#"{"a":[1,{"B":null}],"c":"x"}"#.utf8))))
  }

  /// Short strings are shared through a cache keyed by their bytes: near-identical strings
  /// (same prefix, other length or last byte) and strings at the very end stay distinct.
  @Test func keepsNearIdenticalShortStringsApart() throws {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzé")
    var strings: [String] = []
    for length in 0...20 {
      let prefix = String(alphabet.prefix(length))
      strings += [prefix, prefix + "X", prefix + "Y", "Z" + prefix, prefix]
    }
    let text = "[" + (strings + strings.reversed()).map { "\"\($0)\"" }.joined(separator: ",") + "]"
    let parsed = try JSONReader.parse(text).elements?.map(\.stringValue)
    #expect(parsed == (strings + strings.reversed()).map { Optional($0) })
    for short in ["\"a\"", "\"abcdefghijklmno\"", "\"é\""] {
      let value = try JSONReader.parse(short)
      #expect(value.stringValue.map { "\"\($0)\"" } == short)
    }
  }

  @Test func parsesFromString() throws {
    let value = try JSONReader.parse("{\"é\": [true]}")
    #expect(value["é"]?.elements?.first?.position == TextPosition(line: 1, column: 9))
  }

  @Test func convertsErrorToDiagnostic() {
    let error = JSONSyntaxError(
      ruleID: "PARSE_DUPLICATE_KEY", message: #"duplicate key "a" in object"#,
      position: TextPosition(line: 2, column: 5))
    let diagnostic = error.diagnostic(file: "schemas/a.avsc")
    #expect(diagnostic.ruleID == "PARSE_DUPLICATE_KEY")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.location == SourceLocation(file: "schemas/a.avsc", line: 2, column: 5))
  }

  @Test func parsesFromRawBuffer() throws {
    let bytes = Array(#"{"x":[1,2]}"#.utf8)
    let value = try bytes.withUnsafeBytes { (raw) throws(JSONSyntaxError) in
      try JSONReader.parse(raw)
    }
    #expect(value["x"]?.elements?.count == 2)
  }
}
