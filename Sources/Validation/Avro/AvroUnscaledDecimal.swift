/// The unscaled integer of an Avro `decimal`, converted between the big-endian two's-complement
/// bytes that carry it and the decimal digits a person reads.
enum AvroUnscaledDecimal {
  /// The sign and the decimal digits (no leading zeros, `"0"` for zero) of a two's-complement
  /// big-endian integer.
  static func decimalDigits(twosComplement bytes: [UInt8]) -> (negative: Bool, digits: String) {
    guard let first = bytes.first else { return (false, "0") }
    let negative = first & 0x80 != 0
    var magnitude = negative ? negated(bytes) : bytes
    if let start = magnitude.firstIndex(where: { $0 != 0 }) {
      magnitude.removeFirst(start)
    } else {
      return (false, "0")
    }
    // Repeated division by 10^9 over the base-256 digits: quadratic, but only ever run on the
    // few bytes a decimal's precision allows (callers bound the length first).
    var chunks: [UInt32] = []
    while !magnitude.isEmpty {
      var remainder: UInt64 = 0
      var quotient: [UInt8] = []
      quotient.reserveCapacity(magnitude.count)
      for byte in magnitude {
        let current = remainder << 8 | UInt64(byte)
        let digit = current / 1_000_000_000
        remainder = current % 1_000_000_000
        if !quotient.isEmpty || digit != 0 { quotient.append(UInt8(digit)) }
      }
      chunks.append(UInt32(remainder))
      magnitude = quotient
    }
    var text = String(chunks.last ?? 0)
    for chunk in chunks.dropLast().reversed() {
      let part = String(chunk)
      text += String(repeating: "0", count: 9 - part.count) + part
    }
    return (negative, text)
  }

  /// The number of significant bits of the magnitude of a two's-complement integer: a bound
  /// that lets a caller refuse a huge value without converting it.
  static func magnitudeBitCount(twosComplement bytes: [UInt8]) -> Int {
    guard let first = bytes.first else { return 0 }
    let fill: UInt8 = first & 0x80 != 0 ? 0xFF : 0
    guard let start = bytes.firstIndex(where: { $0 != fill }) else { return 0 }
    let byte = fill == 0 ? bytes[start] : ~bytes[start]
    return (bytes.count - start - 1) * 8 + (8 - byte.leadingZeroBitCount)
  }

  /// The big-endian two's-complement bytes of `±digits` (ASCII decimal digits), in the fewest
  /// bytes, or sign-extended to `size`; nil when it does not fit `size`.
  static func twosComplement(negative: Bool, digits: [UInt8], size: Int?) -> [UInt8]? {
    // Little-endian base-256 accumulation of the decimal digits.
    var little: [UInt8] = [0]
    for digit in digits {
      var carry = UInt32(digit &- UInt8(ascii: "0"))
      for index in little.indices {
        let value = UInt32(little[index]) * 10 + carry
        little[index] = UInt8(truncatingIfNeeded: value)
        carry = value >> 8
      }
      while carry > 0 {
        little.append(UInt8(truncatingIfNeeded: carry))
        carry >>= 8
      }
    }
    while little.count > 1, little.last == 0 { little.removeLast() }
    // Room for the sign bit.
    if let top = little.last, top & 0x80 != 0 { little.append(0) }
    var bytes = Array(little.reversed())
    if negative {
      bytes = negated(bytes)
      // The fewest bytes, as Java's BigInteger.toByteArray writes them: -128 is 0x80.
      while bytes.count > 1, bytes[0] == 0xFF, bytes[1] & 0x80 != 0 { bytes.removeFirst() }
    }
    guard let size else { return bytes }
    guard bytes.count <= size else { return nil }
    let fill: UInt8 = negative && !(bytes.allSatisfy { $0 == 0 }) ? 0xFF : 0
    return Array(repeating: fill, count: size - bytes.count) + bytes
  }

  /// Two's-complement negation of a big-endian integer.
  private static func negated(_ bytes: [UInt8]) -> [UInt8] {
    var result = bytes.map { ~$0 }
    var index = result.count - 1
    while index >= 0 {
      let (sum, overflow) = result[index].addingReportingOverflow(1)
      result[index] = sum
      if !overflow { break }
      index -= 1
    }
    return result
  }

  /// `digits` with the decimal point placed `scale` digits from the right (`12345`, 2 ->
  /// `123.45`).
  static func render(negative: Bool, digits: String, scale: Int) -> String {
    var text = digits
    if scale > 0 {
      if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
      text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
    }
    return negative ? "-" + text : text
  }
}
