import Foundation
import Testing

@testable import Validation

/// Vectors made with Python's zlib (raw DEFLATE, `wbits=-15`):
/// ```python
/// def raw(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, flush_each=None):
///     c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
///     out = b""
///     if flush_each:
///         for i in range(0, len(data), flush_each):
///             out += c.compress(data[i:i + flush_each]) + c.flush(zlib.Z_FULL_FLUSH)
///     else:
///         out += c.compress(data)
///     return out + c.flush()
/// text = b"".join(b"order %d placed by customer %d for %d.%02d EUR; " % (i, i * 7 % 13, i * 3, i % 100)
///                 for i in range(60))
/// ```
@Suite struct InflateTests {
  static let text: [UInt8] = {
    var text = ""
    for index in 0..<60 {
      let cents = index % 100
      text += "order \(index) placed by customer \(index * 7 % 13) for \(index * 3)."
      text += "\(cents < 10 ? "0" : "")\(cents) EUR; "
    }
    return Array(text.utf8)
  }()

  static func base64(_ text: String) -> [UInt8] {
    Array(Data(base64Encoded: text) ?? Data())
  }

  /// `raw(text)`: one dynamic Huffman block.
  static let dynamic = base64(
    "bdZLipRBEATgq/QJgspXPXDtBQQPoDPjSmnxsfD2yp8p/Amx6UUTDEx8UVX9/PH69uMxHt+/fnp5e318/vN4+f3z"
      + "1/Pb9eWX579PjPF4//HDu8fzigqLritqGHKPKovKFZ0Yeo8ai+4rejDsHnUW1SsqiuH3bLDsyWxgxD07WdYyuzHm"
      + "Pbvof5aFqWCse3izsGfWMfY9e+gfzs50YZxGQdkiLQaku1E4yeLMII1OqN3M8IQ0PKF62YYdSOMT6pcDcoU0P6GA"
      + "WYcHpAEKFcwR+YY0QaGE2UYIpAkKJcwdhUMaoVDDHFIsSCNUSlhLmgPaDJUa5pSmQfvp48evzt+ENkOlhrmleaDN"
      + "UKlhbWkptCEqRcwtrYA2RKWI2cfa0IaoFDG3tAXaEJUiZh3boQ1RKWJuaS9oQzSKmG2cAWuGRg1zS8dgzdCoYW7p"
      + "TFi/QylhbekcWDM0aphbkqGwZmj8IErFA9YUjSpGpTesMRq/TutOF4E1SKOQs9IOa5JGJUelF6xROqVc9boMeLN0"
      + "fqdW2uAN0ynmrvSEN02nmv/fuQPvjyLVrJfOFN40nWrWW2cBb5hOMWtXYhveNJ1q1rBc4A3T+amsDt3hTdOpZg3L"
      + "F7xpBr9dq8QYiMYZlLOGFYZonEE5q5WYiMYZlLOGFQfROINfsJmeiui/cihnDWsGonEG5axO5kY0zaCaNawliKYZ"
      + "VLOGtRzRMIP/2qkK10KU5l8=")

  /// `raw(text[:900], flush_each=300)`: several blocks, with the empty stored blocks a full flush
  /// writes.
  static let several = base64(
    "bMq7DYQwEEXRVqaC0bONDWhjGliJAvhGICMWgu0eNE4mmOQGVyef83IS6NiGaZlp/NN0/668y1zzWwao678fykKd"
      + "RWuhgeE09RZ1QhPDaxos2ghtGUHTyqJeqPOMStto2bbYyIjaJsuGYhtGou4BAAD//2zNzQmAMAyG4VUyQUhbtYpn"
      + "FxAcwN+TUql6cHuDBQmYa96HL11bQ4jTHMHDvvbjPMFww3gdZ9j4aAiWEMEaJA9N9+FSw1myGVIpbaUOm4Q9UiUx"
      + "P1R0/mJHyFlio07bpB1yl9pquki4QM4Suz9+AAAA//9syrkNwzAQBdFWfgUL8TJJKFYDBlSArCOyQYG2AnevBZls"
      + "sOnMqxhwlAqXyThM83NEqdteYTzO97LuG15/rNf3Vz5cY8PeEm+Jg4ZNx4F4S/zQcOo4EW+Jo4Ztw8EQb4mThnPH"
      + "nnhLnDXsOo7EW2A7ML4BAAD//wMA")

  @Test func text() {
    #expect(Self.text.count == 2725)
  }

  @Test func fixedHuffmanBlock() throws {
    // raw(b"hello hello hello hello", strategy=zlib.Z_FIXED)
    let output = try Inflate.inflate(Self.base64("y0jNyclXyEAnAQ==")[...])
    #expect(output == Array("hello hello hello hello".utf8))
  }

  @Test func dynamicHuffmanBlock() throws {
    #expect(Self.dynamic[0] & 0x07 == 0x05, "final block, type 2")
    #expect(try Inflate.inflate(Self.dynamic[...]) == Self.text)
  }

