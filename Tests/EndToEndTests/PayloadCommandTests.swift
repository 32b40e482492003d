import Foundation
import Testing

/// `schemacheck validate` on Avro and Protobuf payloads of the demo, as a user runs it.
@Suite struct PayloadCommandTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  func run(_ arguments: [String]) throws -> CommandResult {
    try CommandRunner.run(arguments, in: Self.fixtures)
  }

  @Test func avroPlainJSONFindingsPointAtTheValue() throws {
    let result = try run([
      "validate", "--schema", "schemas/orders/order_placed.avsc",
      "examples/orders/order_placed/web_order.json",
      "examples/orders/order_placed/bad/quantity_as_text.json",
    ])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        examples/orders/order_placed/bad/quantity_as_text.json:5:50: error: [PAYLOAD_TYPE_MISMATCH] \
        /lines/0/quantity (com.acme.orders.OrderLine.quantity): expected int, found string "two"
        2 payloads validated, 1 failed; 1 error, 0 warnings

        """)
  }

  @Test func avroJSONEncodingNeedsBranchNamesThatPlainJSONDoesNot() throws {
    let file = "examples/orders/order_cancelled/customer_request.json"
    let encoded = try run([
      "validate", "--schema", "schemas/orders/order_cancelled.avsc", "--avro-encoding", "json",
      file,
    ])
    #expect(encoded.status == 0, "\(encoded.stdout)")
    // Read as plain JSON, {"string": ...} is a record-like object, not a string.
    let plain = try run([
      "validate", "--schema", "schemas/orders/order_cancelled.avsc", file,
    ])
    #expect(plain.status == 1)
    #expect(plain.stdout.contains("/note"))
  }

  @Test func avroBinaryWithAndWithoutConfluentFraming() throws {
    let result = try run([
      "validate", "--schema", "schemas/payments/payment_captured.avsc", "--avro-encoding",
      "binary", "examples/payments/payment_captured/stripe_capture.bin",
      "examples/payments/payment_captured/manual_capture.bin",
    ])
    // payment_captured.avsc names com.acme.common.Money from another file: alone it is
    // unusable, which is a tool failure with the reason.
    #expect(result.status == 2)
    #expect(result.stdout.contains("com.acme.common.Money"))
    // Through the config the subject's named types are linked.
    let linked = try run([
      "validate", "examples/payments/payment_captured/stripe_capture.bin",
      "examples/payments/payment_captured/manual_capture.bin",
    ])
    #expect(linked.status == 0, "\(linked.stdout)\(linked.stderr)")
    #expect(linked.stdout == "2 payloads validated, 0 failed; 0 errors, 0 warnings\n")
  }

  @Test func framingCanBeDetectedRequiredOrRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let schema = try scratch.write("n.avsc", #""long""#)
    let framed = scratch.url.appendingPathComponent("framed.bin")
    try Data([0, 0, 0, 0, 1, 2]).write(to: framed)  // schema id 1, then the long 1
    let bare = scratch.url.appendingPathComponent("bare.bin")
    try Data([2]).write(to: bare)
    func validate(_ framing: String, _ file: URL) throws -> CommandResult {
      try run([
        "validate", "--schema", schema.path, "--avro-encoding", "binary", "--framing", framing,
        file.path,
      ])
    }
    #expect(try validate("auto", framed).status == 0)
    #expect(try validate("auto", bare).status == 0)
    #expect(try validate("confluent", framed).status == 0)
    let notFramed = try validate("confluent", bare)
    #expect(notFramed.status == 1)
    #expect(notFramed.stdout.contains("[PAYLOAD_INVALID_FRAMING]"))
    // Read bare, the framing is a long 0 followed by five bytes too many.
    let refused = try validate("none", framed)
    #expect(refused.status == 1)
    #expect(refused.stdout.contains("[PAYLOAD_TRAILING_BYTES]"))
  }

  @Test func avroContainerRecordsAreReadWithTheFileSchemaAndResolved() throws {
    let result = try run([
      "validate", "--schema", "schemas/orders/order_cancelled.avsc", "--format", "json",
      "examples/orders/order_cancelled/cancellations.avro",
    ])
    #expect(result.status == 0, "\(result.stdout)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let payloads = try #require(object["payloads"] as? [[String: Any]])
    #expect(payloads.count == 20)
    #expect(payloads.map { $0["record"] as? Int } == Array(1...20))
  }

  @Test func wrongBinaryIsReportedWithItsByteOffset() throws {
    let result = try run([
      "validate", "--schema", "schemas/orders/order_cancelled.avsc", "--avro-encoding", "binary",
      "examples/payments/payment_captured/manual_capture.bin",
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("/reason (com.acme.orders.OrderCancelled.reason, byte 10): "))
  }

  @Test func protobufJSONAndFramedBinary() throws {
    let result = try run([
      "validate", "--schema", "proto/acme/orders/v1/order_events.proto", "-I", "proto",
      "--message", "acme.orders.v1.OrderEvent", "examples/orders/order_events/placed.json",
      "examples/orders/order_events/shipped.yaml", "examples/orders/order_events/cancelled.binpb",
      "examples/orders/order_events/bad/two_details.json",
    ])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        examples/orders/order_events/bad/two_details.json:5:16: error: [PAYLOAD_ONEOF_CONFLICT] \
        /cancelled (acme.orders.v1.OrderEvent.cancelled): 'placed' and 'cancelled' are both set, but oneof 'detail' allows at most one
        4 payloads validated, 1 failed; 1 error, 0 warnings

        """)
  }

  @Test func framingThatNamesAnotherMessageIsAMismatch() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let framed = [UInt8](
      try Data(
        contentsOf: Self.fixtures.appendingPathComponent(
          "examples/orders/order_events/cancelled.binpb")))
    // Message indexes [2] (OrderEvent) replaced by the single 0 byte that means [0] (Money).
    let rewritten = Array(framed[0..<5]) + [0] + Array(framed[7...])
    let file = scratch.url.appendingPathComponent("money.binpb")
    try Data(rewritten).write(to: file)
    let result = try run([
      "validate", "--schema", "proto/acme/orders/v1/order_events.proto", "-I", "proto",
      "--message", "OrderEvent", file.path,
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("[PAYLOAD_MESSAGE_INDEX_MISMATCH]"))
    #expect(result.stdout.contains("acme.orders.v1.OrderEvent is [2]"))
  }

  @Test func anEmptyBinaryFileIsTheEmptyMessage() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let file = try scratch.write("empty.binpb", "")
    let result = try run([
      "validate", "--schema", "proto/acme/orders/v1/order_events.proto", "-I", "proto",
      "--message", "OrderEvent", file.path,
    ])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "1 payload validated, 0 failed; 0 errors, 0 warnings\n")
  }

  @Test func protobufFileOfSeveralMessagesNeedsTheMessageNamed() throws {
    let result = try run([
      "validate", "--schema", "proto/acme/orders/v1/order_events.proto", "-I", "proto",
      "examples/orders/order_events/placed.json",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.contains("[PAYLOAD_SCHEMA_UNUSABLE]"))
    #expect(result.stdout.contains("--message"))
  }

  @Test func delimitedStreamsReportEachMessage() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let framed = try Data(
      contentsOf: Self.fixtures.appendingPathComponent(
        "examples/orders/order_events/cancelled.binpb"))
    // The message without its 7-byte framing, twice, then a length that overruns the file.
    let message = [UInt8](framed.dropFirst(7))
    var stream: [UInt8] = []
    for _ in 0..<2 { stream += [UInt8(message.count)] + message }
    stream += [0x7F, 0x08]
    let file = scratch.url.appendingPathComponent("events.bin")
    try Data(stream).write(to: file)
    let result = try run([
      "validate", "--schema", "proto/acme/orders/v1/order_events.proto", "-I", "proto",
      "--message", "OrderEvent", "--delimited", "--format", "json", file.path,
    ])
    #expect(result.status == 2)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let payloads = try #require(object["payloads"] as? [[String: Any]])
    #expect(payloads.map { $0["record"] as? Int } == [1, 2])
    #expect(payloads.map { $0["valid"] as? Bool } == [true, true])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.map { $0["ruleId"] as? String } == ["PAYLOAD_STREAM_BROKEN"])
  }

  @Test func withoutSchemaEachPayloadMeetsItsSubject() throws {
    let result = try run([
      "validate", "examples/orders/order_placed/bad/order_id_not_uuid.json",
      "examples/orders/order_events/placed.json",
    ])
    // The first is a counterexample of orders.order-placed: failing is what it is for.
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "2 payloads validated, 0 failed; 0 errors, 0 warnings\n")
    let stray = try run(["validate", "schemacheck.yaml"])
    #expect(stray.status == 2)
    #expect(stray.stdout.contains("[PAYLOAD_NO_SUBJECT]"))
  }

  @Test func withoutArgumentsEveryFixtureIsChecked() throws {
    let result = try run(["validate"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "43 payloads validated, 0 failed; 0 errors, 0 warnings\n")
  }
}
