import SchemaModel
import Testing

@testable import Validation

/// Vectors made with Python protobuf 7.36 (upb) from these files, compiled with
/// `protoc --descriptor_set_out=set.pb --include_imports order.proto event.proto` and loaded
/// with `descriptor_pool.DescriptorPool().Add(...)` + `message_factory.GetMessageClass(...)`.
/// Each invalid vector's comment gives Python's verdict of `ParseFromString(bytes.fromhex(...))`.
enum ProtoBinaryFixtures {
  static let order = """
    syntax = "proto3";
    package acme.orders;
    message Money { string currency = 1; int64 units = 2; }
    message Item { string sku = 1; double price = 3; repeated int32 qty = 4; Money cost = 5; }
    enum Status { STATUS_UNSPECIFIED = 0; STATUS_OPEN = 1; }
    message Order {
      string id = 1;
      repeated Item items = 2;
      map<string, Money> totals = 3;
      Status status = 4;
      oneof payment { string card = 5; int64 points = 6; }
      repeated int32 codes = 7;
      repeated int32 loose = 8 [packed = false];
      bool flag = 9;
      int32 small = 10;
      bytes blob = 11;
      repeated fixed32 weights = 12;
      Order child = 13;
      repeated string tags = 14;
      map<int32, string> names = 15;
    }
    """

  static let event = """
    syntax = "proto2";
    package acme.legacy;
    enum Color { RED = 1; GREEN = 2; }
    message Event {
      required string id = 1;
      optional Color color = 2;
      optional string note = 3;
      repeated int32 nums = 4;
      repeated int32 packed_nums = 5 [packed = true];
      optional group Extra = 6 { optional int32 a = 7; }
      optional Event child = 8;
      repeated Color colors = 9;
      extensions 100 to 200;
    }
    extend Event { optional int32 rank = 150; }
    """

  /// ```python
  /// o = Order(id="o-1", status=1, card="visa", codes=[1, 2, 300], loose=[5, 6], flag=True,
  ///           small=-1, blob=b"\xff\x00", weights=[7, 8], tags=["a", "é"])
  /// it = o.items.add(sku="A", price=9.5, qty=[1, 2]); it.cost.currency = "EUR"
  /// it.cost.units = 10
  /// o.items.add(sku="B", price=0.25)
  /// o.totals["net"].units = 5
  /// o.names[-3] = "minus three"
  /// o.child.id = "c"
  /// o.SerializeToString().hex()
  /// ```
  static let validOrder =
    "0a036f2d3112190a0141190000000000002340220201022a070a03455552100a120c0a014219000000000000d03f"
    + "1a090a036e65741202100520012a04766973613a040102ac0240054006480150ffffffffffffffffff015a02"
    + "ff00620807000000080000006a030a01637201617202c3a97a1808fdffffffffffffffff01120b6d696e7573"
    + "207468726565"

  /// ```python
  /// e = Event(id="e-1", color=2, note="n", nums=[1, 2], packed_nums=[3, 4], colors=[1, 2])
  /// e.extra.a = 7; e.child.id = "c"
  /// e.Extensions[pool.FindExtensionByName("acme.legacy.rank")] = 9
  /// e.SerializeToString().hex()
  /// ```
  static let validEvent = "0a03652d3110021a016e200120022a0203043338073442030a016348014802b00909"

  static func validator(_ name: String) throws -> ProtoBinaryValidator {
    let source = name.hasPrefix("acme.orders") ? order : event
    let index = try #require(ProtoIndexTestImages.index(source))
    return try ProtoBinaryValidator(index: index, messageName: name)
  }
}

@Suite struct ProtoBinaryValidatorTests {
  static let order = "acme.orders.Order"
  static let event = "acme.legacy.Event"

  /// One expected finding.
  struct Expected: Sendable, CustomTestStringConvertible {
    var ruleID: RuleID
    var offset: Int?
    var pointer: String
    var severity: Severity = .error
    var testDescription: String { "\(ruleID) at \(offset.map(String.init) ?? "-") \(pointer)" }
  }

