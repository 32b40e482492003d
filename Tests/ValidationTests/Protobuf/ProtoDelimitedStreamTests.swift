import Testing

@testable import Validation

@Suite struct ProtoDelimitedStreamTests {
  // Python: b''.join(_VarintBytes(len(m)) + m for m in (b'\x08\x01', b'', b'\x0a\x01a'))
  @Test func splitsEveryMessage() {
    let (messages, error) = ProtoDelimitedStream.split(ProtoBinaryTest.hex("02 0801 00 03 0a0161"))
    #expect(error == nil)
    #expect(messages.map { Array($0) } == [[0x08, 0x01], [], [0x0A, 0x01, 0x61]])
  }

  @Test func truncatedMessageStopsTheSplit() throws {
    let (messages, error) = ProtoDelimitedStream.split(ProtoBinaryTest.hex("02 0801 05 0a"))
    #expect(messages.count == 1)
    let found = try #require(error)
    #expect(found.ruleID == "PAYLOAD_TRUNCATED")
    #expect(found.byteOffset == 3)
    #expect(found.instanceLocation == "/1")
  }

  @Test func emptyStreamHasNoMessages() {
    let (messages, error) = ProtoDelimitedStream.split([][...])
    #expect(messages.isEmpty && error == nil)
  }
}
