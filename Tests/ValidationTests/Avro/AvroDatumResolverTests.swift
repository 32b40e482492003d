import SchemaModel
import Testing

@testable import Validation

/// Each datum was written with fastavro 1.13.1 (`schemaless_writer(out, writer, datum)`) and
/// read back with `schemaless_reader(BytesIO(bytes), writer, reader)`; the fastavro result is
/// quoted in each case.
@Suite struct AvroDatumResolverTests {
  typealias Support = AvroBinaryTestSupport

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var writer: String
    var reader: String
    var hex: String
    /// The datum as the reader sees it, or the rule id of the single expected error.
    var expected: Expected
    var testDescription: String { name }
  }

  enum Expected: Sendable {
    case datum(AvroDatum)
    case error(RuleID, instanceLocation: String = "", schemaLocation: String? = nil)
  }

  static let user = QualifiedName(namespace: "com.acme", name: "User")

  static let cases: [Case] = [
    // fastavro: {'a': 7, 'b': -2.0, 'c': 0.5, 'd': b'hi', 'e': 'yo', 'f': 3.0}
    Case(
      name: "promotions",
      writer: """
        {"type": "record", "name": "P", "fields": [{"name": "a", "type": "int"},
          {"name": "b", "type": "long"}, {"name": "c", "type": "float"},
          {"name": "d", "type": "string"}, {"name": "e", "type": "bytes"},
          {"name": "f", "type": "int"}]}
        """,
      reader: """
        {"type": "record", "name": "P", "fields": [{"name": "a", "type": "long"},
          {"name": "b", "type": "double"}, {"name": "c", "type": "double"},
          {"name": "d", "type": "bytes"}, {"name": "e", "type": "string"},
          {"name": "f", "type": "float"}]}
        """,
      hex: "0e030000003f04686904796f06",
      expected: .datum(
        .record(
          name: QualifiedName(name: "P"),
          fields: [
            .long(7), .double(-2), .double(0.5), .bytes(Array("hi".utf8)), .string("yo"),
            .float(3),
          ]))),
    // fastavro: SchemaResolutionError: No default value for field email in com.acme.User
    Case(
      name: "reader field without default",
      writer:
        #"{"type": "record", "name": "com.acme.User", "fields": [{"name": "name", "type": "string"}]}"#,
      reader: """
        {"type": "record", "name": "com.acme.User", "fields": [{"name": "name", "type": "string"},
          {"name": "email", "type": "string"}]}
        """,
      hex: "06616e6e",
      expected: .error(
        "PAYLOAD_MISSING_FIELD", instanceLocation: "/email", schemaLocation: "com.acme.User.email")),
    // fastavro: {'name': 'ann', 'email': None, 'tags': ['x']}
    Case(
      name: "reader fields with defaults",
      writer:
        #"{"type": "record", "name": "com.acme.User", "fields": [{"name": "name", "type": "string"}]}"#,
      reader: """
        {"type": "record", "name": "com.acme.User", "fields": [{"name": "name", "type": "string"},
          {"name": "email", "type": ["null", "string"], "default": null},
          {"name": "tags", "type": {"type": "array", "items": "string"}, "default": ["x"]}]}
        """,
      hex: "06616e6e",
      expected: .datum(
        .record(
          name: user,
          fields: [.string("ann"), .union(branch: 0, value: .null), .array([.string("x")])]))),
    // fastavro: 'RED'
    Case(
      name: "enum symbol missing, reader default",
      writer: #"{"type": "enum", "name": "Color", "symbols": ["RED", "GREEN", "PURPLE"]}"#,
      reader: #"{"type": "enum", "name": "Color", "symbols": ["RED", "GREEN"], "default": "RED"}"#,
      hex: "04", expected: .datum(.enumSymbol(index: 0, symbol: "RED"))),
    // fastavro: PURPLE not found in reader symbol list Color, known symbols: ['RED', 'GREEN']
    Case(
      name: "enum symbol missing, no default",
      writer: #"{"type": "enum", "name": "Color", "symbols": ["RED", "GREEN", "PURPLE"]}"#,
      reader: #"{"type": "enum", "name": "Color", "symbols": ["RED", "GREEN"]}"#,
      hex: "04", expected: .error("PAYLOAD_UNKNOWN_SYMBOL", schemaLocation: "Color")),
    // fastavro: 'GREEN'
    Case(
      name: "enum symbol by name, not index",
      writer: #"{"type": "enum", "name": "Color", "symbols": ["RED", "GREEN", "PURPLE"]}"#,
      reader: #"{"type": "enum", "name": "Color", "symbols": ["GREEN", "RED"]}"#,
      hex: "02", expected: .datum(.enumSymbol(index: 0, symbol: "GREEN"))),
    // fastavro: 5
    Case(
      name: "writer union branch promoted into reader union",
      writer: #"["null", "int"]"#, reader: #"["null", "string", "long"]"#, hex: "020a",
      expected: .datum(.union(branch: 2, value: .long(5)))),
    // fastavro: 'x'
    Case(
      name: "plain writer into reader union",
      writer: #""string""#, reader: #"["null", "string"]"#, hex: "0278",
      expected: .datum(.union(branch: 1, value: .string("x")))),
    // fastavro: 'x'
    Case(
      name: "writer union into plain reader", writer: #"["null", "string"]"#,
      reader: #""string""#, hex: "020278", expected: .datum(.string("x"))),
    // fastavro: schema mismatch: ['null', 'string'] not found in string
    Case(
      name: "writer union branch the plain reader cannot read", writer: #"["null", "string"]"#,
      reader: #""string""#, hex: "00", expected: .error("PAYLOAD_TYPE_MISMATCH")),
    // fastavro: schema mismatch: ['null', 'string', 'int'] not found in ['null', 'string']
    Case(
      name: "writer union branch missing in the reader union",
      writer: #"["null", "string", "int"]"#, reader: #"["null", "string"]"#, hex: "0406",
      expected: .error("PAYLOAD_MISSING_UNION_BRANCH")),
    // fastavro: {'new_name': 'v', 'k': 9}
    Case(
      name: "field alias, writer field skipped, reader order",
      writer: """
        {"type": "record", "name": "R", "fields": [{"name": "old_name", "type": "string"},
          {"name": "skip", "type": {"type": "array", "items": "long"}},
          {"name": "k", "type": "int"}]}
        """,
      reader: """
        {"type": "record", "name": "R", "fields": [{"name": "k", "type": "long"},
          {"name": "new_name", "type": "string", "aliases": ["old_name"]}]}
        """,
      hex: "0276060204060012",
      expected: .datum(.record(name: QualifiedName(name: "R"), fields: [.long(9), .string("v")]))
    ),
    // fastavro: 4. Java's resolver takes the branch of the same type before promotions.
    Case(
      name: "same type before promotion in a reader union", writer: #""int""#,
      reader: #"["long", "int"]"#, hex: "08", expected: .datum(.union(branch: 1, value: .int(4)))),
    // fastavro: {'f': 1}
    Case(
      name: "record into a reader union by unqualified name",
      writer: #"{"type": "record", "name": "a.X", "fields": [{"name": "f", "type": "int"}]}"#,
      reader:
        #"["null", {"type": "record", "name": "b.X", "fields": [{"name": "f", "type": "long"}]}]"#,
      hex: "02",
      expected: .datum(
        .union(
          branch: 1,
          value: .record(name: QualifiedName(namespace: "b", name: "X"), fields: [.long(1)])))),
    // fastavro: Schema mismatch: ... a.X ... is not ['null', ... b.Other ...]
    Case(
      name: "record into a reader union without its name",
      writer: #"{"type": "record", "name": "a.X", "fields": [{"name": "f", "type": "int"}]}"#,
      reader:
        #"["null", {"type": "record", "name": "b.Other", "fields": [{"name": "f", "type": "long"}]}]"#,
      hex: "02", expected: .error("PAYLOAD_MISSING_UNION_BRANCH")),
    // fastavro: Schema mismatch: ... a.X ... is not ... b.Y
    Case(
      name: "record names differ",
      writer: #"{"type": "record", "name": "a.X", "fields": []}"#,
      reader: #"{"type": "record", "name": "b.Y", "fields": []}"#, hex: "",
      expected: .error("PAYLOAD_NAME_MISMATCH", schemaLocation: "b.Y")),
    // Java and this resolver compare unqualified names (fastavro compares full names).
    Case(
      name: "record namespace differs",
      writer: #"{"type": "record", "name": "a.X", "fields": []}"#,
      reader: #"{"type": "record", "name": "b.X", "fields": []}"#, hex: "",
      expected: .datum(.record(name: QualifiedName(namespace: "b", name: "X"), fields: []))),
    Case(
      name: "record renamed with a reader alias",
      writer: #"{"type": "record", "name": "a.X", "fields": []}"#,
      reader: #"{"type": "record", "name": "b.Y", "aliases": ["a.X"], "fields": []}"#, hex: "",
      expected: .datum(.record(name: QualifiedName(namespace: "b", name: "Y"), fields: []))),
    // fastavro: Schema mismatch: ... size is different than ... size
    Case(
      name: "fixed sizes differ",
      writer: #"{"type": "fixed", "name": "H", "size": 2}"#,
      reader: #"{"type": "fixed", "name": "H", "size": 3}"#, hex: "6162",
      expected: .error("PAYLOAD_FIXED_SIZE")),
    // fastavro: Schema mismatch: string is not long
    Case(
      name: "type mismatch", writer: #""string""#, reader: #""long""#, hex: "0278",
      expected: .error("PAYLOAD_TYPE_MISMATCH", schemaLocation: "long")),
    Case(
      name: "bytes that are not UTF-8 read as string", writer: #""bytes""#,
      reader: #""string""#, hex: "02ff", expected: .error("PAYLOAD_INVALID_UTF8")),
    Case(
      name: "errors name the path inside the datum",
      writer: """
        {"type": "record", "name": "com.acme.Order", "fields": [{"name": "items", "type":
          {"type": "array", "items": {"type": "record", "name": "Item", "fields": [
            {"name": "price", "type": ["null", "string", "double"]}]}}}]}
        """,
      reader: """
        {"type": "record", "name": "com.acme.Order", "fields": [{"name": "items", "type":
          {"type": "array", "items": {"type": "record", "name": "Item", "fields": [
            {"name": "price", "type": ["null", "double"]}]}}}]}
        """,
      // items: [{price: 1.5}, {price: null}, {price: "x"}]
      hex: "06" + "04000000000000f83f" + "00" + "020278" + "00",
      expected: .error(
        "PAYLOAD_MISSING_UNION_BRANCH", instanceLocation: "/items/2/price",
        schemaLocation: "com.acme.Item.price")),
  ]

  @Test(arguments: cases)
  func resolves(_ testCase: Case) throws {
    let writer = try Support.graph(testCase.writer)
    let reader = try Support.graph(testCase.reader)
    let decoded = AvroBinaryDecoder.decode(Support.hex(testCase.hex)[...], graph: writer)
    let datum = try #require(decoded.datum, "\(decoded.errors)")
    let result = AvroDatumResolver.resolve(datum, writer: writer, reader: reader)
    switch testCase.expected {
    case .datum(let expected):
      #expect(result.errors.isEmpty)
      #expect(result.datum == expected)
    case .error(let ruleID, let instanceLocation, let schemaLocation):
      #expect(result.datum == nil)
      #expect(result.errors.count == 1, "\(result.errors)")
      let error = try #require(result.errors.first)
      #expect(error.ruleID == ruleID, "\(error.message)")
      #expect(error.instanceLocation == instanceLocation)
      if let schemaLocation { #expect(error.schemaLocation == schemaLocation) }
    }
  }

  @Test func messagesUseTheCompatibilityWords() throws {
    let writer = try Support.graph(#"["null", "string", "int"]"#)
    let reader = try Support.graph(#"["null", "string"]"#)
    let result = AvroDatumResolver.resolve(
      .union(branch: 2, value: .int(3)), writer: writer, reader: reader)
    let error = try #require(result.errors.first)
    #expect(
      error.message
        == "reader union lacking writer type int: none of its branches (null, string) can read "
        + "the writer's value (MISSING_UNION_BRANCH)")
  }

  @Test func problemsInSeveralFieldsAreAllReported() throws {
    let writer = try Support.graph(
      #"{"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"}]}"#)
    let reader = try Support.graph(
      """
      {"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"},
        {"name": "b", "type": "int"}, {"name": "c", "type": "int", "default": 1}]}
      """)
    let result = AvroDatumResolver.resolve(
      .record(name: QualifiedName(name: "R"), fields: [.string("x")]), writer: writer,
      reader: reader)
    #expect(result.errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH", "PAYLOAD_MISSING_FIELD"])
    #expect(result.errors.map(\.instanceLocation) == ["/a", "/b"])
    // A real incompatibility between the schemas, not a datum of the wrong shape.
    #expect(
      result.errors.first?.message
        == "reader type int is not compatible with writer type string (TYPE_MISMATCH)")
  }

  @Test func datumNotShapedLikeTheWriter() throws {
    let graph = try Support.graph(#""long""#)
    let result = AvroDatumResolver.resolve(.string("x"), writer: graph, reader: graph)
    #expect(result.errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    #expect(result.errors.first?.message.contains("not decoded with this writer schema") == true)
    let string = try Support.graph(#""string""#)
    let crossed = AvroDatumResolver.resolve(.string("x"), writer: graph, reader: string)
    #expect(crossed.errors.first?.message.contains("not decoded with this writer schema") == true)
  }

  static let nodeSchema =
    #"{"type": "record", "name": "Node", "fields": [{"name": "next", "type": ["null", "Node"]}]}"#

  static func chain(_ length: Int) -> AvroDatum {
    let name = QualifiedName(name: "Node")
    var datum = AvroDatum.record(name: name, fields: [.union(branch: 0, value: .null)])
    for _ in 0..<length {
      datum = .record(name: name, fields: [.union(branch: 1, value: datum)])
    }
    return datum
  }

  /// Deeper than the caller's stack is trusted with: resolved again on a large stack.
  @Test func deepDatum() throws {
    let graph = try Support.graph(Self.nodeSchema)
    let result = AvroDatumResolver.resolve(Self.chain(200), writer: graph, reader: graph)
    #expect(result.errors.isEmpty)
    #expect(result.datum == Self.chain(200), "the resolved chain differs")
  }

  @Test func tooDeepDatum() throws {
    let graph = try Support.graph(Self.nodeSchema)
    let result = AvroDatumResolver.resolve(Self.chain(600), writer: graph, reader: graph)
    #expect(result.errors.map(\.ruleID) == ["PAYLOAD_TOO_DEEP"])
    #expect(result.datum == nil)
  }
}