  static func findings(_ message: String, _ hex: String) throws -> [Expected] {
    let validator = try ProtoBinaryFixtures.validator(message)
    return validator.validate(ProtoBinaryTest.hex(hex)).map {
      Expected(
        ruleID: $0.ruleID, offset: $0.byteOffset, pointer: $0.instanceLocation,
        severity: $0.severity)
    }
  }

  @Test(arguments: [
    (order, ProtoBinaryFixtures.validOrder), (event, ProtoBinaryFixtures.validEvent),
    // Repeated scalars in either encoding, whatever the declaration (Python: OK).
    (order, "38 01 38 02"), (order, "42 02 01 02"), (event, "0a 01 61 22 02 01 02"),
    // A second oneof member replaces the first (Python: OK, points = 1).
    (order, "2a 01 61 30 01"),
    // proto2 does not check UTF-8 (Python: OK, note = "\377").
    (event, "0a 01 61 1a 01 ff"),
    // Any varint is a bool (Python: OK, flag = true); an empty child message.
    (order, "48 05"), (order, "6a 00"),
    // A group with its end-group tag (Python: OK, extra { a: 1 }).
    (event, "0a 01 61 33 38 01 34"),
    (order, ""),
  ])
  func validMessagesHaveNoFindings(message: String, hex: String) throws {
    #expect(try Self.findings(message, hex).isEmpty)
  }

  @Test(arguments: [
    // Python: Wire format was corrupt.
    (order, "50 80", Expected(ruleID: "PAYLOAD_TRUNCATED", offset: 1, pointer: "/small")),
    (order, "0a 05 61", Expected(ruleID: "PAYLOAD_TRUNCATED", offset: 1, pointer: "/id")),
    (order, "65 01 02", Expected(ruleID: "PAYLOAD_TRUNCATED", offset: 1, pointer: "/weights/0")),
    (order, "0e", Expected(ruleID: "PAYLOAD_INVALID_TAG", offset: 0, pointer: "")),
    (order, "f8ffffff1f 01", Expected(ruleID: "PAYLOAD_INVALID_TAG", offset: 0, pointer: "")),
    (
      order, "50 ffffffffffffffffffff01",
      Expected(ruleID: "PAYLOAD_INVALID_VARINT", offset: 1, pointer: "/small")
    ),
    (order, "50 01 00 01", Expected(ruleID: "PAYLOAD_INVALID_TAG", offset: 2, pointer: "")),
    (order, "0c", Expected(ruleID: "PAYLOAD_GROUP_MISMATCH", offset: 0, pointer: "")),
    (
      event, "0a 01 61 33 38 01 3c",
      Expected(ruleID: "PAYLOAD_GROUP_MISMATCH", offset: 6, pointer: "/extra")
    ),
    (
      event, "0a 01 61 33 38 01",
      Expected(ruleID: "PAYLOAD_TRUNCATED", offset: 3, pointer: "/extra")
    ),
    (
      order, "62 05 01 00 00 00 02",
      Expected(ruleID: "PAYLOAD_INVALID_LENGTH", offset: 2, pointer: "/weights/0")
    ),
    // Python: String field had bad UTF-8.
    (
      order, "72 01 61 72 01 ff",
      Expected(ruleID: "PAYLOAD_INVALID_UTF8", offset: 5, pointer: "/tags/1")
    ),
    (
      order, "1a 0a 0a 03 6e 65 74 12 03 0a 01 ff",
      Expected(ruleID: "PAYLOAD_INVALID_UTF8", offset: 11, pointer: "/totals/net/currency")
    ),
    (
      order, "7a 05 08 03 12 01 ff",
      Expected(ruleID: "PAYLOAD_INVALID_UTF8", offset: 6, pointer: "/names/3")
    ),
    // Python: OK, the value goes to unknown fields; an error here (see ProtoBinaryValidator).
    (
      order, "12 02 0a 00 12 05 0a 01 42 18 01",
      Expected(ruleID: "PAYLOAD_WIRE_TYPE_MISMATCH", offset: 9, pointer: "/items/1/price")
    ),
    (
      event, "0a 01 61 b2 09 01 01",
      Expected(ruleID: "PAYLOAD_WIRE_TYPE_MISMATCH", offset: 3, pointer: "/[acme.legacy.rank]")
    ),
    // Python: OK with IsInitialized() false; C++ and Java parsers reject it.
    (event, "", Expected(ruleID: "PAYLOAD_MISSING_FIELD", offset: 0, pointer: "/id")),
    (
      event, "0a 01 61 42 00",
      Expected(ruleID: "PAYLOAD_MISSING_FIELD", offset: 5, pointer: "/child/id")
    ),
    // Python: OK, kept as unknown fields.
    (
      order, "a8 06 01",
      Expected(ruleID: "PAYLOAD_UNKNOWN_FIELD", offset: 0, pointer: "", severity: .warning)
    ),
    (
      event, "0a 01 61 10 07",
      Expected(ruleID: "PAYLOAD_UNKNOWN_SYMBOL", offset: 4, pointer: "/color", severity: .warning)
    ),
    (
      event, "0a 01 61 4a 02 01 07",
      Expected(
        ruleID: "PAYLOAD_UNKNOWN_SYMBOL", offset: 6, pointer: "/colors/1", severity: .warning)
    ),
    (
      event, "0a 01 61 48 01 48 07",
      Expected(
        ruleID: "PAYLOAD_UNKNOWN_SYMBOL", offset: 6, pointer: "/colors/1", severity: .warning)
    ),
  ])
  func eachProblemIsFoundWhereItIs(message: String, hex: String, expected: Expected) throws {
    let found = try Self.findings(message, hex)
    #expect(found.count == 1)
    let first = try #require(found.first)
    #expect(first.ruleID == expected.ruleID)
    #expect(first.offset == expected.offset)
    #expect(first.pointer == expected.pointer)
    #expect(first.severity == expected.severity)
  }

