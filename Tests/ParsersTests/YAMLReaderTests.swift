import Parsers
import SchemaModel
import Testing

@Suite struct YAMLReaderTests {
  @Test(arguments: [
    ("a: true", JSONValue.Kind.bool(true)),
    ("a: False", .bool(false)),
    ("a: null", .null),
    ("a: ~", .null),
    ("a:", .null),
    ("a: 42", .number(JSONNumber(text: "42"))),
    ("a: -0012", .number(JSONNumber(text: "-12"))),
    ("a: +7", .number(JSONNumber(text: "7"))),
    ("a: 0x1F", .number(JSONNumber(text: "31"))),
    ("a: 0o17", .number(JSONNumber(text: "15"))),
    ("a: 1.5e3", .number(JSONNumber(text: "1.5e3"))),
    ("a: .5", .number(JSONNumber(text: "0.5"))),
    ("a: yes", .string("yes")),
    ("a: on", .string("on")),
    ("a: 2001-12-14", .string("2001-12-14")),
    ("a: '42'", .string("42")),
    ("a: \"true\"", .string("true")),
  ])
  func coreSchemaScalars(text: String, expected: JSONValue.Kind) throws {
    let value = try YAMLReader.parse(text)
    #expect(value["a"]?.kind == expected)
  }

  @Test func positionsAreOneBasedLinesAndColumns() throws {
    let value = try YAMLReader.parse("name: x\nitems:\n  - price: -1\n")
    let items = try #require(value["items"]?.elements)
    #expect(items[0].position == TextPosition(line: 3, column: 5))
    let member = try #require(items[0].members?.first)
    #expect(member.keyPosition == TextPosition(line: 3, column: 5))
    #expect(member.value.position == TextPosition(line: 3, column: 12))
    #expect(value.members?.map(\.key) == ["name", "items"])
  }

  @Test func aliasesExpand() throws {
    let value = try YAMLReader.parse("base: &b {x: 1}\ncopy: *b\n")
    #expect(value["copy"]?["x"]?.kind == .number(JSONNumber(text: "1")))
  }

  @Test func duplicateKeysAreRefused() {
    #expect {
      _ = try YAMLReader.parse("a: 1\nb: 2\na: 3\n")
    } throws: { error in
      (error as? YAMLReadError)?.ruleID == "PARSE_DUPLICATE_KEY"
    }
  }

  @Test(arguments: ["a: !!binary aGVsbG8=", "a: !!set {x: null}", "a: !custom 1", "a: !!int 3"])
  func typeTagsAreRefused(text: String) {
    #expect {
      _ = try YAMLReader.parse(text)
    } throws: { error in
      (error as? YAMLReadError)?.ruleID == "PARSE_YAML_TAG"
    }
  }

  @Test func billionLaughsIsRefused() {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(refs)]")
    }
    #expect {
      _ = try YAMLReader.parse(lines.joined(separator: "\n"))
    } throws: { error in
      guard let error = error as? YAMLReadError else { return false }
      return error.kind == .tooManyNodes(limit: YAMLReader.nodeLimit)
    }
  }

  @Test func aliasAsKeyIsRefused() {
    #expect {
      _ = try YAMLReader.parse("a: &k key\n*k : 1\n")
    } throws: { error in
      (error as? YAMLReadError)?.kind == .aliasKey
    }
  }

  @Test(arguments: ["a: .inf", "a: -.Inf", "a: .nan"])
  func nonFiniteNumbersAreRefused(text: String) {
    #expect(throws: YAMLReadError.self) { _ = try YAMLReader.parse(text) }
  }

  @Test func syntaxErrorsAreLocated() throws {
    let error = try #require(
      #expect(throws: YAMLReadError.self) { _ = try YAMLReader.parse("a: [1, 2\nb: 3\n") })
    #expect(error.ruleID == "PARSE_INVALID_YAML")
    #expect(error.position != nil)
  }

  @Test func emptyDocumentIsAnError() {
    #expect(throws: YAMLReadError(.empty)) { _ = try YAMLReader.parse("# only a comment\n") }
  }
}
