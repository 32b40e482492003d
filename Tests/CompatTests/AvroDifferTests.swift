import SchemaModel
import Testing

@testable import Compat

private typealias A = Avro

/// One old/new pair and its exact changes: `KIND path flags`, flags `B` (breaks backward) and
/// `F` (breaks forward) or `-`.
struct DifferCase: CustomTestStringConvertible, Sendable {
  var name: String
  var old: TypeNode
  var new: TypeNode
  var expected: [String]
  var testDescription: String { name }
}

private func rec(_ fields: [Field], name: String = "R", aliases: [String] = []) -> TypeNode {
  A.record(name, aliases: aliases, fields)
}

private func withDoc(_ field: Field, _ doc: String) -> Field {
  var copy = field
  copy.doc = doc
  return copy
}

private func withOrder(_ field: Field, _ order: FieldOrder) -> Field {
  var copy = field
  copy.order = order
  return copy
}

private let address = A.record("Address", [A.field("street", A.string)])

private let differCases: [DifferCase] = [
  DifferCase(
    name: "identical schemas", old: rec([A.field("a", A.int)]), new: rec([A.field("a", A.int)]),
    expected: []),
  DifferCase(
    name: "field added with a default", old: rec([A.field("a", A.int)]),
    new: rec([A.field("a", A.int), A.field("b", A.string, default: A.stringDefault)]),
    expected: ["FIELD_ADDED /fields/1 --"]),
  DifferCase(
    name: "field added without a default", old: rec([A.field("a", A.int)]),
    new: rec([A.field("a", A.int), A.field("b", A.string)]),
    expected: ["FIELD_ADDED /fields/1 B-"]),
  DifferCase(
    name: "field removed that had a default",
    old: rec([A.field("a", A.int), A.field("b", A.string, default: A.stringDefault)]),
    new: rec([A.field("a", A.int)]), expected: ["FIELD_REMOVED /fields/1 --"]),
  DifferCase(
    name: "field removed that had no default",
    old: rec([A.field("a", A.int), A.field("b", A.string)]), new: rec([A.field("a", A.int)]),
    expected: ["FIELD_REMOVED /fields/1 -F"]),
  DifferCase(
    name: "field renamed with an alias", old: rec([A.field("a", A.int)]),
    new: rec([A.field("b", A.int, aliases: ["a"])]), expected: ["FIELD_RENAMED /fields/0 -F"]),
  DifferCase(
    name: "field type promoted int to long", old: rec([A.field("a", A.int)]),
    new: rec([A.field("a", A.long)]), expected: ["FIELD_TYPE_CHANGED /fields/0/type -F"]),
  DifferCase(
    name: "field type changed long to string", old: rec([A.field("a", A.long)]),
    new: rec([A.field("a", A.string)]), expected: ["FIELD_TYPE_CHANGED /fields/0/type BF"]),
  DifferCase(
    name: "string to bytes is compatible both ways", old: rec([A.field("a", A.string)]),
    new: rec([A.field("a", A.bytes)]), expected: ["FIELD_TYPE_CHANGED /fields/0/type --"]),
  DifferCase(
    name: "field default added", old: rec([A.field("a", A.int)]),
    new: rec([A.field("a", A.int, default: A.intDefault(1))]),
    expected: ["FIELD_DEFAULT_ADDED /fields/0 --"]),
  DifferCase(
    name: "field default removed", old: rec([A.field("a", A.int, default: A.intDefault(1))]),
    new: rec([A.field("a", A.int)]), expected: ["FIELD_DEFAULT_REMOVED /fields/0 --"]),
  DifferCase(
    name: "field default changed", old: rec([A.field("a", A.int, default: A.intDefault(1))]),
    new: rec([A.field("a", A.int, default: A.intDefault(2))]),
    expected: ["FIELD_DEFAULT_CHANGED /fields/0 --"]),
  DifferCase(
    name: "field doc changed", old: rec([withDoc(A.field("a", A.int), "old")]),
    new: rec([withDoc(A.field("a", A.int), "new")]), expected: ["DOC_CHANGED /fields/0 --"]),
  DifferCase(
    name: "field order changed", old: rec([A.field("a", A.int)]),
    new: rec([withOrder(A.field("a", A.int), .descending)]),
    expected: ["FIELD_ORDER_CHANGED /fields/0 --"]),
  DifferCase(
    name: "field aliases changed", old: rec([A.field("a", A.int)]),
    new: rec([A.field("a", A.int, aliases: ["x"])]),
    expected: ["FIELD_ALIASES_CHANGED /fields/0 --"]),
  DifferCase(
    name: "enum symbol added without a default",
    old: A.enumeration("E", ["A", "B"]), new: A.enumeration("E", ["A", "B", "C"]),
    expected: ["ENUM_SYMBOL_ADDED /symbols -F"]),
  DifferCase(
    name: "enum symbol added when the old enum has a default",
    old: A.enumeration("E", ["A", "B"], default: "A"),
    new: A.enumeration("E", ["A", "B", "C"], default: "A"),
    expected: ["ENUM_SYMBOL_ADDED /symbols --"]),
  DifferCase(
    name: "enum symbol removed", old: A.enumeration("E", ["A", "B"]),
    new: A.enumeration("E", ["A"]), expected: ["ENUM_SYMBOL_REMOVED /symbols B-"]),
  DifferCase(
    name: "enum default changed", old: A.enumeration("E", ["A", "B"]),
    new: A.enumeration("E", ["A", "B"], default: "B"),
    expected: ["ENUM_DEFAULT_CHANGED /default --"]),
  DifferCase(
    name: "fixed size changed", old: A.fixed("F", size: 8), new: A.fixed("F", size: 16),
    expected: ["FIXED_SIZE_CHANGED /size BF"]),
  DifferCase(
    name: "record renamed without alias", old: rec([A.field("a", A.int)], name: "x.Old"),
    new: rec([A.field("a", A.int)], name: "x.New"), expected: ["NAME_CHANGED / BF"]),
  DifferCase(
    name: "record renamed with an alias to the old name",
    old: rec([A.field("a", A.int)], name: "x.Old"),
    new: rec([A.field("a", A.int)], name: "x.New", aliases: ["x.Old"]),
    expected: ["NAME_CHANGED / -F", "ALIASES_CHANGED / --"]),
  DifferCase(
    name: "namespace changed (ignored by Java)", old: rec([A.field("a", A.int)], name: "a.User"),
    new: rec([A.field("a", A.int)], name: "b.User"), expected: ["NAMESPACE_CHANGED / --"]),
  DifferCase(
    name: "union branch added", old: rec([A.field("a", A.union(A.null, A.int))]),
    new: rec([A.field("a", A.union(A.null, A.int, A.string))]),
    expected: ["UNION_BRANCH_ADDED /fields/0/type/2 -F"]),
  DifferCase(
    name: "union branch removed", old: rec([A.field("a", A.union(A.null, A.int, A.string))]),
    new: rec([A.field("a", A.union(A.null, A.int))]),
    expected: ["UNION_BRANCH_REMOVED /fields/0/type/2 B-"]),
  DifferCase(
    name: "union branch replaced by a promotion",
    old: rec([A.field("a", A.union(A.null, A.int))]),
    new: rec([A.field("a", A.union(A.null, A.long))]),
    expected: [
      "UNION_BRANCH_ADDED /fields/0/type/1 -F", "UNION_BRANCH_REMOVED /fields/0/type/1 --",
    ]),
  DifferCase(
    name: "type made optional", old: rec([A.field("a", A.int)]),
    new: rec([A.field("a", A.union(A.null, A.int))]),
    expected: ["FIELD_TYPE_CHANGED /fields/0/type -F"]),
  DifferCase(
    name: "logical type changed",
    old: rec([A.field("t", A.primitive(.long, logical: LogicalType(name: "timestamp-millis")))]),
    new: rec([A.field("t", A.primitive(.long, logical: LogicalType(name: "timestamp-micros")))]),
    expected: ["LOGICAL_TYPE_CHANGED /fields/0/type --"]),
  DifferCase(
    name: "record added through a new optional field", old: rec([A.field("a", A.int)]),
    new: rec([
      A.field("a", A.int), A.field("home", A.union(A.null, address), default: A.nullDefault),
    ]),
    expected: ["FIELD_ADDED /fields/1 --", "RECORD_ADDED Address --"]),
  DifferCase(
    name: "record removed with its field",
    old: rec([A.field("a", A.int), A.field("home", address)]),
    new: rec([A.field("a", A.int)]),
    expected: ["FIELD_REMOVED /fields/1 -F", "RECORD_REMOVED Address --"]),
  DifferCase(
    name: "nested change inside an array of records",
    old: rec([A.field("lines", A.array(A.record("Line", [A.field("qty", A.int)])))]),
    new: rec([A.field("lines", A.array(A.record("Line", [A.field("qty", A.string)])))]),
    expected: ["FIELD_TYPE_CHANGED /fields/0/type/items/fields/0/type BF"]),
  DifferCase(
    name: "renamed field with a type change: forward never pairs the two types",
    old: rec([A.field("a", A.long, default: A.intDefault(0))]),
    new: rec([A.field("b", A.boolean, aliases: ["a"])]),
    expected: [
      "FIELD_RENAMED /fields/0 B-", "FIELD_DEFAULT_REMOVED /fields/0 --",
      "FIELD_TYPE_CHANGED /fields/0/type B-",
    ]),
  DifferCase(
    name: "new alias naming a second old field is ambiguous backward",
    old: rec([A.field("a", A.int), A.field("b", A.int)]),
    new: rec([A.field("a", A.int, aliases: ["b"]), A.field("b", A.int)]),
    expected: ["FIELD_ALIAS_AMBIGUOUS /fields/0 B-", "FIELD_ALIASES_CHANGED /fields/0 B-"]),
  DifferCase(
    name: "field added that an old alias names is ambiguous forward",
    old: rec([A.field("a", A.int, aliases: ["b"])]),
    new: rec([A.field("a", A.int, aliases: ["b"]), A.field("b", A.int, default: A.intDefault(0))]),
    expected: ["FIELD_ALIAS_AMBIGUOUS /fields/0 -F", "FIELD_ADDED /fields/1 --"]),
  DifferCase(
    name: "added field whose alias reads an old field already matched by name",
    old: rec([A.field("a", A.int)]),
    new: rec([A.field("a", A.int), A.field("c", A.string, aliases: ["a"])]),
    expected: ["FIELD_ADDED /fields/1 B-"]),
  DifferCase(
    name: "a named type shared by a renamed field and a plain one breaks both ways",
    old: rec([
      A.field("a", A.fixed("F", size: 16), default: A.stringDefault),
      A.field("b", A.union(A.null, A.reference("F"))),
    ]),
    new: rec([
      A.field("c", A.fixed("F", size: 8), default: A.stringDefault, aliases: ["a"]),
      A.field("b", A.union(A.null, A.reference("F"))),
    ]),
    expected: ["FIELD_RENAMED /fields/0 B-", "FIXED_SIZE_CHANGED /fields/0/type/size BF"]),
  DifferCase(
    name: "fields added in the middle keep their own positions",
    old: rec([A.field("a", A.int), A.field("c", A.int)]),
    new: rec([A.field("a", A.int), A.field("b", A.int), A.field("c", A.long)]),
    expected: ["FIELD_ADDED /fields/1 B-", "FIELD_TYPE_CHANGED /fields/2/type -F"]),
]

