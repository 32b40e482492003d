import Testing

@testable import Validation

/// The order datum of `AvroBinaryDecoderTests` with one byte changed (XOR a mask), read by
/// fastavro 1.13.1 and by this decoder. fastavro's verdict per byte position:
/// ```python
/// def verdict(data):
///     fo = io.BytesIO(data)
///     try:
///         fastavro.schemaless_reader(fo, parsed_order_schema)
///     except Exception:
///         return "0"
///     return "1" if fo.tell() == len(data) else "t"   # "t": bytes left over
/// ```
/// fastavro does not check that the datum fills the payload; "t" counts as invalid here.
///
/// Known disagreements, where this decoder follows the specification:
/// - a boolean byte other than 0 or 1 (spec: "either 0 (false) or 1 (true)"); fastavro takes
///   any byte, as Java's `BinaryDecoder` does;
/// - a negative enum index: fastavro indexes its symbol list from the end (`symbols[-2]`).
@Suite struct AvroBinaryFastavroAgreementTests {
  /// Byte position -> why the verdicts differ.
  static let booleanByte = [3: "boolean byte other than 0 or 1"]

  @Test(arguments: [
    (UInt8(0x01), "111111111111111101111110111111100101000110t01111", [26: "negative enum index"]),
    (UInt8(0x80), "000111111111111100000000110111100000000000000000", booleanByte),
    (UInt8(0xFF), "000111111111111100000000110111100000000000000000", booleanByte),
  ])
  func verdictsAgree(mask: UInt8, fastavro: String, knownDisagreements: [Int: String]) throws {
    let graph = try AvroBinaryTestSupport.graph(AvroBinaryDecoderTests.orderSchema)
    let payload = AvroBinaryDecoderTests.orderBytes
    let verdicts = Array(fastavro.utf8)
    #expect(verdicts.count == payload.count)
    var disagreements: [String] = []
    for index in payload.indices {
      var mutated = payload
      mutated[index] ^= mask
      let result = AvroBinaryDecoder.decode(mutated[...], graph: graph)
      let theirs = verdicts[index] == UInt8(ascii: "1")
      if result.isValid != theirs && knownDisagreements[index] == nil {
        disagreements.append("\(index): \(result.errors.first?.message ?? "valid")")
      }
    }
    #expect(disagreements == [], "\(disagreements)")
    for index in knownDisagreements.keys {
      var mutated = payload
      mutated[index] ^= mask
      #expect(!AvroBinaryDecoder.decode(mutated[...], graph: graph).isValid)
      #expect(verdicts[index] == UInt8(ascii: "1"))
    }
  }
}
