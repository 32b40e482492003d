/// A decimal number read from JSON text (`-12.50e3`, or a string holding one) as significant
/// digits times a power of ten, so that integral checks and decimal scales are exact at any size.
struct AvroDecimalText: Hashable, Sendable {
  /// What the number is as an integer.
  enum Integral: Hashable, Sendable {
    case integer(Int64)
    /// Integral but beyond Int64.
    case tooLarge
    /// Has a non-zero fraction.
    case fraction
  }

  var negative: Bool
  /// ASCII digits without leading or trailing zeros; empty for zero.
  var digits: [UInt8]
  /// The value is `digits × 10^exponent`.
  var exponent: Int

  /// Exponents past this are clamped: every check that reads them is decided long before.
  private static let exponentLimit = 1_000_000

  /// Reads the JSON number grammar (`-?int(.frac)?([eE][+-]?digits)?`); nil for anything else.
  init?(_ text: String) {
    var bytes = text.utf8.makeIterator()
    var next = bytes.next()
    negative = next == UInt8(ascii: "-")
    if negative { next = bytes.next() }
    var all: [UInt8] = []
    var integerDigits = 0
    var fractionDigits = 0
    while let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
      all.append(byte)
      integerDigits += 1
      next = bytes.next()
    }
    guard integerDigits > 0 else { return nil }
    if next == UInt8(ascii: ".") {
      next = bytes.next()
      while let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        all.append(byte)
        fractionDigits += 1
        next = bytes.next()
      }
      guard fractionDigits > 0 else { return nil }
    }
    var exponent = 0
    if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
      next = bytes.next()
      var exponentNegative = false
      if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") {
        exponentNegative = next == UInt8(ascii: "-")
        next = bytes.next()
      }
      var exponentDigits = 0
      while let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        exponent = min(exponent * 10 + Int(byte - UInt8(ascii: "0")), Self.exponentLimit)
        exponentDigits += 1
        next = bytes.next()
      }
      guard exponentDigits > 0 else { return nil }
      if exponentNegative { exponent = -exponent }
    }
    guard next == nil else { return nil }
    let leading = all.firstIndex { $0 != UInt8(ascii: "0") } ?? all.count
    let trailing = all.count - 1 - (all.lastIndex { $0 != UInt8(ascii: "0") } ?? -1)
    digits = leading == all.count ? [] : Array(all[leading..<(all.count - trailing)])
    self.exponent = digits.isEmpty ? 0 : exponent - fractionDigits + trailing
  }

  /// A plain integer literal of at most 18 digits (which always fits Int64), read without
  /// allocating; nil for anything else, which the full parse then decides.
  static func shortInteger(_ text: String) -> Int64? {
    let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> Int64? in
      var index = 0
      let negative = bytes.first == UInt8(ascii: "-")
      if negative { index = 1 }
      guard index < bytes.count, bytes.count - index <= 18 else { return nil }
      var value: Int64 = 0
      while index < bytes.count {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int64(digit)
        index += 1
      }
      return negative ? -value : value
    }
    return parsed ?? nil
  }

  /// The number as an Int64 when it is integral and in range.
  var integral: Integral {
    guard !digits.isEmpty else { return .integer(0) }
    guard exponent >= 0 else { return .fraction }
    guard digits.count + exponent <= 19 else { return .tooLarge }
    // Accumulated as a negative number, so that Int64.min is reachable.
    var value: Int64 = 0
    for index in 0..<(digits.count + exponent) {
      let digit = index < digits.count ? Int64(digits[index] - UInt8(ascii: "0")) : 0
      let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (next, overflow2) = shifted.subtractingReportingOverflow(digit)
      guard !overflow1, !overflow2 else { return .tooLarge }
      value = next
    }
    if negative { return .integer(value) }
    guard value != Int64.min else { return .tooLarge }
    return .integer(-value)
  }

  /// Digits after the decimal point that the value needs (`1.50` needs 1).
  var fractionDigits: Int { max(0, -exponent) }

  /// The unscaled integer's digits at `scale` (`1.5` at scale 2: `150`), or nil when it has more
  /// than `limit` digits or needs more fraction digits than `scale`.
  func unscaledDigits(scale: Int, limit: Int) -> [UInt8]? {
    guard fractionDigits <= scale else { return nil }
    guard !digits.isEmpty else { return [] }
    let count = digits.count + exponent + scale
    guard count <= limit else { return nil }
    return digits + Array(repeating: UInt8(ascii: "0"), count: count - digits.count)
  }

  /// How many digits the unscaled integer has at `scale` (clamped exponents make it approximate
  /// only far past any precision).
  func unscaledDigitCount(scale: Int) -> Int {
    digits.isEmpty ? 0 : digits.count + exponent + scale
  }
}
