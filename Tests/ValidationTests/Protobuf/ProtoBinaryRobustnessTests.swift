import Testing

@testable import Validation

/// Arbitrary bytes never crash the reader or the validator, and findings stay capped.
@Suite struct ProtoBinaryRobustnessTests {
  /// A small deterministic generator (SplitMix64), so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test(arguments: ["acme.orders.Order", "acme.legacy.Event"])
  func randomAndMutatedBytes(message: String) throws {
    let validator = try ProtoBinaryFixtures.validator(message)
    let valid = Array(
      ProtoBinaryTest.hex(
        message == "acme.orders.Order"
          ? ProtoBinaryFixtures.validOrder : ProtoBinaryFixtures.validEvent))
    var generator = Generator(state: 42)
    var failing = 0
    for round in 0..<3000 {
      var bytes: [UInt8]
      if round % 2 == 0 {
        bytes = (0..<Int(generator.next() % 64)).map { _ in
          UInt8(truncatingIfNeeded: generator.next())
        }
      } else {
        bytes = valid
        let position = Int(generator.next() % UInt64(bytes.count))
        bytes[position] = UInt8(truncatingIfNeeded: generator.next())
        if generator.next() % 3 == 0 {
          bytes.removeLast(Int(generator.next() % UInt64(bytes.count)))
        }
      }
      let findings = validator.validate(bytes[...])
      #expect(findings.count <= 100)
      #expect(
        findings.allSatisfy { ($0.byteOffset ?? 0) >= 0 && ($0.byteOffset ?? 0) <= bytes.count })
      if findings.hasErrors { failing += 1 }
    }
    // Most random bytes are malformed; the test must exercise the error paths.
    #expect(failing > 1000)
  }

  @Test func workerCopiesValidateTheSame() async throws {
    let validator = try ProtoBinaryFixtures.validator("acme.legacy.Event")
    let inputs = ["", "0a 01 61 10 07", ProtoBinaryFixtures.validEvent, "0a 01 61 33 38 01 3c"]
    let expected = inputs.map { validator.validate(ProtoBinaryTest.hex($0)) }
    let results = await withTaskGroup(of: [[PayloadError]].self) { group in
      for _ in 0..<2 {
        let worker = validator.forWorkerThread()
        group.addTask { inputs.map { worker.validate(ProtoBinaryTest.hex($0)) } }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 2)
    #expect(results.allSatisfy { $0 == expected })
  }

  @Test func offsetsCanCountFromTheFile() throws {
    let validator = try ProtoBinaryFixtures.validator("acme.orders.Order")
    let file = Array(ProtoBinaryTest.hex("00 00000001 00 72 01 ff"))
    let framed = try #require(ProtoConfluentFraming.unframe(file[...]))
    #expect(validator.validate(framed.message).first?.byteOffset == 2)
    #expect(validator.validate(framed.message, offsetsFrom: 0).first?.byteOffset == 8)
  }
}
