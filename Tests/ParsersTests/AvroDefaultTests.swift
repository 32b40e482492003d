import SchemaModel
import Testing

@testable import Parsers

struct AvroDefaultCase: CustomTestStringConvertible, Sendable {
  var type: String
  var defaultValue: String
  var testDescription: String { "\(type) = \(defaultValue)" }

  init(_ type: String, _ defaultValue: String) {
    self.type = type
    self.defaultValue = defaultValue
  }
}

/// Defaults the spec's table (and Java 1.12) accept.
private let acceptedDefaults: [AvroDefaultCase] = [
  .init(#""null""#, "null"),
  .init(#""boolean""#, "true"),
  .init(#""int""#, "-2147483648"),
  .init(#""int""#, "2147483647"),
  .init(#""long""#, "9223372036854775807"),
  .init(#""long""#, "-9223372036854775808"),
  .init(#""float""#, "1.5"),
  .init(#""float""#, "1"),
  .init(#""double""#, "-1.5e300"),
  // Java turns a string default of a float or double field into a number first.
  .init(#""double""#, #""NaN""#),
  .init(#""double""#, #""-Infinity""#),
  .init(#""float""#, #""1.5""#),
  .init(#""float""#, #"" 2.5e-3f ""#),
  .init(#""bytes""#, #""\u00FF\u0000abc""#),
  .init(#""string""#, #""foo""#),
  .init(#"{"type": "string", "logicalType": "uuid"}"#, #""00000000-0000-0000-0000-000000000000""#),
  .init(#"{"type": "long", "logicalType": "timestamp-millis"}"#, "0"),
  .init(#"{"type": "bytes", "logicalType": "decimal", "precision": 4, "scale": 2}"#, #""\u0001""#),
  .init(#"{"type": "fixed", "name": "F", "size": 2}"#, #""\u00ffa""#),
  .init(#"{"type": "enum", "name": "E", "symbols": ["A", "B"]}"#, #""B""#),
  .init(#"{"type": "array", "items": "int"}"#, "[]"),
  .init(#"{"type": "array", "items": "int"}"#, "[1, 2, 3]"),
  .init(#"{"type": "map", "values": "long"}"#, #"{"a": 1, "b": 2}"#),
  .init(#"["null", "string"]"#, "null"),
  // Since the 1.12 spec a union default may match any branch, not only the first.
  .init(#"["null", "string"]"#, #""x""#),
  .init(#"["string", "null"]"#, "null"),
  .init(#"["int", {"type": "array", "items": "string"}]"#, #"["a"]"#),
  .init(
    #"{"type": "record", "name": "Money", "fields": [{"name": "units", "type": "long"}, {"name": "currency", "type": "string", "default": "EUR"}]}"#,
    #"{"units": 5}"#),
  .init(
    #"{"type": "record", "name": "Node", "fields": [{"name": "v", "type": "int"}, {"name": "next", "type": ["null", "Node"], "default": null}]}"#,
    #"{"v": 1, "next": {"v": 2}}"#),
  .init(#""ExternalType""#, #""anything""#),
]

@Suite("Avro field defaults")
struct AvroDefaultTests {
  @Test(arguments: acceptedDefaults)
  func acceptsDefaultsThatFitTheType(_ testCase: AvroDefaultCase) throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "f", "type": \(testCase.type), "default": \(testCase.defaultValue)}
      ]}
      """)
    #expect(document.diagnostics == [])
    let root = try #require(document.root)
    guard case .record(let record) = root.kind else {
      Issue.record("not a record")
      return
    }
    #expect(record.fields.first?.defaultValue != nil)
  }

  @Test(arguments: [
    ("NaN", true), ("Infinity", true), ("+Infinity", true), ("-1", true), ("1.", true),
    (".5", true), ("1e5", true), ("1E-5d", true), (" 7 ", true), ("nan", false),
    ("inf", false), ("", false), (".", false), ("1e", false), ("1.2.3", false), ("0x10", false),
    ("1,5", false),
  ])
  func javaDoubleStrings(_ text: String, _ accepted: Bool) {
    #expect(AvroDefaultValidator.isJavaDoubleString(text) == accepted)
  }

  @Test func aRecordDefaultThatTakesItsOwnDefaultForeverStops() {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "self", "type": "R", "default": {}}
      ]}
      """)
    // Each level of `{}` takes the field's own default again; the validator gives up at its
    // depth limit instead of recursing forever.
    #expect(!document.hasErrors)
  }
}
