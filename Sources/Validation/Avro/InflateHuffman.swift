/// A canonical Huffman code of DEFLATE (RFC 1951 section 3.2.2): counts and symbols in code
/// order as zlib's `puff` keeps them, plus a table for codes of up to `fastBits` bits.
struct InflateHuffman {
  static let maxBits = 15
  static let fastBits = 9

  /// Codes per length, index 0 unused.
  var counts: [Int]
  /// Symbols ordered by code.
  var symbols: [Int]
  /// Indexed by the next `fastBits` input bits: `symbol << 4 | length`, 0 when the code is
  /// longer (or no code).
  var fast: [UInt16]
  /// True when the lengths use up every code; false for an incomplete code.
  var isComplete: Bool
  /// How many symbols have a code.
  var codeCount: Int

  /// Builds the code; nil when the lengths over-subscribe (more codes than bit patterns).
  init?(lengths: ArraySlice<UInt8>) {
    var counts = [Int](repeating: 0, count: Self.maxBits + 1)
    for length in lengths { counts[Int(length)] += 1 }
    codeCount = lengths.count - counts[0]
    var left = 1
    for length in 1...Self.maxBits {
      left <<= 1
      left -= counts[length]
      if left < 0 { return nil }
    }
    isComplete = left == 0
    var offsets = [Int](repeating: 0, count: Self.maxBits + 2)
    for length in 1...Self.maxBits { offsets[length + 1] = offsets[length] + counts[length] }
    var symbols = [Int](repeating: 0, count: offsets[Self.maxBits + 1])
    var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
    var nextCode = [Int](repeating: 0, count: Self.maxBits + 1)
    var code = 0
    for length in 1...Self.maxBits {
      code = (code + counts[length - 1]) << 1
      nextCode[length] = code
    }
    counts[0] = 0
    for (symbol, length) in zip(lengths.indices, lengths) where length != 0 {
      let length = Int(length)
      let position = symbol - lengths.startIndex
      symbols[offsets[length]] = position
      offsets[length] += 1
      let assigned = nextCode[length]
      nextCode[length] += 1
      guard length <= Self.fastBits else { continue }
      // Input bits arrive least significant first, codes most significant first.
      var reversed = 0
      for bit in 0..<length where assigned & (1 << bit) != 0 {
        reversed |= 1 << (length - 1 - bit)
      }
      var slot = reversed
      while slot < fast.count {
        fast[slot] = UInt16(position << 4 | length)
        slot += 1 << length
      }
    }
    self.counts = counts
    self.symbols = symbols
    self.fast = fast
  }

  /// DEFLATE's fixed literal/length code (RFC 1951 section 3.2.6).
  static let fixedLiterals: InflateHuffman = {
    var lengths = [UInt8](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    guard let code = InflateHuffman(lengths: lengths[...]) else {
      preconditionFailure("bug: the fixed literal code is invalid")
    }
    return code
  }()

  /// DEFLATE's fixed distance code: 30 codes of 5 bits (as `puff`, 30 and 31 are invalid).
  static let fixedDistances: InflateHuffman = {
    guard let code = InflateHuffman(lengths: [UInt8](repeating: 5, count: 30)[...]) else {
      preconditionFailure("bug: the fixed distance code is invalid")
    }
    return code
  }()
}
