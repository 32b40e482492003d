import Parsers
import SchemaModel
import Testing

@testable import Compat

/// One reader/writer pair as Avro schema text and the exact incompatibilities Java reports
/// (`KIND location`, in Java's order). Names follow Java's verdict where Python's differs.
struct TextCase: CustomTestStringConvertible, Sendable {
  var name: String
  var reader: String
  var writer: String
  var expected: [String]
  var testDescription: String { name }

  init(_ name: String, reader: String, writer: String, _ expected: [String] = []) {
    self.name = name
    self.reader = reader
    self.writer = writer
    self.expected = expected
  }
}

private func record(_ name: String, _ fields: String, extra: String = "") -> String {
  #"{"type": "record", "name": "\#(name)"\#(extra), "fields": [\#(fields)]}"#
}

private let textCases: [TextCase] = [
  TextCase(
    "namespace is ignored (AVRO-2400, Java 1.9.1+)",
    reader: record("User", #"{"name": "id", "type": "int"}"#, extra: #", "namespace": "a""#),
    writer: record("User", #"{"name": "id", "type": "int"}"#, extra: #", "namespace": "b""#)),
  TextCase(
    "record renamed without alias",
    reader: record("x.Person", #"{"name": "id", "type": "int"}"#),
    writer: record("x.User", #"{"name": "id", "type": "int"}"#), ["NAME_MISMATCH /name"]),
  TextCase(
    "reader alias with the writer's full name",
    reader: record(
      "x.Person", #"{"name": "id", "type": "int"}"#, extra: #", "aliases": ["x.User"]"#),
    writer: record("x.User", #"{"name": "id", "type": "int"}"#)),
  TextCase(
    "Java resolves a relative reader alias against the reader's namespace (Python does not)",
    reader: record("x.Person", #"{"name": "id", "type": "int"}"#, extra: #", "aliases": ["User"]"#),
    writer: record("x.User", #"{"name": "id", "type": "int"}"#)),
  TextCase(
    "Java resolves a relative alias into the reader's namespace, missing a null-namespace writer",
    reader: record(
      "Person", #"{"name": "id", "type": "int"}"#,
      extra: #", "namespace": "com.acme", "aliases": ["User"]"#),
    writer: record("User", #"{"name": "id", "type": "int"}"#), ["NAME_MISMATCH /name"]),
  TextCase(
    "relative reader alias does not reach another namespace",
    reader: record("x.Person", #"{"name": "id", "type": "int"}"#, extra: #", "aliases": ["User"]"#),
    writer: record("y.User", #"{"name": "id", "type": "int"}"#), ["NAME_MISMATCH /name"]),
  TextCase(
    "fully qualified reader alias reaches another namespace",
    reader: record(
      "x.Person", #"{"name": "id", "type": "int"}"#, extra: #", "aliases": ["y.User"]"#),
    writer: record("y.User", #"{"name": "id", "type": "int"}"#)),
  TextCase(
    "writer type aliases are ignored",
    reader: record("x.Person", #"{"name": "id", "type": "int"}"#),
    writer: record("x.User", #"{"name": "id", "type": "int"}"#, extra: #", "aliases": ["Person"]"#),
    ["NAME_MISMATCH /name"]),
  TextCase(
    "writer field aliases are ignored",
    reader: record("R", #"{"name": "f1", "type": "int"}"#),
    writer: record("R", #"{"name": "f1_new", "type": "int", "aliases": ["f1"]}"#),
    ["READER_FIELD_MISSING_DEFAULT_VALUE /fields/0"]),
  TextCase(
    "field renamed with a reader alias",
    reader: record("R", #"{"name": "f1_new", "type": "int", "aliases": ["f1"]}"#),
    writer: record("R", #"{"name": "f1", "type": "int"}"#)),
  TextCase(
    "ambiguous field alias: Java throws, Confluent reports it",
    reader: record("R", #"{"name": "a", "type": "int", "aliases": ["b"]}"#),
    writer: record("R", #"{"name": "a", "type": "int"}, {"name": "b", "type": "int"}"#),
    ["AVRO_AMBIGUOUS_FIELD_ALIAS /fields/0"]),
  TextCase(
    "field added with a default",
    reader: record(
      "R", #"{"name": "a", "type": "int"}, {"name": "b", "type": "string", "default": "x"}"#),
    writer: record("R", #"{"name": "a", "type": "int"}"#)),
  TextCase(
    "field added without a default",
    reader: record("R", #"{"name": "a", "type": "int"}, {"name": "b", "type": "string"}"#),
    writer: record("R", #"{"name": "a", "type": "int"}"#),
    ["READER_FIELD_MISSING_DEFAULT_VALUE /fields/1"]),
  TextCase(
    "optional field added with null default",
    reader: record(
      "R",
      #"{"name": "a", "type": "int"}, {"name": "b", "type": ["null", "string"], "default": null}"#),
    writer: record("R", #"{"name": "a", "type": "int"}"#)),
  TextCase(
    "field default value is not compared, only its presence",
    reader: record("R", #"{"name": "a", "type": "int", "default": 7}"#),
    writer: record("R", #"{"name": "a", "type": "int", "default": 1}"#)),
  TextCase(
    "writer field unknown to the reader is skipped",
    reader: record("R", #"{"name": "a", "type": "int"}"#),
    writer: record("R", #"{"name": "a", "type": "int"}, {"name": "b", "type": "long"}"#)),
  TextCase(
    "field order and doc are ignored",
    reader: record(
      "R",
      #"{"name": "b", "type": "long", "doc": "B"}, {"name": "a", "type": "int", "order": "descending"}"#
    ),
    writer: record("R", #"{"name": "a", "type": "int"}, {"name": "b", "type": "long"}"#)),
  TextCase(
    "enum missing writer symbols (sorted message)",
    reader: #"{"type": "enum", "name": "E", "symbols": ["A", "C"]}"#,
    writer: #"{"type": "enum", "name": "E", "symbols": ["A", "D", "C", "B"]}"#,
    ["MISSING_ENUM_SYMBOLS /symbols"]),
  TextCase(
    "enum reader default covers unknown writer symbols",
    reader: #"{"type": "enum", "name": "E", "symbols": ["A", "B"], "default": "A"}"#,
    writer: #"{"type": "enum", "name": "E", "symbols": ["A", "B", "C"]}"#),
  TextCase(
    "enum writer default does not help",
    reader: #"{"type": "enum", "name": "E", "symbols": ["A", "B"]}"#,
    writer: #"{"type": "enum", "name": "E", "symbols": ["A", "B", "C"], "default": "A"}"#,
    ["MISSING_ENUM_SYMBOLS /symbols"]),
  TextCase(
    "enum field default does not cover unknown symbols",
    reader: record(
      "R",
      #"{"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["A"]}, "default": "A"}"#),
    writer: record(
      "R", #"{"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["A", "B"]}}"#),
    ["MISSING_ENUM_SYMBOLS /fields/0/type/symbols"]),
  TextCase(
    "enum-typed field with only an enum-level default, missing in the writer",
    reader: record(
      "R",
      #"{"name": "a", "type": "int"}, {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["A", "B"], "default": "A"}}"#
    ),
    writer: record("R", #"{"name": "a", "type": "int"}"#), ["TYPE_MISMATCH /fields/1/type"]),
  TextCase(
    "enum renamed with a reader alias",
    reader: #"{"type": "enum", "name": "F", "aliases": ["E"], "symbols": ["A"]}"#,
    writer: #"{"type": "enum", "name": "E", "symbols": ["A"]}"#),
  TextCase(
    "fixed renamed with a reader alias",
    reader: #"{"type": "fixed", "name": "G", "aliases": ["F"], "size": 4}"#,
    writer: #"{"type": "fixed", "name": "F", "size": 4}"#),
  TextCase(
    "fixed name and size mismatch",
    reader: #"{"type": "fixed", "name": "F", "size": 4}"#,
    writer: #"{"type": "fixed", "name": "G", "size": 8}"#,
    ["NAME_MISMATCH /name", "FIXED_SIZE_MISMATCH /size"]),
  TextCase(
    "logical types ignored: decimal precision change on bytes",
    reader: #"{"type": "bytes", "logicalType": "decimal", "precision": 4, "scale": 2}"#,
    writer: #"{"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 5}"#),
  TextCase(
    "logical types ignored: timestamp-millis to timestamp-micros",
    reader: #"{"type": "long", "logicalType": "timestamp-micros"}"#,
    writer: #"{"type": "long", "logicalType": "timestamp-millis"}"#),
  TextCase(
    "logical types ignored: date read as long is a promotion",
    reader: #""long""#, writer: #"{"type": "int", "logicalType": "date"}"#),
  TextCase(
    "logical types ignored: uuid read as string",
    reader: #""string""#, writer: #"{"type": "string", "logicalType": "uuid"}"#),
  TextCase(
    "decimal on fixed: size change is FIXED_SIZE_MISMATCH",
    reader:
      #"{"type": "fixed", "name": "D", "size": 16, "logicalType": "decimal", "precision": 20}"#,
    writer:
      #"{"type": "fixed", "name": "D", "size": 8, "logicalType": "decimal", "precision": 10}"#,
    ["FIXED_SIZE_MISMATCH /size"]),
  TextCase(
    "writer union read by a non-union reader: each branch at its own index (1.12)",
    reader: #""string""#, writer: #"["null", "string"]"#, ["TYPE_MISMATCH /0"]),
  TextCase(
    "writer union of promotable branches read as long",
    reader: #""long""#, writer: #"["int", "long"]"#),
  TextCase(
    "writer union branches inside a field",
    reader: record("R", #"{"name": "a", "type": "int"}"#),
    writer: record("R", #"{"name": "a", "type": ["null", "string", "int"]}"#),
    ["TYPE_MISMATCH /fields/0/type/0", "TYPE_MISMATCH /fields/0/type/1"]),
  TextCase(
    "reader union lacking the writer type",
    reader: #"["null", "int"]"#, writer: #""string""#, ["MISSING_UNION_BRANCH /"]),
  TextCase(
    "reader union with a promotable branch", reader: #"["null", "double"]"#, writer: #""int""#),
  TextCase(
    "union to union: each writer branch the reader lacks",
    reader: #"["boolean"]"#, writer: #"["boolean", "double", "string"]"#,
    ["MISSING_UNION_BRANCH /1", "MISSING_UNION_BRANCH /2"]),
  TextCase(
    "union branch order does not matter",
    reader: #"["string", "null"]"#, writer: #"["null", "string"]"#),
  TextCase(
    "field made optional: backward ok",
    reader: record("R", #"{"name": "a", "type": ["null", "int"]}"#),
    writer: record("R", #"{"name": "a", "type": "int"}"#)),
  TextCase(
    "optional field made required: null branch cannot be read",
    reader: record("R", #"{"name": "a", "type": "int"}"#),
    writer: record("R", #"{"name": "a", "type": ["null", "int"]}"#),
    ["TYPE_MISMATCH /fields/0/type/0"]),
  TextCase(
    "recursive record (linked list) reads itself",
    reader: record(
      "LinkedList",
      #"{"name": "value", "type": "int"}, {"name": "next", "type": ["null", "LinkedList"]}"#),
    writer: record(
      "LinkedList",
      #"{"name": "value", "type": "int"}, {"name": "next", "type": ["null", "LinkedList"]}"#)),
  TextCase(
    "recursive record with a promotion",
    reader: record(
      "LinkedList",
      #"{"name": "value", "type": "long"}, {"name": "next", "type": ["null", "LinkedList"]}"#),
    writer: record(
      "LinkedList",
      #"{"name": "value", "type": "int"}, {"name": "next", "type": ["null", "LinkedList"]}"#)),
  TextCase(
    "recursive record change is reported once",
    reader: record(
      "LinkedList",
      #"{"name": "value", "type": "string"}, {"name": "next", "type": ["null", "LinkedList"]}"#),
    writer: record(
      "LinkedList",
      #"{"name": "value", "type": "int"}, {"name": "next", "type": ["null", "LinkedList"]}"#),
    ["TYPE_MISMATCH /fields/0/type"]),
  TextCase(
    "nested records, arrays and maps give nested locations",
    reader: record(
      "Outer",
      #"{"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "fields": [{"name": "tags", "type": {"type": "map", "values": "string"}}]}}}"#
    ),
    writer: record(
      "Outer",
      #"{"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "fields": [{"name": "tags", "type": {"type": "map", "values": "boolean"}}]}}}"#
    ),
    ["TYPE_MISMATCH /fields/0/type/items/fields/0/type/values"]),
  TextCase(
    "array read as map is TYPE_MISMATCH at the root",
    reader: #"{"type": "array", "items": "int"}"#, writer: #"{"type": "map", "values": "int"}"#,
    ["TYPE_MISMATCH /"]),
  TextCase(
    "array items promoted",
    reader: #"{"type": "array", "items": "double"}"#, writer: #"{"type": "array", "items": "int"}"#),
  TextCase(
    "fixed is not bytes and enum is not string",
    reader: record("R", #"{"name": "f", "type": "bytes"}, {"name": "e", "type": "string"}"#),
    writer: record(
      "R",
      #"{"name": "f", "type": {"type": "fixed", "name": "F", "size": 4}}, {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["A"]}}"#
    ),
    ["TYPE_MISMATCH /fields/0/type", "TYPE_MISMATCH /fields/1/type"]),
  TextCase(
    "a named type used twice repeats its memoized findings, as Java does",
    reader: record(
      "R",
      #"{"name": "a", "type": {"type": "record", "name": "Money", "fields": [{"name": "amount", "type": "string"}]}}, {"name": "b", "type": "Money"}"#
    ),
    writer: record(
      "R",
      #"{"name": "a", "type": {"type": "record", "name": "Money", "fields": [{"name": "amount", "type": "long"}]}}, {"name": "b", "type": "Money"}"#
    ),
    ["TYPE_MISMATCH /fields/0/type/fields/0/type", "TYPE_MISMATCH /fields/0/type/fields/0/type"]),
  TextCase(
    "memo first filled under a reader union keeps Java's fresh-root locations",
    reader: record(
      "R",
      #"{"name": "a", "type": ["null", {"type": "record", "name": "Money", "fields": [{"name": "amount", "type": "string"}]}]}, {"name": "b", "type": "Money"}"#
    ),
    writer: record(
      "R",
      #"{"name": "a", "type": {"type": "record", "name": "Money", "fields": [{"name": "amount", "type": "long"}]}}, {"name": "b", "type": "Money"}"#
    ),
    ["MISSING_UNION_BRANCH /fields/0/type", "TYPE_MISMATCH /fields/0/type"]),
  TextCase(
    "ambiguous alias aborts the whole check",
    reader: record(
      "R", #"{"name": "x", "type": "string"}, {"name": "a", "type": "int", "aliases": ["b"]}"#),
    writer: record(
      "R",
      #"{"name": "x", "type": "long"}, {"name": "a", "type": "int"}, {"name": "b", "type": "int"}"#),
    ["AVRO_AMBIGUOUS_FIELD_ALIAS /fields/1"]),
  TextCase(
    "multiple incompatibilities are all collected (Java's TestSchemaCompatibilityMultiple)",
    reader: multipleReader, writer: multipleWriter,
    [
      "MISSING_ENUM_SYMBOLS /fields/0/type/symbols",
      "NAME_MISMATCH /fields/1/type/name",
      "TYPE_MISMATCH /fields/2/type",
      "READER_FIELD_MISSING_DEFAULT_VALUE /fields/3/type/fields/1",
      "FIXED_SIZE_MISMATCH /fields/3/type/fields/2/type/size",
      "MISSING_UNION_BRANCH /fields/3/type/fields/3/type/1",
      "MISSING_UNION_BRANCH /fields/3/type/fields/3/type/2",
      "MISSING_UNION_BRANCH /fields/3/type/fields/4/type",
      "TYPE_MISMATCH /fields/3/type/fields/5/type/fields/1/type/items",
    ]),
]

private let multipleReader = #"""
  {"type": "record", "name": "base", "fields": [
    {"name": "check_enum_symbols_field", "type": {"type": "enum", "name": "check_enum_symbols_type", "symbols": ["A", "C"]}},
    {"name": "check_enum_name_field", "type": {"type": "enum", "name": "check_enum_name_type", "symbols": ["A", "B", "C", "D"]}},
    {"name": "type_mismatch_field", "type": "string"},
    {"name": "sub_record", "type": {"type": "record", "name": "sub_record_type", "fields": [
      {"name": "identical_1_field", "type": "long", "default": 42},
      {"name": "extra_no_default_field", "type": "long"},
      {"name": "fixed_length_mismatch_field", "type": {"type": "fixed", "name": "fixed_length_mismatch_type", "size": 4}},
      {"name": "union_missing_branches_field", "type": ["boolean"]},
      {"name": "reader_union_does_not_support_type_field", "type": ["boolean"]},
      {"name": "record_fqn_mismatch_field", "type": {"type": "record", "name": "recordA", "namespace": "not_nsA", "fields": [
        {"name": "A_field_0", "type": "boolean", "default": true},
        {"name": "array_type_mismatch_field", "type": {"type": "array", "items": "string"}}]}}]}}]}
  """#

private let multipleWriter = #"""
  {"type": "record", "name": "base", "fields": [
    {"name": "check_enum_symbols_field", "type": {"type": "enum", "name": "check_enum_symbols_type", "symbols": ["A", "B", "C", "D"]}},
    {"name": "check_enum_name_field", "type": {"type": "enum", "name": "check_enum_name_type_ERR", "symbols": ["A", "B", "C", "D"]}},
    {"name": "type_mismatch_field", "type": "long"},
    {"name": "sub_record", "type": {"type": "record", "name": "sub_record_type", "fields": [
      {"name": "identical_1_field", "type": "long", "default": 42},
      {"name": "fixed_length_mismatch_field", "type": {"type": "fixed", "name": "fixed_length_mismatch_type", "size": 8}},
      {"name": "union_missing_branches_field", "type": ["boolean", "double", "string"]},
      {"name": "reader_union_does_not_support_type_field", "type": "long"},
      {"name": "record_fqn_mismatch_field", "type": {"type": "record", "name": "recordA", "namespace": "nsA", "fields": [
        {"name": "A_field_0", "type": "boolean", "default": true},
        {"name": "array_type_mismatch_field", "type": {"type": "array", "items": "boolean"}}]}}]}}]}
  """#

@Suite struct AvroCompatibilityTableTests {
  @Test(arguments: textCases)
  func reportsExactlyJavasIncompatibilities(_ testCase: TextCase) {
    #expect(AvroText.check(reader: testCase.reader, writer: testCase.writer) == testCase.expected)
  }

  /// Java's promotion matrix (avro-compat.md 2.4) from schema text: 16 compatible, 48 not.
  @Test(arguments: PrimitiveType.allCases, PrimitiveType.allCases)
  func promotionMatrix(writer: PrimitiveType, reader: PrimitiveType) {
    let compatible: Set<String> = [
      "null>null", "boolean>boolean", "int>int", "int>long", "int>float", "int>double",
      "long>long", "long>float", "long>double", "float>float", "float>double", "double>double",
      "bytes>bytes", "bytes>string", "string>bytes", "string>string",
    ]
    let expected =
      compatible.contains("\(writer.rawValue)>\(reader.rawValue)") ? [] : ["TYPE_MISMATCH /"]
    let found = AvroText.check(reader: "\"\(reader.rawValue)\"", writer: "\"\(writer.rawValue)\"")
    #expect(found == expected)
  }

  @Test func messagesOfTheMultipleCaseAreJavas() {
    let messages = AvroReaderWriterChecker.check(
      reader: AvroText.version("reader", multipleReader),
      writer: AvroText.version("writer", multipleWriter)
    ).incompatibilities.map(\.message)
    #expect(
      messages == [
        "[B, D]", "expected: check_enum_name_type_ERR",
        "reader type: STRING not compatible with writer type: LONG", "extra_no_default_field",
        "expected: 8, found: 4", "reader union lacking writer type: DOUBLE",
        "reader union lacking writer type: STRING", "reader union lacking writer type: LONG",
        "reader type: STRING not compatible with writer type: BOOLEAN",
      ])
  }

  @Test func aTypeMismatchOnAReferencePointsAtTheUseNotTheDefinition() throws {
    let readerText = record(
      "R",
      #"{"name": "a", "type": {"type": "record", "name": "Money", "fields": []}}, {"name": "b", "type": "Money"}"#
    )
    let writerText = record(
      "R",
      #"{"name": "a", "type": {"type": "record", "name": "Money", "fields": []}}, {"name": "b", "type": "string"}"#
    )
    let found = try #require(
      AvroReaderWriterChecker.check(
        reader: AvroText.version("new", readerText), writer: AvroText.version("old", writerText)
      ).incompatibilities.first)
    #expect(found.location == "/fields/1/type")
    let use = try #require(readerText.utf8.lastIndex(of: UInt8(ascii: "M")))
    let column = readerText.utf8.distance(from: readerText.utf8.startIndex, to: use)
    #expect(found.readerLocation?.line == 1)
    #expect(found.readerLocation?.column == column)
  }

  @Test func locationsPointAtTheElementsInEachFile() throws {
    let reader = AvroText.version(
      "new", record("R", #"{"name": "a", "type": "string"}"#))
    let writer = AvroText.version(
      "old", record("R", #"{"name": "a", "type": "long"}"#))
    let found = try #require(
      AvroReaderWriterChecker.check(reader: reader, writer: writer).incompatibilities.first)
    #expect(found.readerLocation?.file == "new.avsc")
    #expect(found.writerLocation?.file == "old.avsc")
    #expect(found.readerLocation?.column == 66)
    #expect(found.message == "reader type: STRING not compatible with writer type: LONG")
  }
}

@Suite struct AvroCrossFileReferenceTests {
  static func version(_ label: String, order: String, money: String) -> SchemaVersion {
    let orderDocument = AvroParser.parse(Array(order.utf8), path: "\(label)/order.avsc")
    let moneyDocument = AvroParser.parse(Array(money.utf8), path: "\(label)/money.avsc")
    return SchemaVersion(
      label: label, document: orderDocument,
      types: TypeTable(documents: [orderDocument, moneyDocument]))
  }

  static let order = #"""
    {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [
      {"name": "total", "type": "com.acme.Money"}]}
    """#

  @Test func namedTypesFromOtherFilesOfTheSubjectSetAreResolved() throws {
    let old = Self.version(
      "v1", order: Self.order,
      money:
        #"{"type": "record", "name": "Money", "namespace": "com.acme", "fields": [{"name": "cents", "type": "long"}]}"#
    )
    let new = Self.version(
      "v2", order: Self.order,
      money:
        #"{"type": "record", "name": "Money", "namespace": "com.acme", "fields": [{"name": "cents", "type": "int"}]}"#
    )
    let backward = AvroReaderWriterChecker.check(reader: new, writer: old).incompatibilities
    let found = try #require(backward.first)
    #expect(backward.count == 1)
    #expect(found.location == "/fields/0/type/fields/0/type")
    #expect(found.readerLocation?.file == "v2/money.avsc")
    #expect(AvroReaderWriterChecker.check(reader: old, writer: new).isCompatible)
  }
}
