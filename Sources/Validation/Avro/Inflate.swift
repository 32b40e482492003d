/// Raw DEFLATE inflation (RFC 1951: stored, fixed and dynamic Huffman blocks), as the Avro
/// `deflate` codec needs it. Malformed data is an error, never a crash; the output is bounded.
public enum Inflate {
  /// The output limit used when none is given: one Avro block rarely exceeds a few MiB.
  public static let defaultOutputLimit = 64 << 20

  /// Inflates `input` (no zlib or gzip header) up to its final block; bytes after the final
  /// block are ignored, as zlib's raw inflate ignores them.
  public static func inflate(_ input: ArraySlice<UInt8>, outputLimit: Int = defaultOutputLimit)
    throws(InflateError) -> [UInt8]
  {
    try input.withUnsafeBufferPointer { buffer throws(InflateError) in
      try inflate(buffer, outputLimit: outputLimit)
    }
  }

  static func inflate(_ input: UnsafeBufferPointer<UInt8>, outputLimit: Int) throws(InflateError)
    -> [UInt8]
  {
    var state = InflateState(input: input, outputLimit: outputLimit)
    try state.run()
    return state.output
  }
}

/// The bit reader and output of one inflation.
struct InflateState {
  static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
    13, 13,
  ]
  /// The order in which code length code lengths are stored (RFC 1951 section 3.2.7).
  static let codeLengthOrder: [Int] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
  ]

  let input: UnsafeBufferPointer<UInt8>
  let outputLimit: Int
  var position = 0
  var bitBuffer: UInt64 = 0
  var bitCount = 0
  var output: [UInt8] = []

  init(input: UnsafeBufferPointer<UInt8>, outputLimit: Int) {
    self.input = input
    self.outputLimit = outputLimit
    output.reserveCapacity(min(max(input.count * 4, 1024), outputLimit))
  }

  func failure(_ kind: InflateError.Kind) -> InflateError {
    InflateError(kind, offset: position)
  }

  mutating func run() throws(InflateError) {
    var isLast = false
    while !isLast {
      isLast = try bits(1) == 1
      switch try bits(2) {
      case 0: try storedBlock()
      case 1: try codes(literals: .fixedLiterals, distances: .fixedDistances)
      case 2:
        let (literals, distances) = try dynamicCodes()
        try codes(literals: literals, distances: distances)
      default: throw failure(.invalidBlockType)
      }
    }
  }

  /// The next `count` bits (at most 32), least significant first.
  @inline(__always)
  mutating func bits(_ count: Int) throws(InflateError) -> Int {
    while bitCount < count {
      guard position < input.count else { throw failure(.truncated) }
      bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
    let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
    bitBuffer >>= UInt64(count)
    bitCount -= count
    return value
  }

  mutating func storedBlock() throws(InflateError) {
    // Go to a byte boundary: drop the partial byte's bits and give back the whole bytes the
    // Huffman decoder read ahead.
    position -= bitCount / 8
    bitBuffer = 0
    bitCount = 0
    guard input.count - position >= 4 else {
      position = input.count
      throw failure(.truncated)
    }
    let length = Int(input[position]) | Int(input[position + 1]) << 8
    let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
    guard length == ~complement & 0xFFFF else { throw failure(.storedLengthMismatch) }
    position += 4
    guard input.count - position >= length else {
      position = input.count
      throw failure(.truncated)
    }
    try reserveOutput(length)
    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<(position + length)]))
    position += length
  }

  mutating func reserveOutput(_ count: Int) throws(InflateError) {
    guard output.count + count <= outputLimit else {
      throw failure(.outputTooLarge(limit: outputLimit))
    }
  }

  /// One symbol of `code`: the table for short codes, `puff`'s bit-by-bit walk for the rest.
  @inline(__always)
  mutating func symbol(_ code: InflateHuffman) throws(InflateError) -> Int {
    while bitCount < InflateHuffman.fastBits && position < input.count {
      bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
    if bitCount >= InflateHuffman.fastBits {
      let entry = Int(code.fast[Int(bitBuffer & ((1 << UInt64(InflateHuffman.fastBits)) - 1))])
      if entry != 0 {
        let length = entry & 0xF
        bitBuffer >>= UInt64(length)
        bitCount -= length
        return entry >> 4
      }
    }
    var value = 0
    var first = 0
    var index = 0
    for length in 1...InflateHuffman.maxBits {
      value |= try bits(1)
      let count = code.counts[length]
      if value - count < first { return code.symbols[index + (value - first)] }
      index += count
      first += count
      first <<= 1
      value <<= 1
    }
    throw failure(.invalidSymbol)
  }

  mutating func codes(literals: InflateHuffman, distances: InflateHuffman) throws(InflateError) {
    while true {
      let symbol = try symbol(literals)
      if symbol < 256 {
        try reserveOutput(1)
        output.append(UInt8(truncatingIfNeeded: symbol))
        continue
      }
      if symbol == 256 { return }
      let lengthSymbol = symbol - 257
      guard lengthSymbol < Self.lengthBase.count else { throw failure(.invalidSymbol) }
      let length = Self.lengthBase[lengthSymbol] + (try bits(Self.lengthExtra[lengthSymbol]))
      let distanceSymbol = try self.symbol(distances)
      guard distanceSymbol < Self.distanceBase.count else { throw failure(.invalidSymbol) }
      let distance =
        Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
      guard distance <= output.count else { throw failure(.distanceTooFar) }
      try reserveOutput(length)
      let start = output.count - distance
      // Byte by byte: an overlapping copy repeats the bytes it has just written, and appending
      // a slice of `output` to itself would copy the whole buffer first (the slice shares it).
      for offset in 0..<length { output.append(output[start + offset]) }
    }
  }

  /// Reads a dynamic block's code definitions (RFC 1951 section 3.2.7).
  mutating func dynamicCodes() throws(InflateError) -> (InflateHuffman, InflateHuffman) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let codeLengthCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw failure(.invalidCodeLengths) }
    var codeLengthLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<codeLengthCount {
      codeLengthLengths[Self.codeLengthOrder[index]] = UInt8(try bits(3))
    }
    guard let codeLengthCode = InflateHuffman(lengths: codeLengthLengths[...]),
      codeLengthCode.isComplete
    else { throw failure(.invalidCodeLengths) }
    var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
    var index = 0
    while index < lengths.count {
      let symbol = try symbol(codeLengthCode)
      if symbol < 16 {
        lengths[index] = UInt8(symbol)
        index += 1
        continue
      }
      var repeated: UInt8 = 0
      let times: Int
      switch symbol {
      case 16:
        guard index > 0 else { throw failure(.invalidCodeLengths) }
        repeated = lengths[index - 1]
        times = 3 + (try bits(2))
      case 17: times = 3 + (try bits(3))
      default: times = 11 + (try bits(7))
      }
      guard index + times <= lengths.count else { throw failure(.invalidCodeLengths) }
      for _ in 0..<times {
        lengths[index] = repeated
        index += 1
      }
    }
    // Without a code for end-of-block the block could never end.
    guard lengths[256] != 0 else { throw failure(.invalidCodeLengths) }
    let literalLengths = lengths[..<literalCount]
    let distanceLengths = lengths[literalCount...]
    guard let literals = InflateHuffman(lengths: literalLengths),
      let distances = InflateHuffman(lengths: distanceLengths),
      Self.acceptable(literals), Self.acceptable(distances)
    else { throw failure(.invalidCodeLengths) }
    return (literals, distances)
  }

  /// `puff`'s rule: an incomplete code is allowed only when it is a single code of one bit.
  static func acceptable(_ code: InflateHuffman) -> Bool {
    code.isComplete || code.codeCount == code.counts[1] && code.codeCount <= 1
  }
}
