import Testing

@testable import Validation

/// The container files of `AvroContainerFileTests` with one byte changed (XOR a mask), read by
/// fastavro 1.13.1 and by this reader. fastavro's verdict per byte position:
/// ```python
/// def verdict(data):
///     try:
///         list(fastavro.reader(io.BytesIO(data)))
///         return "1"
///     except Exception:
///         return "0"
/// ```
/// Ours: the file reads and every record decodes with its own writer schema.
///
/// Where fastavro accepts and this reader does not, the reason must be one of these, each a
/// point where fastavro is more lenient than the specification (and Java): it does not check
/// the magic bytes; it does not validate names in the writer schema or require `fields`; it
/// reads a negative record count as an empty block; it indexes unions from the end for a
/// negative index; it does not require a deflate block's final block.
@Suite struct AvroContainerFastavroAgreementTests {
  static let stricterBySpecification = [
    "the file does not start with the Avro container magic",
    "the container's writer schema is invalid",
    "it cannot be negative",
    "union branch index -",
    "before its final block",
  ]

  static let twoBlocksMask01 =
    "111100111111111100000000000000000000000000000000000000000000000111111111111100001111110000000000000011110000000000000000000000000000000011100000000000000000000011111110000000000000000001111100000000000000000000000000000000000000000000000001001111001111101111111111111110000000000000000100111101110000000000000000"
  static let twoBlocksMask80 =
    "111100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
  static let deflateMask01 =
    "111100000000000000000000000000000000000000000000000000000000000000111111111111100001111110000000000000011110000000000000000000000000000000011100000000000000000000011111110000000000000000001111100000000000000000000000000000000000000000000000001000111100111100000000000000000000000011110000000000000000"
  static let deflateMask80 =
    "111100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001111001111000111111111111101111011111110000000000000000"

  @Test(arguments: [
    ("twoBlocks", UInt8(0x01), twoBlocksMask01), ("twoBlocks", UInt8(0x80), twoBlocksMask80),
    ("deflate", UInt8(0x01), deflateMask01), ("deflate", UInt8(0x80), deflateMask80),
  ])
  func verdictsAgree(file: String, mask: UInt8, fastavro: String) {
    let bytes =
      file == "deflate" ? AvroContainerFileTests.deflateCodec : AvroContainerFileTests.twoBlocks
    let verdicts = Array(fastavro.utf8)
    #expect(verdicts.count == bytes.count)
    var disagreements: [String] = []
    for index in bytes.indices {
      var mutated = bytes
      mutated[index] ^= mask
      let ours: Bool
      var reason = "valid"
      do {
        let container = try AvroContainerFile.read(mutated)
        let records = container.records(graph: try container.writerGraph())
        ours = records.allSatisfy(\.result.isValid)
        reason = records.lazy.compactMap(\.result.errors.first?.message).first ?? "valid"
      } catch {
        ours = false
        reason = error.message
      }
      let theirs = verdicts[index] == UInt8(ascii: "1")
      let explained = theirs && Self.stricterBySpecification.contains { reason.contains($0) }
      if ours != theirs && !explained {
        disagreements.append("\(index) ours \(ours): \(reason)")
      }
    }
    #expect(disagreements == [])
  }
}