@Suite struct AvroDifferTests {
  static func summary(_ change: Change) -> String {
    "\(change.kind) \(change.path) \(change.breaksBackward ? "B" : "-")\(change.breaksForward ? "F" : "-")"
  }

  @Test(arguments: differCases)
  func listsExactlyTheExpectedChanges(_ testCase: DifferCase) {
    let changes = SchemaDiffer.diff(
      old: A.version("v1", testCase.old), new: A.version("v2", testCase.new))
    #expect(changes.map(Self.summary) == testCase.expected)
  }

  /// The differ's break flags and the checker never disagree on whether a pair breaks.
  @Test(arguments: differCases)
  func breakFlagsAgreeWithTheChecker(_ testCase: DifferCase) {
    let changes = SchemaDiffer.diff(
      old: A.version("v1", testCase.old), new: A.version("v2", testCase.new))
    let backwardOK = A.check(reader: testCase.new, writer: testCase.old).isEmpty
    let forwardOK = A.check(reader: testCase.old, writer: testCase.new).isEmpty
    #expect(changes.contains(where: \.breaksBackward) == !backwardOK)
    #expect(changes.contains(where: \.breaksForward) == !forwardOK)
  }

  @Test func messagesNameTheElement() {
    let changes = SchemaDiffer.diff(
      old: A.version("v1", rec([A.field("total", A.long)], name: "OrderPlaced")),
      new: A.version("v2", rec([A.field("total", A.string)], name: "OrderPlaced")))
    #expect(
      changes.map(\.message) == ["field 'OrderPlaced.total' changed type from long to string"])
  }

  @Test func changesFromSchemaTextPointIntoBothFiles() throws {
    let old = AvroText.version(
      "old",
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "a", "type": "int"},
        {"name": "gone", "type": "string"}
      ]}
      """)
    let new = AvroText.version(
      "new",
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "a", "type": "long"}
      ]}
      """)
    let changes = SchemaDiffer.diff(old: old, new: new)
    #expect(
      changes.map(Self.summary) == [
        "FIELD_TYPE_CHANGED /fields/0/type -F", "FIELD_REMOVED /fields/1 -F",
      ])
    let typeChange = try #require(changes.first)
    #expect(typeChange.oldLocation == SourceLocation(file: "old.avsc", line: 2, column: 25))
    #expect(typeChange.newLocation == SourceLocation(file: "new.avsc", line: 2, column: 25))
    let removal = try #require(changes.last)
    #expect(removal.oldLocation?.file == "old.avsc")
    #expect(removal.oldLocation?.line == 3)
    #expect(removal.newLocation == SourceLocation(file: "new.avsc", line: 1, column: 1))
  }

  @Test func recursiveSchemasTerminate() {
    let list = A.record(
      "LinkedList",
      [A.field("value", A.int), A.field("next", A.union(A.null, A.reference("LinkedList")))])
    let listLong = A.record(
      "LinkedList",
      [A.field("value", A.long), A.field("next", A.union(A.null, A.reference("LinkedList")))])
    let changes = SchemaDiffer.diff(old: A.version("v1", list), new: A.version("v2", listLong))
    #expect(changes.map(Self.summary) == ["FIELD_TYPE_CHANGED /fields/0/type -F"])
  }
}
