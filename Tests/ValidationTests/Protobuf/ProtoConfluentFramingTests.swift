import Testing

@testable import Validation

@Suite struct ProtoConfluentFramingTests {
  static let file = ProtoBinaryTest.parse(
    """
    syntax = "proto3";
    package acme.orders;
    message Order { message Line { message Tax {} } message Note {} }
    enum Status { STATUS_UNSPECIFIED = 0; }
    message Refund { map<string, string> labels = 1; message Reason {} }
    """)

  @Test func singleZeroByteMeansTheFirstMessage() throws {
    // magic, schema id 42, the [0] shorthand, then field 1 varint 1.
    let framed = try #require(
      ProtoConfluentFraming.unframe(ProtoBinaryTest.hex("00 0000002a 00 0801")))
    #expect(framed.schemaID == 42)
    #expect(framed.messageIndexes == [0])
    #expect(framed.message == ProtoBinaryTest.hex("0801"))
  }

  @Test func nestedIndexes() throws {
    // count 2 (zig-zag 4), indexes 0 and 1 (zig-zag 0 and 2): acme.orders.Order.Note.
    let framed = try #require(
      ProtoConfluentFraming.unframe(ProtoBinaryTest.hex("00 00010000 04 00 02 0801")))
    #expect(framed.schemaID == 65536)
    #expect(framed.messageIndexes == [0, 1])
    #expect(framed.message.count == 2)
    #expect(
      ProtoConfluentFraming.messageName(for: framed.messageIndexes, in: Self.file)
        == "acme.orders.Order.Note")
  }

  @Test(arguments: [
    ([0], "acme.orders.Order"), ([1], "acme.orders.Refund"),
    ([0, 0, 0], "acme.orders.Order.Line.Tax"),
    // The map entry of `labels` does not count, as in Schema Registry.
    ([1, 0], "acme.orders.Refund.Reason"),
  ])
  func namesByIndex(indexes: [Int], name: String) {
    #expect(ProtoConfluentFraming.messageName(for: indexes, in: Self.file) == name)
    #expect(ProtoConfluentFraming.messageIndexes(for: name, in: Self.file) == indexes)
  }

  @Test(arguments: [[2], [0, 2], [1, 1], [-1]])
  func indexesOutsideTheFile(indexes: [Int]) {
    #expect(ProtoConfluentFraming.messageName(for: indexes, in: Self.file) == nil)
  }

  @Test(arguments: [
    "01 0000002a 00 0801",  // wrong magic byte
    "00 0000002a",  // no index list
    "00 0000002a 03",  // a negative count (zig-zag 3 is -2)
    "00 0000002a 06 00",  // three indexes announced, one present
    "00 0000002a 02 01",  // a negative index
    "00 0000002a 80",  // a truncated count
  ])
  func malformedFraming(hex: String) {
    #expect(ProtoConfluentFraming.unframe(ProtoBinaryTest.hex(hex)) == nil)
  }

  @Test(arguments: [[0], [0, 1], [3, 0, 200]])
  func headerRoundTrips(indexes: [Int]) throws {
    let header = ProtoConfluentFraming.header(schemaID: 7, messageIndexes: indexes)
    let framed = try #require(ProtoConfluentFraming.unframe((header + [0x08, 0x01])[...]))
    #expect(framed.schemaID == 7)
    #expect(framed.messageIndexes == indexes)
    #expect(Array(framed.message) == [0x08, 0x01])
  }
}

@Suite struct ProtoBinaryFramedValidationTests {
  static let file = ProtoBinaryTest.parse(
    ProtoBinaryFixtures.order, path: "acme/orders/order.proto")

  @Test func framedMessageIsValidatedWithFileOffsets() throws {
    let validator = try ProtoBinaryFixtures.validator("acme.orders.Order")
    // acme.orders.Order is the third top-level message: indexes [2] (count 1, index 2).
    let bytes = ProtoBinaryTest.hex("00 00000007 02 04 72 01 ff")
    #expect(ProtoBinaryValidator.looksFramed(bytes))
    let found = validator.validate(confluentFramed: bytes, file: Self.file)
    #expect(found.map(\.ruleID) == ["PAYLOAD_INVALID_UTF8"])
    #expect(found.first?.byteOffset == 9)
  }

  @Test func indexesSelectingAnotherMessageAreAnError() throws {
    let validator = try ProtoBinaryFixtures.validator("acme.orders.Order")
    let found = validator.validate(
      confluentFramed: ProtoBinaryTest.hex("00 00000007 00"), file: Self.file)
    #expect(found.map(\.ruleID) == ["PAYLOAD_MESSAGE_INDEX_MISMATCH"])
    #expect(
      found.first?.message
        == "the framing's message indexes [0] select acme.orders.Money, but the payload is "
        + "validated as acme.orders.Order; acme.orders.Order is [2]")
  }

  @Test func brokenFramingIsAnError() throws {
    let validator = try ProtoBinaryFixtures.validator("acme.orders.Order")
    #expect(
      validator.validate(confluentFramed: ProtoBinaryTest.hex("00 0000")).map(\.ruleID) == [
        "PAYLOAD_INVALID_FRAMING"
      ])
    #expect(!ProtoBinaryValidator.looksFramed(ProtoBinaryTest.hex(ProtoBinaryFixtures.validOrder)))
  }
}
