import SchemaModel
import Validation

/// Splits a stream of payloads that each follow their length as a varint (Java's
/// `writeDelimitedTo`, Python's `_VarintBytes(len(data)) + data`).
enum LengthDelimitedPayloads {
  /// The payloads with their byte offsets, and the problem that stopped the split, if any.
  static func split(_ bytes: [UInt8]) -> (
    payloads: [(offset: Int, bytes: ArraySlice<UInt8>)], problem: String?
  ) {
    var payloads: [(offset: Int, bytes: ArraySlice<UInt8>)] = []
    var index = 0
    while index < bytes.count {
      let start = index
      var length: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        guard index < bytes.count else {
          return (payloads, "the length prefix at byte \(start) is cut off by the end of the file")
        }
        let byte = bytes[index]
        index += 1
        guard shift < 64 else {
          return (payloads, "the length prefix at byte \(start) is longer than 10 bytes")
        }
        length |= UInt64(byte & 0x7F) << shift
        shift += 7
        if byte & 0x80 == 0 { break }
      }
      guard length <= UInt64(bytes.count - index) else {
        return (
          payloads,
          "the payload at byte \(start) claims \(length) bytes but only \(bytes.count - index) remain"
        )
      }
      let end = index + Int(length)
      payloads.append((start, bytes[index..<end]))
      index = end
    }
    return (payloads, nil)
  }
}
