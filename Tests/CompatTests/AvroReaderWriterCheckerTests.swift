import SchemaModel
import Testing

@testable import Compat

/// One reader/writer pair and the exact incompatibilities Java reports (`KIND location`).
struct CheckerCase: CustomTestStringConvertible, Sendable {
  var name: String
  var reader: TypeNode
  var writer: TypeNode
  var expected: [String]
  var testDescription: String { name }
}

private typealias A = Avro

private let moneyReader = A.record(
  "Money", [A.field("amount", A.string), A.field("currency", A.string)])
private let moneyWriter = A.record(
  "Money", [A.field("amount", A.long), A.field("currency", A.string)])

private let listNode = A.record(
  "LinkedList",
  [A.field("value", A.int), A.field("next", A.union(A.null, A.reference("LinkedList")))])
private let listNodeWithString = A.record(
  "LinkedList",
  [A.field("value", A.string), A.field("next", A.union(A.null, A.reference("LinkedList")))])

private let checkerCases: [CheckerCase] = [
  CheckerCase(
    name: "namespace is ignored (unqualified names compared, AVRO-2400)",
    reader: A.record("a.User", [A.field("id", A.int)]),
    writer: A.record("b.User", [A.field("id", A.int)]), expected: []),
  CheckerCase(
    name: "record renamed without alias is NAME_MISMATCH",
    reader: A.record("x.Person", [A.field("id", A.int)]),
    writer: A.record("x.User", [A.field("id", A.int)]), expected: ["NAME_MISMATCH /name"]),
  CheckerCase(
    name: "reader alias naming the writer's full name",
    reader: A.record("x.Person", aliases: ["x.User"], [A.field("id", A.int)]),
    writer: A.record("x.User", [A.field("id", A.int)]), expected: []),
  CheckerCase(
    name: "reader alias resolved to another namespace does not match",
    reader: A.record("x.Person", aliases: ["x.User"], [A.field("id", A.int)]),
    writer: A.record("y.User", [A.field("id", A.int)]), expected: ["NAME_MISMATCH /name"]),
  CheckerCase(
    name: "writer aliases are ignored for type names",
    reader: A.record("x.Person", [A.field("id", A.int)]),
    writer: A.record("x.User", aliases: ["x.Person"], [A.field("id", A.int)]),
    expected: ["NAME_MISMATCH /name"]),
  CheckerCase(
    name: "writer field aliases are ignored",
    reader: A.record("R", [A.field("f1", A.int)]),
    writer: A.record("R", [A.field("f1_new", A.int, aliases: ["f1"])]),
    expected: ["READER_FIELD_MISSING_DEFAULT_VALUE /fields/0"]),
  CheckerCase(
    name: "field renamed with a reader alias",
    reader: A.record("R", [A.field("f1_new", A.int, aliases: ["f1"])]),
    writer: A.record("R", [A.field("f1", A.int)]), expected: []),
  CheckerCase(
    name: "ambiguous field alias (Java throws, Confluent reports)",
    reader: A.record("R", [A.field("a", A.int, aliases: ["b"])]),
    writer: A.record("R", [A.field("a", A.int), A.field("b", A.int)]),
    expected: ["AVRO_AMBIGUOUS_FIELD_ALIAS /fields/0"]),
  CheckerCase(
    name: "ambiguous alias aborts the whole check",
    reader: A.record("R", [A.field("x", A.string), A.field("a", A.int, aliases: ["b"])]),
    writer: A.record("R", [A.field("x", A.long), A.field("a", A.int), A.field("b", A.int)]),
    expected: ["AVRO_AMBIGUOUS_FIELD_ALIAS /fields/1"]),
  CheckerCase(
    name: "reader field added with a default",
    reader: A.record("R", [A.field("a", A.int), A.field("b", A.string, default: A.stringDefault)]),
    writer: A.record("R", [A.field("a", A.int)]), expected: []),
  CheckerCase(
    name: "reader field added without a default",
    reader: A.record("R", [A.field("a", A.int), A.field("b", A.string)]),
    writer: A.record("R", [A.field("a", A.int)]),
    expected: ["READER_FIELD_MISSING_DEFAULT_VALUE /fields/1"]),
  CheckerCase(
    name: "null default counts as a default",
    reader: A.record(
      "R", [A.field("a", A.int), A.field("b", A.union(A.null, A.string), default: A.nullDefault)]),
    writer: A.record("R", [A.field("a", A.int)]), expected: []),
  CheckerCase(
    name: "field default value is not checked, only its presence",
    reader: A.record("R", [A.field("a", A.int), A.field("y", A.int, default: A.stringDefault)]),
    writer: A.record("R", [A.field("a", A.int)]), expected: []),
  CheckerCase(
    name: "writer field removed from reader is ignored",
    reader: A.record("R", [A.field("a", A.int)]),
    writer: A.record("R", [A.field("a", A.int), A.field("b", A.int)]), expected: []),
  CheckerCase(
    name: "enum missing writer symbols",
    reader: A.enumeration("E", ["A", "C"]), writer: A.enumeration("E", ["A", "B", "C", "D"]),
    expected: ["MISSING_ENUM_SYMBOLS /symbols"]),
  CheckerCase(
    name: "enum reader default covers unknown writer symbols",
    reader: A.enumeration("E", ["A", "B"], default: "A"),
    writer: A.enumeration("E", ["A", "B", "C"]), expected: []),
  CheckerCase(
    name: "enum writer default does not help the reader",
    reader: A.enumeration("E", ["A", "B"]),
    writer: A.enumeration("E", ["A", "B", "C"], default: "A"),
    expected: ["MISSING_ENUM_SYMBOLS /symbols"]),
  CheckerCase(
    name: "enum field with only an enum-level default, missing in writer",
    reader: A.record(
      "R", [A.field("a", A.int), A.field("e", A.enumeration("E", ["A", "B"], default: "A"))]),
    writer: A.record("R", [A.field("a", A.int)]),
    expected: ["TYPE_MISMATCH /fields/1/type"]),
  CheckerCase(
    name: "enum renamed with reader alias",
    reader: A.enumeration("F", ["A"], aliases: ["E"]), writer: A.enumeration("E", ["A"]),
    expected: []),
  CheckerCase(
    name: "fixed name and size mismatch",
    reader: A.fixed("F", size: 4), writer: A.fixed("G", size: 8),
    expected: ["NAME_MISMATCH /name", "FIXED_SIZE_MISMATCH /size"]),
  CheckerCase(
    name: "logical types ignored: decimal precision change on bytes",
    reader: A.primitive(.bytes, logical: LogicalType(name: "decimal", precision: 4, scale: 2)),
    writer: A.primitive(.bytes, logical: LogicalType(name: "decimal", precision: 10, scale: 5)),
    expected: []),
  CheckerCase(
    name: "logical types ignored: timestamp-millis to timestamp-micros",
    reader: A.primitive(.long, logical: LogicalType(name: "timestamp-micros")),
    writer: A.primitive(.long, logical: LogicalType(name: "timestamp-millis")), expected: []),
  CheckerCase(
    name: "logical types ignored: date to plain long is a promotion",
    reader: A.long, writer: A.primitive(.int, logical: LogicalType(name: "date")), expected: []),
  CheckerCase(
    name: "fixed decimal size change is FIXED_SIZE_MISMATCH",
    reader: A.fixed(
      "D", size: 16, logical: LogicalType(name: "decimal", precision: 20, scale: 2)),
    writer: A.fixed("D", size: 8, logical: LogicalType(name: "decimal", precision: 10, scale: 2)),
    expected: ["FIXED_SIZE_MISMATCH /size"]),
  CheckerCase(
    name: "writer union to non-union reader: each branch at its index",
    reader: A.string, writer: A.union(A.null, A.string),
    expected: ["TYPE_MISMATCH /0"]),
  CheckerCase(
    name: "writer union of promotable branches to long",
    reader: A.long, writer: A.union(A.int, A.long), expected: []),
  CheckerCase(
    name: "writer union branches inside a field",
    reader: A.record("R", [A.field("a", A.int)]),
    writer: A.record("R", [A.field("a", A.union(A.null, A.string, A.int))]),
    expected: ["TYPE_MISMATCH /fields/0/type/0", "TYPE_MISMATCH /fields/0/type/1"]),
  CheckerCase(
    name: "reader union lacking the writer type",
    reader: A.union(A.null, A.int), writer: A.string, expected: ["MISSING_UNION_BRANCH /"]),
  CheckerCase(
    name: "reader union with a promotable branch",
    reader: A.union(A.null, A.double), writer: A.int, expected: []),
  CheckerCase(
    name: "union to union: each missing writer branch",
    reader: A.union(A.boolean), writer: A.union(A.boolean, A.double, A.string),
    expected: ["MISSING_UNION_BRANCH /1", "MISSING_UNION_BRANCH /2"]),
  CheckerCase(
    name: "union branch order does not matter",
    reader: A.union(A.string, A.null), writer: A.union(A.null, A.string), expected: []),
  CheckerCase(
    name: "recursive record (linked list) is compatible with itself",
    reader: listNode, writer: listNode, expected: []),
  CheckerCase(
    name: "recursive record reports the change once",
    reader: listNodeWithString, writer: listNode, expected: ["TYPE_MISMATCH /fields/0/type"]),
  CheckerCase(
    name: "nested records, arrays and maps give nested locations",
    reader: A.record(
      "Outer",
      [A.field("lines", A.array(A.record("Line", [A.field("tags", A.map(A.string))])))]),
    writer: A.record(
      "Outer",
      [A.field("lines", A.array(A.record("Line", [A.field("tags", A.map(A.boolean))])))]),
    expected: ["TYPE_MISMATCH /fields/0/type/items/fields/0/type/values"]),
  CheckerCase(
    name: "array against map is TYPE_MISMATCH at the root",
    reader: A.array(A.int), writer: A.map(A.int), expected: ["TYPE_MISMATCH /"]),
  CheckerCase(
    name: "fixed is not bytes, enum is not string",
    reader: A.record("R", [A.field("f", A.bytes), A.field("e", A.string)]),
    writer: A.record(
      "R", [A.field("f", A.fixed("F", size: 4)), A.field("e", A.enumeration("E", ["A"]))]),
    expected: ["TYPE_MISMATCH /fields/0/type", "TYPE_MISMATCH /fields/1/type"]),
  CheckerCase(
    name: "a named type used twice repeats its memoized findings (as Java does)",
    reader: A.record("R", [A.field("a", moneyReader), A.field("b", A.reference("Money"))]),
    writer: A.record("R", [A.field("a", moneyWriter), A.field("b", A.reference("Money"))]),
    expected: [
      "TYPE_MISMATCH /fields/0/type/fields/0/type", "TYPE_MISMATCH /fields/0/type/fields/0/type",
    ]),
  CheckerCase(
    name: "memo first filled under a reader union keeps Java's fresh-root locations",
    reader: A.record(
      "R", [A.field("a", A.union(A.null, moneyReader)), A.field("b", A.reference("Money"))]),
    writer: A.record("R", [A.field("a", moneyWriter), A.field("b", A.reference("Money"))]),
    expected: ["MISSING_UNION_BRANCH /fields/0/type", "TYPE_MISMATCH /fields/0/type"]),
  CheckerCase(
    name: "multiple incompatibilities are all collected (TestSchemaCompatibilityMultiple)",
    reader: multipleReader, writer: multipleWriter,
    expected: [
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

/// Java's `TestSchemaCompatibilityMultiple` pair; since 1.9.1 the namespace-only difference of
/// `recordA` no longer counts, so 9 of the original 10 remain.
private let multipleReader = A.record(
  "base",
  [
    A.field("check_enum_symbols_field", A.enumeration("check_enum_symbols_type", ["A", "C"])),
    A.field(
      "check_enum_name_field", A.enumeration("check_enum_name_type", ["A", "B", "C", "D"])),
    A.field("type_mismatch_field", A.string),
    A.field(
      "sub_record",
      A.record(
        "sub_record_type",
        [
          A.field("identical_1_field", A.long, default: A.intDefault(42)),
          A.field("extra_no_default_field", A.long),
          A.field("fixed_length_mismatch_field", A.fixed("fixed_length_mismatch_type", size: 4)),
          A.field("union_missing_branches_field", A.union(A.boolean)),
          A.field("reader_union_does_not_support_type_field", A.union(A.boolean)),
          A.field(
            "record_fqn_mismatch_field",
            A.record(
              "not_nsA.recordA",
              [
                A.field("A_field_0", A.boolean, default: JSONValue(.bool(true))),
                A.field("array_type_mismatch_field", A.array(A.string)),
              ])),
        ])),
  ])

private let multipleWriter = A.record(
  "base",
  [
    A.field(
      "check_enum_symbols_field", A.enumeration("check_enum_symbols_type", ["A", "B", "C", "D"])),
    A.field(
      "check_enum_name_field", A.enumeration("check_enum_name_type_ERR", ["A", "B", "C", "D"])),
    A.field("type_mismatch_field", A.long),
    A.field(
      "sub_record",
      A.record(
        "sub_record_type",
        [
          A.field("identical_1_field", A.long, default: A.intDefault(42)),
          A.field("fixed_length_mismatch_field", A.fixed("fixed_length_mismatch_type", size: 8)),
          A.field("union_missing_branches_field", A.union(A.boolean, A.double, A.string)),
          A.field("reader_union_does_not_support_type_field", A.long),
          A.field(
            "record_fqn_mismatch_field",
            A.record(
              "nsA.recordA",
              [
                A.field("A_field_0", A.boolean, default: JSONValue(.bool(true))),
                A.field("array_type_mismatch_field", A.array(A.boolean)),
              ])),
        ])),
  ])

@Suite struct AvroReaderWriterCheckerTests {
  @Test(arguments: checkerCases)
  func reportsExactlyJavasIncompatibilities(_ testCase: CheckerCase) {
    #expect(A.check(reader: testCase.reader, writer: testCase.writer) == testCase.expected)
  }

  /// Java's promotion matrix (avro-compat.md 2.4): 16 compatible pairs, 48 TYPE_MISMATCH.
  @Test(arguments: PrimitiveType.allCases, PrimitiveType.allCases)
  func promotionMatrix(writer: PrimitiveType, reader: PrimitiveType) {
    let compatible: Set<String> = [
      "null>null", "boolean>boolean", "int>int", "int>long", "int>float", "int>double",
      "long>long", "long>float", "long>double", "float>float", "float>double", "double>double",
      "bytes>bytes", "bytes>string", "string>bytes", "string>string",
    ]
    let expected =
      compatible.contains("\(writer.rawValue)>\(reader.rawValue)") ? [] : ["TYPE_MISMATCH /"]
    #expect(A.check(reader: A.primitive(reader), writer: A.primitive(writer)) == expected)
  }

  @Test func typeMismatchMessageIsJavas() throws {
    let result = AvroReaderWriterChecker.check(
      reader: A.int, readerTypes: TypeTable(), writer: A.long, writerTypes: TypeTable())
    let only = try #require(result.incompatibilities.first)
    #expect(only.message == "reader type: INT not compatible with writer type: LONG")
  }

  @Test func messagesOfTheMultipleCaseAreJavas() {
    let messages = AvroReaderWriterChecker.check(
      reader: multipleReader, readerTypes: A.table(multipleReader), writer: multipleWriter,
      writerTypes: A.table(multipleWriter)
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
}