  @Test func storedBlock() throws {
    // raw(b"stored bytes, not compressed", level=0)
    let output = try Inflate.inflate(
      Self.base64("ARwA4/9zdG9yZWQgYnl0ZXMsIG5vdCBjb21wcmVzc2Vk")[...])
    #expect(output == Array("stored bytes, not compressed".utf8))
  }

  @Test func severalBlocks() throws {
    #expect(try Inflate.inflate(Self.several[...]) == Array(Self.text[..<900]))
  }

  @Test func emptyInput() throws {
    // raw(b"")
    #expect(try Inflate.inflate([0x03, 0x00][...]) == [])
  }

  @Test func truncatedAnywhere() {
    for length in 0..<Self.dynamic.count {
      #expect(throws: InflateError.self) { try Inflate.inflate(Self.dynamic[..<length]) }
    }
  }

  @Test func reservedBlockType() {
    #expect(throws: InflateError(.invalidBlockType, offset: 1)) { try Inflate.inflate([0x07][...]) }
  }

  @Test func storedLengthMismatch() {
    #expect(throws: InflateError(.storedLengthMismatch, offset: 1)) {
      try Inflate.inflate([0x01, 0x05, 0x00, 0x00, 0x00][...])
    }
  }

  @Test func distanceBeforeTheStart() throws {
    // A fixed block whose first symbol is a match (zlib: "invalid distance too far back").
    let error = try #require(throws: InflateError.self) {
      try Inflate.inflate([0x03, 0x02, 0x00][...])
    }
    #expect(error.kind == .distanceTooFar)
  }

  @Test func outputLimit() throws {
    let error = try #require(throws: InflateError.self) {
      try Inflate.inflate(Self.dynamic[...], outputLimit: 1000)
    }
    #expect(error.kind == .outputTooLarge(limit: 1000))
  }

  /// Each byte of a vector XOR 0x55: the verdict (inflates to the final block, or fails) agrees
  /// with zlib's `decompressobj(-15)` (`d.eof` after `d.decompress(data)`, no exception).
  @Test(arguments: [
    (
      several,
      """
      0000000000000000000000000000000000000000100000101101100111111101111111111111111111110011
      1111111111111011111111100000000000000000000000000000000010000001111011111111111100111111
      1111100111111111101111111111111111111110111110010000000000000000000000000000000000000000
      000011111111111111001100111111111110110111111110101110111101101111011111001100000000000
      """
    ),
    (
      dynamic,
      """
      0000000000000000000000000000000000000000000000100100100011000101100000010001000000000000
      0000000000000001011000010010000000000000010000000000000000100000000111011011101010111011
      1111100001000011001111100000001111111110111111011111111111111011111000111001111111101111
      1111111111111111111111111111111111111110110111111111111111111111111111111111111111111110
      1111111101011111111110111111111110111111111111111111111111001101110111111111111111111111
      1111111111111111111111111111111111111111111111111111111111111111101111111111111111111111
      11010111100011000
      """
    ),
  ])
  func corruptBytesAgreeWithZlib(vector: [UInt8], zlibVerdicts: String) {
    let verdicts = Array(zlibVerdicts.utf8).filter {
      $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1")
    }
    #expect(verdicts.count == vector.count)
    var disagreements: [Int] = []
    for (index, verdict) in verdicts.enumerated() {
      var mutated = vector
      mutated[index] ^= 0x55
      let inflated = (try? Inflate.inflate(mutated[...])) != nil
      if inflated != (verdict == UInt8(ascii: "1")) { disagreements.append(index) }
    }
    #expect(disagreements.isEmpty)
  }

  /// Codes of 10 to 15 bits are decoded bit by bit past the 9-bit table. Lengths 1, 2, ..., 15,
  /// 15 make a complete code whose canonical codes are 0, 10, 110, ..., 1...10 and 1...11.
  @Test func codesLongerThanTheTable() throws {
    let lengths = (1...15).map { UInt8($0) } + [15]
    let code = try #require(InflateHuffman(lengths: lengths[...]))
    #expect(code.isComplete)
    // Symbols 14 (fourteen 1s, 0), 15 (fifteen 1s), 0 (0), 8 (eight 1s, 0), least bit first.
    let input: [UInt8] = [0xFF, 0xBF, 0xFF, 0xBF, 0x7F]
    let symbols = try input.withUnsafeBufferPointer { buffer throws(InflateError) in
      var state = InflateState(input: buffer, outputLimit: 0)
      var symbols: [Int] = []
      for _ in 0..<4 { symbols.append(try state.symbol(code)) }
      return symbols
    }
    #expect(symbols == [14, 15, 0, 8])
  }

  @Test func overSubscribedCode() {
    #expect(InflateHuffman(lengths: [1, 1, 1][...]) == nil)
  }
}
