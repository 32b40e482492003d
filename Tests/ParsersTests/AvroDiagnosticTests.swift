import SchemaModel
import Testing

@testable import Parsers

/// One schema with exactly one expected finding, at the `1️⃣` marker.
struct AvroDiagnosticCase: CustomTestStringConvertible, Sendable {
  var name: String
  var source: String
  var ruleID: String
  var severity: Severity
  /// A part of the message that must appear.
  var messagePart: String

  init(
    _ name: String, _ ruleID: String, _ source: String, _ messagePart: String = "",
    severity: Severity = .error
  ) {
    self.name = name
    self.source = source
    self.ruleID = ruleID
    self.severity = severity
    self.messagePart = messagePart
  }

  var testDescription: String { name }
}

/// A record wrapper: `field(type, extra)` is a one-field record whose field has that type.
private func field(_ type: String, _ extra: String = "") -> String {
  """
  {"type": "record", "name": "OrderPlaced", "fields": [
    {"name": "total", "type": \(type)\(extra)}
  ]}
  """
}

private let syntaxCases: [AvroDiagnosticCase] = [
  .init("invalid JSON", "PARSE_UNEXPECTED_TOKEN", #"{"type": "int"1️⃣,}"#, "trailing comma"),
  .init("duplicate JSON key", "PARSE_DUPLICATE_KEY", #"{"type": "int", 1️⃣"type": "long"}"#),
  .init("empty file", "AVRO_EMPTY_FILE", "1️⃣  \n\t ", "empty"),
  .init("number as schema", "AVRO_INVALID_SCHEMA", "1️⃣42", "found integer"),
  .init("boolean as field type", "AVRO_INVALID_SCHEMA", field("1️⃣true"), "found boolean"),
  .init("null as array items", "AVRO_INVALID_SCHEMA", #"{"type": "array", "items": 1️⃣null}"#),
  .init("object without type", "AVRO_MISSING_ATTRIBUTE", #"1️⃣{"name": "x"}"#, "'type'"),
  .init(
    "type is an object", "AVRO_INVALID_ATTRIBUTE", #"{"type": 1️⃣{"type": "int"}}"#,
    "a string naming a type"),
]

private let missingAttributeCases: [AvroDiagnosticCase] = [
  .init(
    "record without name", "AVRO_MISSING_ATTRIBUTE", #"1️⃣{"type": "record", "fields": []}"#,
    "'name'"),
  .init(
    "record without fields", "AVRO_MISSING_ATTRIBUTE", #"1️⃣{"type": "record", "name": "R"}"#,
    "'fields'"),
  .init(
    "enum without symbols", "AVRO_MISSING_ATTRIBUTE", #"1️⃣{"type": "enum", "name": "E"}"#,
    "'symbols'"),
  .init(
    "fixed without size", "AVRO_MISSING_ATTRIBUTE", #"1️⃣{"type": "fixed", "name": "F"}"#,
    "'size'"),
  .init("array without items", "AVRO_MISSING_ATTRIBUTE", #"1️⃣{"type": "array"}"#, "'items'"),
  .init("map without values", "AVRO_MISSING_ATTRIBUTE", #"1️⃣{"type": "map"}"#, "'values'"),
  .init(
    "field without type", "AVRO_MISSING_ATTRIBUTE",
    #"{"type": "record", "name": "R", "fields": [1️⃣{"name": "a"}]}"#, "field 'R.a'"),
  .init(
    "field without name", "AVRO_MISSING_ATTRIBUTE",
    #"{"type": "record", "name": "R", "fields": [1️⃣{"type": "int"}]}"#, "'name'"),
]

private let attributeCases: [AvroDiagnosticCase] = [
  .init(
    "fields not an array", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "record", "name": "R", "fields": 1️⃣{}}"#, "an array of field objects"),
  .init(
    "field not an object", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "record", "name": "R", "fields": [1️⃣"a"]}"#, "containing string"),
  .init(
    "name not a string", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "record", "name": 1️⃣7, "fields": []}"#, "must be a string"),
  .init(
    "symbols not an array", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "enum", "name": "E", "symbols": 1️⃣"A"}"#),
  .init(
    "symbol not a string", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "enum", "name": "E", "symbols": ["A", 1️⃣2]}"#),
  .init(
    "enum default not a symbol", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "enum", "name": "E", "symbols": ["A"], "default": 1️⃣"B"}"#,
    "not one of its symbols"),
  .init(
    "fixed size negative", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "fixed", "name": "F", "size": 1️⃣-1}"#, "found -1"),
  .init(
    "fixed size a string", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "fixed", "name": "F", "size": 1️⃣"16"}"#, "found string"),
  .init(
    "fixed size a fraction", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "fixed", "name": "F", "size": 1️⃣1.5}"#, "found 1.5"),
  .init(
    "fixed size above 32 bits", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "fixed", "name": "F", "size": 1️⃣4294967296}"#),
  .init(
    "invalid order", "AVRO_INVALID_ATTRIBUTE", field(#""int""#, #", "order": 1️⃣"up""#),
    #"found "up""#),
  .init(
    "order not a string", "AVRO_INVALID_ATTRIBUTE", field(#""int""#, #", "order": 1️⃣1"#),
    "found integer"),
  .init(
    "doc not a string", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "record", "name": "R", "doc": 1️⃣[], "fields": []}"#),
  .init(
    "aliases not an array", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "record", "name": "R", "aliases": 1️⃣"Old", "fields": []}"#),
  .init(
    "namespace not a string", "AVRO_INVALID_ATTRIBUTE",
    #"{"type": "record", "name": "R", "namespace": 1️⃣1, "fields": []}"#),
]

private let nameCases: [AvroDiagnosticCase] = [
  .init(
    "record name starts with a digit", "AVRO_INVALID_NAME",
    #"{"type": "record", "name": 1️⃣"1abc", "fields": []}"#, "record name '1abc'"),
  .init(
    "dotted name with a bad part", "AVRO_INVALID_NAME",
    #"{"type": "record", "name": 1️⃣"com.1acme.R", "fields": []}"#),
  .init(
    "empty record name", "AVRO_INVALID_NAME", #"{"type": "record", "name": 1️⃣"", "fields": []}"#),
  .init(
    "namespace with an empty part", "AVRO_INVALID_NAME",
    #"{"type": "record", "name": "R", "namespace": 1️⃣"a..b", "fields": []}"#, "namespace"),
  .init(
    "namespace with a dash", "AVRO_INVALID_NAME",
    #"{"type": "record", "name": "R", "namespace": 1️⃣"com.my-co", "fields": []}"#),
  .init(
    "field name with a dash", "AVRO_INVALID_NAME",
    #"{"type": "record", "name": "R", "fields": [{"name": 1️⃣"my-field", "type": "int"}]}"#,
    "field name"),
  .init(
    "non-ASCII field name", "AVRO_NON_PORTABLE_NAME",
    #"{"type": "record", "name": "R", "fields": [{"name": 1️⃣"prénom", "type": "int"}]}"#,
    "Apache Avro for Java accepts it", severity: .warning),
  .init(
    "non-ASCII namespace", "AVRO_NON_PORTABLE_NAME",
    #"{"type": "record", "name": "R", "namespace": 1️⃣"com.société", "fields": []}"#,
    "namespace 'com.société'", severity: .warning),
  .init(
    "non-ASCII enum symbol", "AVRO_NON_PORTABLE_NAME",
    #"{"type": "enum", "name": "E", "symbols": [1️⃣"Ä"]}"#, severity: .warning),
  .init(
    "non-ASCII record name used by reference", "AVRO_NON_PORTABLE_NAME",
    #"[{"type": "fixed", "name": 1️⃣"Größe", "size": 1}, {"type": "array", "items": "Größe"}]"#,
    severity: .warning),
  .init(
    "symbol character even Java refuses", "AVRO_INVALID_NAME",
    #"{"type": "enum", "name": "E", "symbols": [1️⃣"Ä-B"]}"#),
  .init(
    "enum symbol with a dash", "AVRO_INVALID_NAME",
    #"{"type": "enum", "name": "E", "symbols": ["A", 1️⃣"B-C"]}"#, "enum symbol"),
  .init(
    "enum name with a space", "AVRO_INVALID_NAME",
    #"{"type": "enum", "name": 1️⃣"My Enum", "symbols": []}"#),
  .init(
    "fixed named like a primitive", "AVRO_INVALID_NAME",
    #"{"type": "fixed", "name": 1️⃣"int", "size": 4}"#, "primitive"),
  .init(
    "record named like a primitive in a namespace", "AVRO_INVALID_NAME",
    #"{"type": "record", "name": 1️⃣"com.acme.string", "fields": []}"#, "primitive"),
]

private let structureCases: [AvroDiagnosticCase] = [
  .init(
    "duplicate field", "AVRO_DUPLICATE_FIELD",
    """
    {"type": "record", "name": "R", "fields": [
      {"name": "a", "type": "int"},
      {"name": 1️⃣"a", "type": "long"}
    ]}
    """, "more than one field named 'a'"),
  .init(
    "duplicate symbol", "AVRO_DUPLICATE_SYMBOL",
    #"{"type": "enum", "name": "Suit", "symbols": ["SPADES", "HEARTS", 1️⃣"SPADES"]}"#,
    "'SPADES'"),
  .init(
    "named type defined twice", "AVRO_DUPLICATE_TYPE",
    """
    {"type": "record", "name": "R", "namespace": "n", "fields": [
      {"name": "a", "type": {"type": "fixed", "name": "F", "size": 2}},
      {"name": "b", "type": {"type": "enum", "name": 1️⃣"n.F", "symbols": ["X"]}}
    ]}
    """, "'n.F' is defined more than once"),
  .init(
    "record redefines itself", "AVRO_DUPLICATE_TYPE",
    """
    {"type": "record", "name": "R", "fields": [
      {"name": "a", "type": {"type": "record", "name": 1️⃣"R", "fields": []}}
    ]}
    """),
  .init("union in union", "AVRO_INVALID_UNION", #"["null", 1️⃣["int", "long"]]"#, "another union"),
  .init(
    "two strings in a union", "AVRO_INVALID_UNION", #"["null", "string", 1️⃣"string"]"#,
    "'string' more than once"),
  .init(
    "primitive in object form repeats", "AVRO_INVALID_UNION",
    #"["long", 1️⃣{"type": "long", "logicalType": "timestamp-millis"}]"#, "'long'"),
  .init(
    "two arrays in a union", "AVRO_INVALID_UNION",
    #"[{"type": "array", "items": "int"}, 1️⃣{"type": "array", "items": "long"}]"#, "'array'"),
  .init(
    "two maps in a union", "AVRO_INVALID_UNION",
    #"[{"type": "map", "values": "int"}, 1️⃣{"type": "map", "values": "long"}]"#, "'map'"),
  .init(
    "same named type twice in a union", "AVRO_INVALID_UNION",
    #"[{"type": "fixed", "name": "F", "size": 1}, 1️⃣"F"]"#, "'F'"),
  .init(
    "invalid type name", "AVRO_UNKNOWN_TYPE", field(#"1️⃣"not-a-type""#), "'not-a-type'"),
  .init("empty type name", "AVRO_UNKNOWN_TYPE", field(#"1️⃣"""#)),
  .init(
    "complex type name without attributes", "AVRO_UNKNOWN_TYPE", field(#"1️⃣"array""#),
    #"{"type": "array", ...}"#),
  .init("record keyword as a name", "AVRO_UNKNOWN_TYPE", #"[1️⃣"record"]"#),
]

private let defaultCases: [AvroDiagnosticCase] = [
  .init(
    "string default for long", "AVRO_INVALID_DEFAULT",
    field(#""long""#, #", "default": 1️⃣"12""#),
    "default for field 'OrderPlaced.total' must be a long, found string"),
  .init(
    "int default out of range", "AVRO_INVALID_DEFAULT",
    field(#""int""#, #", "default": 1️⃣2147483648"#), "out of range"),
  .init(
    "long default out of range", "AVRO_INVALID_DEFAULT",
    field(#""long""#, #", "default": 1️⃣9223372036854775808"#), "out of range"),
  .init(
    "fraction for int", "AVRO_INVALID_DEFAULT", field(#""int""#, #", "default": 1️⃣1.5"#),
    "must be an int, found 1.5"),
  .init(
    "exponent for long", "AVRO_INVALID_DEFAULT", field(#""long""#, #", "default": 1️⃣1e3"#)),
  .init(
    "word for double", "AVRO_INVALID_DEFAULT",
    field(#""double""#, #", "default": 1️⃣"ten""#), "a double"),
  .init(
    "NaN string for a double in a union", "AVRO_INVALID_DEFAULT",
    field(#"["double", "null"]"#, #", "default": 1️⃣"NaN""#), "(double, null)"),
  .init(
    "NaN string inside an array default", "AVRO_INVALID_DEFAULT",
    field(#"{"type": "array", "items": "float"}"#, #", "default": [1️⃣"NaN"]"#), "at /0"),
  .init(
    "number for boolean", "AVRO_INVALID_DEFAULT", field(#""boolean""#, #", "default": 1️⃣0"#)),
  .init(
    "null for string", "AVRO_INVALID_DEFAULT", field(#""string""#, #", "default": 1️⃣null"#),
    "must be a string, found null"),
  .init(
    "bytes above 0xFF", "AVRO_INVALID_DEFAULT",
    field(#""bytes""#, #", "default": 1️⃣"\u0100""#), "U+0100"),
  .init(
    "fixed of the wrong length", "AVRO_INVALID_DEFAULT",
    field(#"{"type": "fixed", "name": "F", "size": 2}"#, #", "default": 1️⃣"\u00ff""#),
    "found 1 characters"),
  .init(
    "enum default not a symbol", "AVRO_INVALID_DEFAULT",
    field(#"{"type": "enum", "name": "E", "symbols": ["A"]}"#, #", "default": 1️⃣"B""#),
    "a symbol of enum E"),
  .init(
    "union default fitting no branch", "AVRO_INVALID_DEFAULT",
    field(#"["null", "int"]"#, #", "default": 1️⃣"x""#), "(null, int)"),
  .init(
    "array element of the wrong type", "AVRO_INVALID_DEFAULT",
    field(#"{"type": "array", "items": "int"}"#, #", "default": [1, 2, 1️⃣"3"]"#), "at /2"),
  .init(
    "map value of the wrong type", "AVRO_INVALID_DEFAULT",
    field(#"{"type": "map", "values": "int"}"#, #", "default": {"a": 1️⃣true}"#), "at /a"),
  .init(
    "array for map", "AVRO_INVALID_DEFAULT",
    field(#"{"type": "map", "values": "int"}"#, #", "default": 1️⃣[]"#)),
  .init(
    "record default missing a field without default", "AVRO_INVALID_DEFAULT",
    field(
      #"{"type": "record", "name": "Money", "fields": [{"name": "units", "type": "long"}]}"#,
      #", "default": 1️⃣{}"#), "field 'units'"),
  .init(
    "record default with a wrong nested field", "AVRO_INVALID_DEFAULT",
    field(
      #"{"type": "record", "name": "Money", "fields": [{"name": "units", "type": "long"}]}"#,
      #", "default": {"units": 1️⃣"x"}"#), "at /units must be a long"),
  .init(
    "default through a reference", "AVRO_INVALID_DEFAULT",
    """
    {"type": "record", "name": "R", "fields": [
      {"name": "a", "type": {"type": "enum", "name": "E", "symbols": ["X"]}},
      {"name": "b", "type": "E", "default": 1️⃣"Y"}
    ]}
    """, "field 'R.b'"),
]

private let logicalTypeCases: [AvroDiagnosticCase] = [
  .init(
    "unknown logical type", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "string", "logicalType": 1️⃣"iso-date"}"#, "not known", severity: .warning),
  .init(
    "date on long", "AVRO_INVALID_LOGICAL_TYPE", #"{"type": "long", "logicalType": 1️⃣"date"}"#,
    "must annotate an int, found long", severity: .warning),
  .init(
    "timestamp on int", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "int", "logicalType": 1️⃣"timestamp-millis"}"#, severity: .warning),
  .init(
    "time-micros on int", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "int", "logicalType": 1️⃣"time-micros"}"#, severity: .warning),
  .init(
    "decimal scale above precision", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "bytes", "logicalType": 1️⃣"decimal", "precision": 2, "scale": 3}"#,
    "'scale' (3) must not be greater than 'precision' (2)", severity: .warning),
  .init(
    "decimal without precision", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "bytes", "logicalType": 1️⃣"decimal"}"#, "'precision'", severity: .warning),
  .init(
    "decimal precision zero", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "bytes", "logicalType": 1️⃣"decimal", "precision": 0}"#, severity: .warning),
  .init(
    "decimal negative scale", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "bytes", "logicalType": 1️⃣"decimal", "precision": 4, "scale": -1}"#,
    severity: .warning),
  .init(
    "decimal precision a string", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "bytes", "logicalType": 1️⃣"decimal", "precision": "4"}"#, severity: .warning),
  .init(
    "decimal on string", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "string", "logicalType": 1️⃣"decimal", "precision": 4}"#, severity: .warning),
  .init(
    "decimal too precise for its fixed", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "fixed", "name": "D", "size": 2, "logicalType": 1️⃣"decimal", "precision": 5}"#,
    "at most 4 digits", severity: .warning),
  .init(
    "uuid on a fixed of 15", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "fixed", "name": "U", "size": 15, "logicalType": 1️⃣"uuid"}"#,
    severity: .warning),
  .init(
    "duration on a fixed of 16", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "fixed", "name": "U", "size": 16, "logicalType": 1️⃣"duration"}"#,
    severity: .warning),
  .init(
    "big-decimal on fixed", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "fixed", "name": "U", "size": 16, "logicalType": 1️⃣"big-decimal"}"#,
    severity: .warning),
  .init(
    "logicalType not a string", "AVRO_INVALID_LOGICAL_TYPE",
    #"{"type": "int", "logicalType": 1️⃣1}"#, severity: .warning),
]

@Suite("Avro parser diagnostics")
struct AvroDiagnosticTests {
  @Test(
    arguments: syntaxCases + missingAttributeCases + attributeCases + nameCases + structureCases
      + defaultCases + logicalTypeCases)
  func reportsExactlyOneFindingAtTheMarker(_ testCase: AvroDiagnosticCase) throws {
    let source = MarkedAvroSource(testCase.source)
    let marker = try #require(source.markerPosition)
    let document = AvroTestSupport.parse(source.text)
    #expect(document.diagnostics.count == 1, "\(document.diagnostics)")
    let diagnostic = try #require(document.diagnostics.first)
    #expect(diagnostic.ruleID.rawValue == testCase.ruleID, "\(diagnostic.message)")
    #expect(diagnostic.severity == testCase.severity)
    #expect(diagnostic.location?.file == AvroTestSupport.path)
    #expect(diagnostic.location?.line == marker.line)
    #expect(diagnostic.location?.column == marker.column)
    if !testCase.messagePart.isEmpty {
      #expect(diagnostic.message.contains(testCase.messagePart), "\(diagnostic.message)")
    }
  }

  @Test func duplicateTypeNotesTheFirstDefinition() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "a", "type": {"type": "record", "name": "R", "fields": []}}
      ]}
      """)
    let diagnostic = try #require(document.diagnostics.first)
    #expect(
      diagnostic.notes.first?.location
        == SchemaModel.SourceLocation(file: "test.avsc", line: 1, column: 1))
  }

  @Test func findsEveryProblemOfAFileInOrder() {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "a", "type": "int", "default": "x"},
        {"name": "a-b", "type": ["int", "int"]},
        {"name": "c", "type": {"type": "enum", "name": "E", "symbols": ["A", "A"]}}
      ]}
      """)
    let found = document.diagnostics.map {
      "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.ruleID)"
    }
    #expect(
      found == [
        "2:43 AVRO_INVALID_DEFAULT", "3:12 AVRO_INVALID_NAME", "3:35 AVRO_INVALID_UNION",
        "4:72 AVRO_DUPLICATE_SYMBOL",
      ])
    #expect(
      document.diagnostics.map(\.path) == [
        "/fields/0/default", "/fields/1", "/fields/1/type/1", "/fields/2/type",
      ])
  }

  @Test func pathsReachIntoDefaultsAndCollections() {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "m", "type": {"type": "map", "values": {"type": "array", "items": "Nope-"}}},
        {"name": "r", "type": {"type": "record", "name": "Money", "fields": [
          {"name": "units", "type": "long"}]}, "default": {"units": "1"}}
      ]}
      """)
    #expect(
      document.diagnostics.map { "\($0.ruleID) \($0.path ?? "-")" } == [
        "AVRO_UNKNOWN_TYPE /fields/0/type/values/items",
        "AVRO_INVALID_DEFAULT /fields/1/default/units",
      ])
  }

  @Test func nestingTooDeepIsADiagnosticNotACrash() throws {
    let depth = 300
    let text =
      String(repeating: #"{"type": "array", "items": "#, count: depth) + #""int""#
      + String(repeating: "}", count: depth)
    let document = AvroTestSupport.parse(text)
    let diagnostic = try #require(document.diagnostics.first)
    #expect(diagnostic.ruleID == "AVRO_NESTING_TOO_DEEP")
    #expect(document.diagnostics.count == 1)
  }

  /// Records nested to just under the limit, each with a default, parse on a test thread.
  @Test func deeplyNestedRecordsParse() throws {
    let depth = 49  // Each record level is two schema levels: the record and its field's type.
    var text = ""
    for level in 0..<depth {
      // Each `{}` takes the inner record's field default, down to the innermost `null`.
      let defaultValue = level == depth - 1 ? "null" : "{}"
      text +=
        #"{"type": "record", "name": "R\#(level)", "fields": [{"name": "f", "default": \#(defaultValue), "type": "#
    }
    text += #"["null", "long"]"#
    for _ in 0..<depth { text += "}]}" }
    let document = AvroTestSupport.parse(text)
    #expect(document.diagnostics.map(\.ruleID) == [])
    #expect(document.namedTypes.count == depth)
    #expect(AvroCanonicalForm.text(of: document) != nil)
  }

  @Test func deepUnionNestingIsADiagnostic() {
    let depth = 600
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let document = AvroTestSupport.parse(text)
    #expect(document.hasErrors)
  }

  @Test func jsonNestingBeyondTheReaderLimitIsADiagnostic() throws {
    let depth = 2000
    let text =
      String(repeating: #"{"type": "array", "items": "#, count: depth) + #""int""#
      + String(repeating: "}", count: depth)
    let document = AvroTestSupport.parse(text)
    let diagnostic = try #require(document.diagnostics.first)
    #expect(diagnostic.ruleID == "PARSE_NESTING_TOO_DEEP")
  }
}