  @Test func messagesNameTheFieldTypesAndOffset() throws {
    let validator = try ProtoBinaryFixtures.validator(Self.order)
    let found = validator.validate(ProtoBinaryTest.hex("12 02 0a 00 12 05 0a 01 42 18 01"))
    let first = try #require(found.first)
    #expect(first.schemaLocation == "acme.orders.Item.price")
    #expect(
      first.message
        == "field 3 'price' is a double (wire type I64) but the data has wire type VARINT at "
        + "byte 9; parsers drop the value into unknown fields")
  }

  @Test func everyErrorIsReportedAndReadingGoesOnAfterABrokenMessage() throws {
    // Python: String field had bad UTF-8 / Wire format was corrupt (it stops at the first).
    #expect(
      try Self.findings(Self.order, "12 03 0a 01 ff 12 03 0a 01 ff").map(\.pointer)
        == ["/items/0/sku", "/items/1/sku"])
    let found = try Self.findings(Self.order, "12 02 0a 05 72 01 ff")
    #expect(found.map(\.ruleID) == ["PAYLOAD_TRUNCATED", "PAYLOAD_INVALID_UTF8"])
    #expect(found.map(\.pointer) == ["/items/0/sku", "/tags/0"])
  }

  /// `depth` Orders nested in `child` below the root.
  static func nested(_ depth: Int) -> ArraySlice<UInt8> {
    var bytes: [UInt8] = []
    for _ in 0..<depth {
      var prefix: [UInt8] = [0x6A]
      var length = bytes.count
      while length >= 0x80 {
        prefix.append(UInt8(length & 0x7F) | 0x80)
        length >>= 7
      }
      prefix.append(UInt8(length))
      bytes = prefix + bytes
    }
    return bytes[...]
  }

  @Test func nestingIsLimitedAsPythonLimitsIt() throws {
    let validator = try ProtoBinaryFixtures.validator(Self.order)
    // Python: 100 nested messages parse, 101 do not.
    #expect(validator.validate(Self.nested(100)).isEmpty)
    let found = validator.validate(Self.nested(101))
    #expect(found.map(\.ruleID) == ["PAYLOAD_TOO_DEEP"])
    #expect(found.first?.instanceLocation.hasPrefix("/child/child/") == true)
  }

  @Test func mapEntriesCountAsALevel() throws {
    // message Node { map<string, Node> kids = 1; }: each level is an entry and a Node.
    // Python: 50 levels parse (depth 100), 51 do not.
    let index = try #require(
      ProtoIndexTestImages.index(
        "syntax = \"proto3\"; package acme.tree; message Node { map<string, Node> kids = 1; }"))
    let validator = try ProtoBinaryValidator(index: index, messageName: "acme.tree.Node")
    func nested(_ levels: Int) -> ArraySlice<UInt8> {
      var bytes: [UInt8] = []
      for _ in 0..<levels {
        let entry = [0x0A, 0x01, 0x6B, 0x12] + Self.varint(bytes.count) + bytes
        bytes = [0x0A] + Self.varint(entry.count) + entry
      }
      return bytes[...]
    }
    #expect(validator.validate(nested(50)).isEmpty)
    let found = validator.validate(nested(51))
    #expect(found.map(\.ruleID) == ["PAYLOAD_TOO_DEEP"])
    #expect(found.first?.instanceLocation.hasPrefix("/kids/k/kids/k/") == true)
  }

  static func varint(_ value: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
    return bytes
  }

  @Test func findingsAreCapped() throws {
    let validator = try ProtoBinaryFixtures.validator(Self.order)
    let unknown = [UInt8](repeating: 0, count: 150).flatMap { _ in [0xA8, 0x06, 0x01] as [UInt8] }
    #expect(validator.validate(unknown[...]).count == 100)
  }

  @Test func confluentFramedMessageSelectsItsType() throws {
    let file = ProtoBinaryTest.parse(ProtoBinaryFixtures.order)
    let framed = try #require(
      ProtoConfluentFraming.unframe(
        ProtoBinaryTest.hex("00 00000007 02 04" + ProtoBinaryFixtures.validOrder)))
    let name = try #require(ProtoConfluentFraming.messageName(for: framed.messageIndexes, in: file))
    #expect(name == "acme.orders.Order")
    #expect(try ProtoBinaryFixtures.validator(name).validate(framed.message).isEmpty)
  }

  @Test func delimitedStreamValidatesEachMessage() throws {
    let order = ProtoBinaryTest.hex(ProtoBinaryFixtures.validOrder)
    // Python: b''.join(_VarintBytes(len(m)) + m for m in messages)
    var prefixed: [UInt8] = []
    for message in [Array(order), [0x72, 0x01, 0xFF]] {
      var length = message.count
      while length >= 0x80 {
        prefixed.append(UInt8(length & 0x7F) | 0x80)
        length >>= 7
      }
      prefixed.append(UInt8(length))
      prefixed += message
    }
    let (messages, error) = ProtoDelimitedStream.split(prefixed[...])
    #expect(error == nil)
    let validator = try ProtoBinaryFixtures.validator(Self.order)
    #expect(
      messages.map { validator.validate($0).map(\.ruleID) } == [[], ["PAYLOAD_INVALID_UTF8"]])
    // Offsets count from the start of each message.
    #expect(validator.validate(messages[1]).first?.byteOffset == 2)
  }

  @Test func unknownMessageNameIsASetupError() throws {
    let index = try #require(ProtoIndexTestImages.index(ProtoBinaryFixtures.order))
    #expect(throws: ProtoPayloadSetupError.self) {
      _ = try ProtoBinaryValidator(index: index, messageName: "acme.orders.Ordr")
    }
  }
}
