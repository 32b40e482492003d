import Parsers
import SchemaModel
import Testing
import Validation

/// Reads `payload` with `schema`, and checks that validating without a datum reports the same.
private func decode(
  _ schema: String, _ payload: String, _ encoding: AvroJSONEncoding = .plain,
  allowUnknownFields: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> AvroDecodeResult {
  let decoder = AvroJSONDecoder(
    graph: try avroGraph(schema), encoding: encoding,
    options: PayloadOptions(allowUnknownFields: allowUnknownFields))
  let value = try JSONReader.parse(payload)
  let result = decoder.decode(value)
  #expect(decoder.validate(value) == result.errors, sourceLocation: sourceLocation)
  return result
}

/// Every finding as `RULE instance | schema: message` (`W ` in front of warnings).
private func findings(_ result: AvroDecodeResult) -> [String] {
  result.errors.map {
    ($0.severity == .warning ? "W " : "")
      + "\($0.ruleID) \($0.instanceLocation) | \($0.schemaLocation): \($0.message)"
  }
}

private let order = #"""
  {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [
    {"name": "id", "type": "long"},
    {"name": "note", "type": "string", "default": "none"},
    {"name": "items", "type": {"type": "array", "items": {"type": "record", "name": "Item",
      "fields": [{"name": "sku", "type": "string"}, {"name": "price", "type": "double"}]}}},
    {"name": "tags", "type": {"type": "map", "values": "int"}, "default": {}}
  ]}
  """#

@Suite struct AvroJSONDecoderPrimitiveTests {
  @Test(arguments: [
    (#""null""#, "null", AvroDatum.null),
    (#""boolean""#, "true", .boolean(true)),
    (#""int""#, "-2147483648", .int(Int32.min)),
    (#""int""#, "2147483647", .int(Int32.max)),
    (#""long""#, "-9223372036854775808", .long(Int64.min)),
    (#""long""#, "9223372036854775807", .long(Int64.max)),
    (#""float""#, "1.5", .float(1.5)),
    (#""float""#, "3", .float(3)),
    (#""double""#, "-2.5e3", .double(-2500)),
    (#""string""#, #""héllo""#, .string("héllo")),
    (#""bytes""#, #""a\u00ff\u0000""#, .bytes([0x61, 0xFF, 0x00])),
    (#"{"type": "fixed", "name": "F", "size": 2}"#, #""\u0001\u00e9""#, .fixed([0x01, 0xE9])),
    (
      #"{"type": "enum", "name": "E", "symbols": ["A", "B"]}"#, #""B""#,
      .enumSymbol(index: 1, symbol: "B")
    ),
    (#"{"type": "array", "items": "int"}"#, "[1, 2]", .array([.int(1), .int(2)])),
  ])
  func validInBothEncodings(schema: String, payload: String, datum: AvroDatum) throws {
    for encoding in AvroJSONEncoding.allCases {
      let result = try decode(schema, payload, encoding)
      #expect(findings(result) == [])
      #expect(result.datum == datum)
    }
  }

  @Test(arguments: [
    (#""null""#, "0", "expected null, found number 0"),
    (#""boolean""#, #""true""#, #"expected boolean, found string "true""#),
    (#""int""#, #""1""#, #"expected int, found string "1""#),
    (#""int""#, "1.5", "expected int, found number 1.5"),
    (#""long""#, #""abc""#, #"expected long, found string "abc""#),
    (#""double""#, "true", "expected double, found boolean true"),
    (#""string""#, "12", "expected string, found number 12"),
    (#""bytes""#, "[1]", "expected bytes, found array"),
    (#"{"type": "array", "items": "int"}"#, "{}", "expected array, found object"),
    (#"{"type": "map", "values": "int"}"#, "[]", "expected map, found array"),
    (
      #"{"type": "record", "name": "R", "namespace": "n", "fields": []}"#, "null",
      "expected record n.R, found null"
    ),
    (#"{"type": "enum", "name": "E", "symbols": ["A"]}"#, "0", "expected enum E, found number 0"),
  ])
  func wrongTypes(schema: String, payload: String, message: String) throws {
    for encoding in AvroJSONEncoding.allCases {
      let result = try decode(schema, payload, encoding)
      #expect(result.datum == nil)
      #expect(result.errors.map(\.message) == [message])
      #expect(result.errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    }
  }

  @Test(arguments: [
    (#""int""#, "2147483648", "2147483648 is outside the int range (-2147483648 to 2147483647)"),
    (#""int""#, "-2147483649", "-2147483649 is outside the int range (-2147483648 to 2147483647)"),
    (
      #""long""#, "9223372036854775808",
      "9223372036854775808 is outside the long range (-9223372036854775808 to 9223372036854775807)"
    ),
  ])
  func integersOutOfRange(schema: String, payload: String, message: String) throws {
    for encoding in AvroJSONEncoding.allCases {
      let result = try decode(schema, payload, encoding)
      #expect(
        findings(result) == ["PAYLOAD_OUT_OF_RANGE  | \(schema.dropFirst().dropLast()): \(message)"]
      )
    }
  }

  @Test func longValuesAreShortenedInMessages() throws {
    let long = String(repeating: "a", count: 60)
    let quote = "\"\(String(repeating: "a", count: 40))…\""
    #expect(
      try decode(#""int""#, "\"\(long)\"").errors.map(\.message) == [
        "expected int, found string \(quote)"
      ])
    let escaped = try decode(#""int""#, #""say \"hi\"\n""#)
    #expect(escaped.errors.map(\.message) == [#"expected int, found string "say \"hi\"\n""#])
  }

  /// Plain JSON follows fastavro (`1.0` loads as a float, which int refuses); the Avro JSON
  /// encoding takes integral values in any spelling.
  @Test func integralNumbersWithFractionOrExponent() throws {
    #expect(try decode(#""int""#, "1.0").errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    #expect(try decode(#""long""#, "1e2").errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    #expect(try decode(#""int""#, "1.0", .json).datum == .int(1))
    #expect(try decode(#""long""#, "1e2", .json).datum == .long(100))
    #expect(try decode(#""long""#, "-0.5e1", .json).datum == .long(-5))
    #expect(try decode(#""int""#, "1.5", .json).errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    #expect(try decode(#""int""#, "3e9", .json).errors.map(\.ruleID) == ["PAYLOAD_OUT_OF_RANGE"])
    #expect(try decode(#""long""#, "1e19", .json).errors.map(\.ruleID) == ["PAYLOAD_OUT_OF_RANGE"])
  }

  @Test func nonFiniteFloatsOnlyInTheJSONEncoding() throws {
    let nan = try decode(#""double""#, #""NaN""#, .json)
    #expect(nan.datum == .double(.nan))
    #expect(try decode(#""float""#, #""-Infinity""#, .json).datum == .float(-.infinity))
    #expect(try decode(#""double""#, #""Infinity""#, .json).datum == .double(.infinity))
    #expect(try decode(#""double""#, #""NaN""#).errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    #expect(
      try decode(#""double""#, #""nan""#, .json).errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
  }

  @Test func bytesAboveU00FF() throws {
    for encoding in AvroJSONEncoding.allCases {
      let result = try decode(#""bytes""#, #""ab\u0100""#, encoding)
      #expect(
        findings(result) == [
          "PAYLOAD_INVALID_BYTES  | bytes: bytes are written one code point per byte (U+0000 to "
            + "U+00FF), found 'Ā' (U+0100) at position 2"
        ])
    }
    let emoji = try decode(#"{"type": "fixed", "name": "F", "size": 1}"#, #""😀""#)
    #expect(emoji.errors.map(\.ruleID) == ["PAYLOAD_INVALID_BYTES"])
  }

  @Test func fixedSize() throws {
    let schema = #"{"type": "fixed", "name": "Hash", "namespace": "com.acme", "size": 4}"#
    for encoding in AvroJSONEncoding.allCases {
      #expect(
        findings(try decode(schema, #""abc""#, encoding)) == [
          "PAYLOAD_FIXED_SIZE  | com.acme.Hash: fixed com.acme.Hash is 4 bytes, found 3"
        ])
      #expect(
        try decode(schema, #""abcde""#, encoding).errors.map(\.ruleID) == ["PAYLOAD_FIXED_SIZE"])
    }
  }

  @Test func enumSymbols() throws {
    let schema =
      #"{"type": "enum", "name": "Color", "namespace": "com.acme", "symbols": ["RED", "GREEN", "BLUE"]}"#
    #expect(
      findings(try decode(schema, #""GREN""#)) == [
        #"PAYLOAD_UNKNOWN_SYMBOL  | com.acme.Color: unknown symbol "GREN" of enum com.acme.Color; expected one of RED, GREEN, BLUE (did you mean 'GREEN'?)"#
      ])
    let many = (1...20).map { "\"S\($0)\"" }.joined(separator: ", ")
    let long = try decode(#"{"type": "enum", "name": "E", "symbols": [\#(many)]}"#, #""ZZZ""#)
    #expect(
      long.errors.map(\.message) == [
        #"unknown symbol "ZZZ" of enum E; expected one of S1, S2, S3, S4, S5, S6, S7, S8, ... (12 more)"#
      ])
  }
}

@Suite struct AvroJSONDecoderRecordTests {
  @Test func validOrderWithDefaultsFilledInSchemaOrder() throws {
    for encoding in AvroJSONEncoding.allCases {
      let result = try decode(
        order, #"{"items": [{"price": 2.5, "sku": "A"}], "id": 7}"#, encoding)
      #expect(findings(result) == [])
      #expect(
        result.datum
          == .record(
            name: QualifiedName(namespace: "com.acme", name: "Order"),
            fields: [
              .long(7), .string("none"),
              .array([
                .record(
                  name: QualifiedName(namespace: "com.acme", name: "Item"),
                  fields: [.string("A"), .double(2.5)])
              ]),
              .map([]),
            ]))
    }
  }

  @Test func allErrorsWithPointersAndSchemaLocations() throws {
    let result = try decode(
      order,
      #"{"id": "7", "items": [{"sku": "A", "price": 1}, {"sku": "B"}, {"sku": 3, "price": "x"}], "tags": {"a/b": 1.5}}"#
    )
    #expect(result.datum == nil)
    #expect(
      findings(result) == [
        #"PAYLOAD_TYPE_MISMATCH /id | com.acme.Order.id: expected long, found string "7""#,
        "PAYLOAD_MISSING_FIELD /items/1 | com.acme.Item.price: missing required field 'price' (no default)",
        "PAYLOAD_TYPE_MISMATCH /items/2/sku | com.acme.Item.sku: expected string, found number 3",
        #"PAYLOAD_TYPE_MISMATCH /items/2/price | com.acme.Item.price: expected double, found string "x""#,
        "PAYLOAD_TYPE_MISMATCH /tags/a~1b | com.acme.Order.tags{}: expected int, found number 1.5",
      ])
  }

  @Test func missingFieldWithoutDefaultInBothEncodings() throws {
    for encoding in AvroJSONEncoding.allCases {
      #expect(
        findings(try decode(order, #"{"items": []}"#, encoding)) == [
          "PAYLOAD_MISSING_FIELD  | com.acme.Order.id: missing required field 'id' (no default)"
        ])
    }
  }

  @Test func unknownFieldIsAnErrorOrAWarning() throws {
    let shirt =
      #"{"type": "record", "name": "Shirt", "namespace": "com.acme", "fields": [{"name": "color", "type": "string"}]}"#
    let payload = #"{"color": "red", "colour": "blue"}"#
    let message =
      #"/colour | com.acme.Shirt: unknown field "colour" in record com.acme.Shirt (did you mean 'color'?)"#
    for encoding in AvroJSONEncoding.allCases {
      let strict = try decode(shirt, payload, encoding)
      #expect(findings(strict) == ["PAYLOAD_UNKNOWN_FIELD " + message])
      #expect(strict.datum == nil)
      #expect(!strict.isValid)
      let lenient = try decode(shirt, payload, encoding, allowUnknownFields: true)
      #expect(findings(lenient) == ["W PAYLOAD_UNKNOWN_FIELD " + message])
      #expect(lenient.isValid)
      #expect(
        lenient.datum
          == .record(
            name: QualifiedName(namespace: "com.acme", name: "Shirt"), fields: [.string("red")]))
    }
    let unlike = try decode(shirt, #"{"color": "red", "size": 1}"#)
    #expect(unlike.errors.map(\.message) == [#"unknown field "size" in record com.acme.Shirt"#])
  }

  @Test func recordDefaultsOfEveryKind() throws {
    let schema = #"""
      {"type": "record", "name": "R", "fields": [
        {"name": "u", "type": ["null", "string"], "default": null},
        {"name": "v", "type": ["long", "null"], "default": 5},
        {"name": "b", "type": "bytes", "default": "\u00ff"},
        {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["X", "Y"]}, "default": "Y"},
        {"name": "n", "type": {"type": "record", "name": "N", "fields": [
          {"name": "a", "type": "int", "default": 1}]}, "default": {}}
      ]}
      """#
    for encoding in AvroJSONEncoding.allCases {
      let result = try decode(schema, "{}", encoding)
      #expect(findings(result) == [])
      #expect(
        result.datum
          == .record(
            name: QualifiedName(name: "R"),
            fields: [
              .union(branch: 0, value: .null), .union(branch: 0, value: .long(5)), .bytes([0xFF]),
              .enumSymbol(index: 1, symbol: "Y"),
              .record(name: QualifiedName(name: "N"), fields: [.int(1)]),
            ]))
    }
  }

  @Test func javaStyleFloatDefaults() throws {
    let schema =
      #"{"type": "record", "name": "R", "fields": [{"name": "d", "type": "double", "default": "NaN"}]}"#
    let result = try decode(schema, "{}")
    #expect(result.datum == .record(name: QualifiedName(name: "R"), fields: [.double(.nan)]))
  }

  @Test func linkedListNestsBeyondTheCallerStackDepth() throws {
    let list = #"""
      {"type": "record", "name": "Node", "namespace": "com.acme", "fields": [
        {"name": "value", "type": "int"},
        {"name": "next", "type": ["null", "Node"], "default": null}]}
      """#
    var plain = "null"
    var tagged = "null"
    for value in (0..<150).reversed() {
      plain = #"{"value": \#(value), "next": \#(plain)}"#
      let next = tagged == "null" ? tagged : #"{"com.acme.Node": \#(tagged)}"#
      tagged = #"{"value": \#(value), "next": \#(next)}"#
    }
    let plainResult = try decode(list, plain)
    #expect(findings(plainResult) == [])
    let taggedResult = try decode(list, tagged, .json)
    #expect(findings(taggedResult).isEmpty)
    let same = plainResult.datum == taggedResult.datum
    #expect(same)
    var depth = 0
    var cursor = plainResult.datum
    while case .record(_, let fields)? = cursor, fields.count == 2 {
      depth += 1
      guard case .union(1, let next) = fields[1] else { break }
      cursor = next
    }
    #expect(depth == 150)

    let broken = plain.replacingOccurrences(of: #""value": 149"#, with: #""value": "x""#)
    let result = try decode(list, broken)
    let pointer = String(repeating: "/next", count: 149) + "/value"
    #expect(result.errors.map(\.instanceLocation) == [pointer])
    #expect(result.errors.map(\.schemaLocation) == ["com.acme.Node.value"])
  }

  @Test func deepestPayloadTheReaderAllows() throws {
    let list = #"""
      {"type": "record", "name": "Node", "fields": [
        {"name": "next", "type": ["null", "Node"]}]}
      """#
    let payload =
      String(repeating: #"{"next": "#, count: 511) + "null" + String(repeating: "}", count: 511)
    for encoding in AvroJSONEncoding.allCases {
      let result = try decode(list, payload, encoding)
      #expect(result.isValid == (encoding == .plain))
      #expect(result.errors.count == (encoding == .plain ? 0 : 1))
    }
  }

  /// A value built in code can nest deeper than the JSON reader allows: the reader stops.
  @Test func payloadsDeeperThanTheLimitStop() throws {
    let graph = try avroGraph(
      #"{"type": "record", "name": "Node", "fields": [{"name": "next", "type": ["null", "Node"]}]}"#
    )
    var value = JSONValue(.null)
    for _ in 0..<600 {
      value = JSONValue(
        .object([
          JSONMember(key: "next", keyPosition: TextPosition(line: 0, column: 0), value: value)
        ]))
    }
    let result = AvroJSONDecoder(graph: graph, encoding: .plain).decode(value)
    #expect(result.datum == nil)
    #expect(result.errors.map(\.ruleID) == ["PAYLOAD_TOO_DEEP"])
  }

  @Test func workerThreadDecodersAgree() throws {
    let decoder = AvroJSONDecoder(graph: try avroGraph(order), encoding: .plain)
    let worker = decoder.forWorkerThread()
    for payload in [
      #"{"id": 1, "items": [{"sku": "a", "price": 1}]}"#, #"{"id": "x", "items": {}}"#,
    ] {
      let value = try JSONReader.parse(payload)
      let mine = decoder.decode(value)
      let theirs = worker.decode(value)
      #expect(mine.datum == theirs.datum)
      #expect(mine.errors == theirs.errors)
    }
  }

  @Test func errorsStopAtTheLimit() throws {
    let values = Array(repeating: #""x""#, count: 300).joined(separator: ",")
    let result = try decode(#"{"type": "array", "items": "int"}"#, "[\(values)]")
    #expect(result.errors.count == 100)
    #expect(result.errors.last?.instanceLocation == "/99")
  }

  @Test func arraysAndMapsNestPointers() throws {
    let schema =
      #"{"type": "map", "values": {"type": "array", "items": {"type": "map", "values": "long"}}}"#
    let result = try decode(schema, #"{"k": [{"a": 1}, {"b": 2, "c~": true}]}"#)
    #expect(
      findings(result) == [
        "PAYLOAD_TYPE_MISMATCH /k/1/c~0 | map{}[]{}: expected long, found boolean true"
      ])
  }
}

@Suite struct AvroJSONDecoderUnionTests {
  private let payment = #"""
    {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [
      {"name": "amount", "type": ["null", "int", "long", "string"]},
      {"name": "payment", "type": ["null",
        {"type": "record", "name": "Card", "fields": [{"name": "number", "type": "string"}]},
        {"type": "record", "name": "Transfer", "fields": [{"name": "iban", "type": "string"},
          {"name": "note", "type": "string", "default": ""}]}], "default": null}
    ]}
    """#

  @Test func plainUnionsTakeTheFirstBranchThatReads() throws {
    let small = try decode(payment, #"{"amount": 5, "payment": {"number": "4111"}}"#)
    #expect(findings(small) == [])
    guard case .record(_, let fields)? = small.datum else {
      Issue.record("no record")
      return
    }
    #expect(fields[0] == .union(branch: 1, value: .int(5)))
    #expect(
      fields[1]
        == .union(
          branch: 1,
          value: .record(
            name: QualifiedName(namespace: "com.acme", name: "Card"), fields: [.string("4111")])))
    let large = try decode(payment, #"{"amount": 5000000000, "payment": {"iban": "DE1"}}"#)
    guard case .record(_, let largeFields)? = large.datum else {
      Issue.record("no record")
      return
    }
    #expect(largeFields[0] == .union(branch: 2, value: .long(5_000_000_000)))
    guard case .union(2, _) = largeFields[1] else {
      Issue.record("not the Transfer branch: \(largeFields[1])")
      return
    }
    let null = try decode(payment, #"{"amount": null}"#)
    #expect(findings(null) == [])
  }

  @Test func plainUnionAmbiguity() throws {
    let schema = #"""
      ["null", {"type": "record", "name": "A", "fields": [{"name": "x", "type": "int", "default": 0}]},
       {"type": "record", "name": "B", "fields": [{"name": "x", "type": "int"}]}]
      """#
    #expect(
      findings(try decode(schema, #"{"x": 1}"#)) == [
        "PAYLOAD_AMBIGUOUS_UNION  | union: the object fits both A and B of union [null, A, B]; write "
          + "it in the Avro JSON encoding or add a '-type' member naming the record"
      ])
    // fastavro's '-type' member picks the record.
    let hinted = try decode(schema, #"{"-type": "B", "x": 1}"#)
    #expect(findings(hinted) == [])
    #expect(
      hinted.datum
        == .union(branch: 2, value: .record(name: QualifiedName(name: "B"), fields: [.int(1)])))
    // Only A reads an object without x.
    #expect(
      try decode(schema, "{}").datum
        == .union(branch: 1, value: .record(name: QualifiedName(name: "A"), fields: [.int(0)])))
    // A map branch reads every object of ints too.
    let withMap =
      #"["null", {"type": "map", "values": "int"}, {"type": "record", "name": "A", "fields": [{"name": "x", "type": "int"}]}]"#
    #expect(try decode(withMap, #"{"x": 1}"#).errors.map(\.ruleID) == ["PAYLOAD_AMBIGUOUS_UNION"])
    #expect(
      try decode(withMap, #"{"y": 1}"#).datum
        == .union(branch: 1, value: .map([(key: "y", value: .int(1))])))
  }

  @Test func plainUnionErrorsComeFromTheOnlyCandidate() throws {
    let result = try decode(payment, #"{"amount": true, "payment": {"number": 4111}}"#)
    #expect(
      findings(result) == [
        "PAYLOAD_TYPE_MISMATCH /amount | com.acme.Order.amount: expected union [null, int, long, string], found boolean true",
        "PAYLOAD_TYPE_MISMATCH /payment | com.acme.Order.payment: expected union [null, com.acme.Card, com.acme.Transfer], found object",
      ])
    let single =
      #"["null", {"type": "record", "name": "R", "namespace": "n", "fields": [{"name": "a", "type": "int"}]}]"#
    #expect(
      findings(try decode(single, #"{"a": "x"}"#)) == [
        #"PAYLOAD_TYPE_MISMATCH /a | n.R.a: expected int, found string "x""#
      ])
    #expect(
      findings(try decode(#"["null", "int"]"#, "3000000000")) == [
        "PAYLOAD_OUT_OF_RANGE  | union<int>: 3000000000 is outside the int range (-2147483648 to 2147483647)"
      ])
  }

  @Test func plainPayloadsWrittenInTheJSONEncodingGetAHint() throws {
    let result = try decode(
      payment, #"{"amount": {"long": 5}, "payment": {"com.acme.Card": {"number": "1"}}}"#)
    #expect(
      findings(result) == [
        #"PAYLOAD_TYPE_MISMATCH /amount | com.acme.Order.amount: expected union [null, int, long, string], found {"long": ...} as the Avro JSON encoding writes a union; plain JSON writes the value alone (or read the payload as the Avro JSON encoding: --avro-encoding json)"#,
        #"PAYLOAD_TYPE_MISMATCH /payment | com.acme.Order.payment: expected union [null, com.acme.Card, com.acme.Transfer], found {"com.acme.Card": ...} as the Avro JSON encoding writes a union; plain JSON writes the value alone (or read the payload as the Avro JSON encoding: --avro-encoding json)"#,
      ])
  }

  @Test func taggedUnionsInTheJSONEncoding() throws {
    let result = try decode(
      payment, #"{"amount": {"long": 5}, "payment": {"com.acme.Transfer": {"iban": "DE1"}}}"#, .json
    )
    #expect(findings(result) == [])
    guard case .record(_, let fields)? = result.datum else {
      Issue.record("no record")
      return
    }
    #expect(fields[0] == .union(branch: 2, value: .long(5)))
    #expect(
      fields[1]
        == .union(
          branch: 2,
          value: .record(
            name: QualifiedName(namespace: "com.acme", name: "Transfer"),
            fields: [.string("DE1"), .string("")])))
    #expect(findings(try decode(payment, #"{"amount": null}"#, .json)) == [])
  }

  @Test func taggedUnionErrors() throws {
    let result = try decode(
      payment,
      #"{"amount": 5, "payment": {"Card": {"number": "1"}}}"#, .json)
    #expect(
      findings(result) == [
        #"PAYLOAD_TYPE_MISMATCH /amount | com.acme.Order.amount: expected union [null, int, long, string] written as {"int": value} in the Avro JSON encoding, found number 5"#,
        #"PAYLOAD_UNKNOWN_BRANCH /payment/Card | com.acme.Order.payment: "Card" is not a branch of union [null, com.acme.Card, com.acme.Transfer] (did you mean 'com.acme.Card'? the Avro JSON encoding names a type by its full name)"#,
      ])
    let two = try decode(payment, #"{"amount": {"int": 1, "long": 2}}"#, .json)
    #expect(two.errors.map(\.message).first?.hasSuffix("found an object with 2 members") == true)
    let misspelt = try decode(payment, #"{"amount": {"strng": "x"}}"#, .json)
    #expect(misspelt.errors.map(\.message).first?.hasSuffix("(did you mean 'string'?)") == true)
    let unknown = try decode(payment, #"{"amount": {"boolean": true}}"#, .json)
    #expect(
      unknown.errors.map(\.message) == [
        #""boolean" is not a branch of union [null, int, long, string]; expected one of null, int, long, string"#
      ])
    let inner = try decode(payment, #"{"amount": {"long": "5"}}"#, .json)
    #expect(
      findings(inner) == [
        #"PAYLOAD_TYPE_MISMATCH /amount/long | com.acme.Order.amount<long>: expected long, found string "5""#
      ])
  }

  @Test func warningsOfTheChosenBranchOnly() throws {
    let schema = #"""
      ["null", {"type": "record", "name": "A", "fields": [{"name": "x", "type": "int"}]},
       {"type": "record", "name": "B", "fields": [{"name": "y", "type": "int"}]}]
      """#
    let result = try decode(schema, #"{"x": 1, "z": 2}"#, allowUnknownFields: true)
    #expect(result.isValid)
    #expect(findings(result) == [#"W PAYLOAD_UNKNOWN_FIELD /z | A: unknown field "z" in record A"#])
    #expect(
      result.datum
        == .union(branch: 1, value: .record(name: QualifiedName(name: "A"), fields: [.int(1)])))
  }

  /// Both branches read the whole nested value before B fails on its missing `y`: without
  /// remembering tries this takes 2^depth reads, so at depth 200 it would never return.
  @Test func nestedAmbiguityChecksTakeLinearTime() throws {
    let schema = #"""
      {"type": "record", "name": "Holder", "fields": [{"name": "u", "type": ["null",
        {"type": "record", "name": "A", "fields": [{"name": "x", "type": ["null", "A", "B"]}]},
        {"type": "record", "name": "B", "fields": [{"name": "x", "type": ["null", "A", "B"]},
          {"name": "y", "type": "int"}]}]}]}
      """#
    let depth = 200
    let payload =
      #"{"u": "# + String(repeating: #"{"x": "#, count: depth) + "null"
      + String(repeating: "}", count: depth + 1)
    let result = try decode(schema, payload)
    #expect(result.isValid)
    let last = try decode(
      schema, payload.replacingOccurrences(of: "null", with: #"{"x": null, "y": 1}"#))
    #expect(last.isValid)
  }

  @Test func typeMemberMustNameTheRecord() throws {
    let schema = #"{"type": "record", "name": "A", "namespace": "n", "fields": []}"#
    #expect(try decode(schema, #"{"-type": "n.A"}"#).isValid)
    #expect(
      findings(try decode(schema, #"{"-type": "B"}"#)) == [
        #"PAYLOAD_TYPE_MISMATCH /-type | n.A: the '-type' member names string "B", not record n.A"#
      ])
    // The Avro JSON encoding has no such member.
    #expect(
      try decode(schema, #"{"-type": "n.A"}"#, .json).errors.map(\.ruleID) == [
        "PAYLOAD_UNKNOWN_FIELD"
      ])
  }

  @Test func unionOfArrayAndMapBranchNames() throws {
    let schema =
      #"["null", {"type": "array", "items": "int"}, {"type": "map", "values": "string"}]"#
    #expect(
      try decode(schema, #"{"array": [1]}"#, .json).datum
        == .union(branch: 1, value: .array([.int(1)])))
    #expect(
      try decode(schema, #"{"map": {"a": "b"}}"#, .json).datum
        == .union(branch: 2, value: .map([(key: "a", value: .string("b"))])))
    #expect(try decode(schema, "[1]").datum == .union(branch: 1, value: .array([.int(1)])))
  }
}

@Suite struct AvroJSONDecoderLogicalTypeTests {
  private let money = #"{"type": "bytes", "logicalType": "decimal", "precision": 6, "scale": 2}"#

  @Test(arguments: [
    ("12.5", [0x04, 0xE2] as [UInt8]),
    (#""12.50""#, [0x04, 0xE2]),
    ("-0.01", [0xFF]),
    ("9999.99", [0x0F, 0x42, 0x3F]),
    ("1e3", [0x01, 0x86, 0xA0]),
    (#""\u0004\u00e2""#, [0x04, 0xE2]),
  ])
  func plainDecimals(payload: String, bytes: [UInt8]) throws {
    let result = try decode(money, payload)
    #expect(findings(result) == [])
    #expect(result.datum == .bytes(bytes))
  }

  @Test func decimalErrors() throws {
    #expect(
      try decode(money, "1.234").errors.map(\.message) == [
        "1.234 has 3 digits after the point, more than the scale of decimal(6,2)"
      ])
    #expect(
      try decode(money, #""10000""#).errors.map(\.message) == [
        "10000 has 7 digits at scale 2, more than the precision of decimal(6,2)"
      ])
    // The Avro JSON encoding writes the two's-complement bytes only.
    #expect(try decode(money, "12.5", .json).errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    #expect(try decode(money, #""\u0004\u00e2""#, .json).datum == .bytes([0x04, 0xE2]))
    #expect(
      try decode(money, #""\u000f\u0042\u0040""#, .json).errors.map(\.message) == [
        "10000.00 has 7 digits, more than the precision of decimal(6,2)"
      ])
    let fixed =
      #"{"type": "fixed", "name": "D", "size": 2, "logicalType": "decimal", "precision": 4}"#
    #expect(try decode(fixed, "-2").datum == .fixed([0xFF, 0xFE]))
    #expect(try decode(fixed, "99999").errors.map(\.ruleID) == ["PAYLOAD_OUT_OF_RANGE"])
  }

  @Test func uuids() throws {
    let schema = #"{"type": "string", "logicalType": "uuid"}"#
    for encoding in AvroJSONEncoding.allCases {
      #expect(try decode(schema, #""123e4567-e89b-12d3-a456-426614174000""#, encoding).isValid)
      #expect(
        findings(try decode(schema, #""123e4567""#, encoding)) == [
          #"PAYLOAD_INVALID_FORMAT  | string: expected a uuid in the 8-4-4-4-12 hex form, found "123e4567""#
        ])
    }
  }

  @Test func datesAsDaysOrISOStrings() throws {
    let schema = #"{"type": "int", "logicalType": "date"}"#
    #expect(try decode(schema, "19724").datum == .int(19724))
    #expect(try decode(schema, #""2024-01-01""#).datum == .int(19723))
    #expect(try decode(schema, #""1969-12-31""#).datum == .int(-1))
    #expect(try decode(schema, #""2024-02-29""#).datum == .int(19782))
    #expect(
      try decode(schema, #""2023-02-29""#).errors.map(\.message) == [
        #"expected a date as days since 1970-01-01 or as YYYY-MM-DD, found string "2023-02-29""#
      ])
    #expect(
      try decode(schema, #""2024-01-01""#, .json).errors.map(\.ruleID) == ["PAYLOAD_TYPE_MISMATCH"])
    let union = #"["null", "string", {"type": "int", "logicalType": "date"}]"#
    #expect(
      try decode(union, #""2024-01-01""#).datum == .union(branch: 1, value: .string("2024-01-01")))
  }

  @Test func timesOfDay() throws {
    let millis = #"{"type": "int", "logicalType": "time-millis"}"#
    #expect(try decode(millis, "86399999").isValid)
    #expect(
      findings(try decode(millis, "86400000")) == [
        "PAYLOAD_OUT_OF_RANGE  | int: time-millis 86400000 is outside a day (0 to 86399999 milliseconds)"
      ])
    let micros = #"{"type": "long", "logicalType": "time-micros"}"#
    #expect(try decode(micros, "-1", .json).errors.map(\.ruleID) == ["PAYLOAD_OUT_OF_RANGE"])
    let timestamp = #"{"type": "long", "logicalType": "timestamp-millis"}"#
    #expect(try decode(timestamp, "-1").isValid)
    #expect(try decode(timestamp, "1e30", .json).errors.map(\.ruleID) == ["PAYLOAD_OUT_OF_RANGE"])
  }
}
