import Parsers

/// Reads the numbers of the proto3 JSON mapping from a JSON number's literal text or from a
/// string. Like protoc's and Python's parsers, an integer field takes any number whose value
/// is integral (`1.0`, `1e2`, `"1e2"`); a leading `+` and leading zeros are fine in strings.
/// Whitespace, `_`, hex and `inf` are refused (Python's `int()`/`float()` take some of them;
/// C++ does not).
enum ProtoJSONNumberText {
  enum IntegerReading: Equatable {
    /// `negative` is the sign as written, so `-0` stays in range of unsigned types.
    case value(negative: Bool, magnitude: UInt64)
    /// Integral, but beyond 2^64 in magnitude.
    case overflow(negative: Bool)
    /// A number with a fraction (or infinite once read as a double).
    case notIntegral
    /// Not a number at all.
    case malformed
  }

  /// Reads `text` as an integer: exactly for plain digits, through a double (as Python does)
  /// for fractions and exponents.
  static func readInteger(_ text: String) -> IntegerReading {
    let utf8 = text.utf8
    var index = utf8.startIndex
    var negative = false
    if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
      negative = utf8[index] == UInt8(ascii: "-")
      index = utf8.index(after: index)
    }
    var magnitude: UInt64 = 0
    var overflow = false
    var digits = 0
    while index < utf8.endIndex, let digit = digitValue(utf8[index]) {
      let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
      overflow = overflow || overflow1 || overflow2
      magnitude = sum
      digits += 1
      index = utf8.index(after: index)
    }
    if index == utf8.endIndex {
      guard digits > 0 else { return .malformed }
      return overflow
        ? .overflow(negative: negative) : .value(negative: negative, magnitude: magnitude)
    }
    guard let double = readDouble(text) else { return .malformed }
    guard double.isFinite, double == double.rounded(.towardZero) else { return .notIntegral }
    guard double.magnitude < 18_446_744_073_709_551_616.0 else {
      return .overflow(negative: double < 0)
    }
    return .value(negative: negative, magnitude: UInt64(double.magnitude))
  }

  /// True when `reading` is a value of `scalar` (one of the eight integer types).
  static func fits(_ reading: IntegerReading, _ scalar: ProtoScalar) -> Bool {
    guard case .value(let negative, let magnitude) = reading else { return false }
    switch scalar {
    case .int32, .sint32, .sfixed32:
      return negative ? magnitude <= 2_147_483_648 : magnitude <= 2_147_483_647
    case .uint32, .fixed32:
      return negative ? magnitude == 0 : magnitude <= 4_294_967_295
    case .int64, .sint64, .sfixed64:
      return negative ? magnitude <= 9_223_372_036_854_775_808 : magnitude <= UInt64(Int64.max)
    case .uint64, .fixed64:
      return !negative || magnitude == 0
    default:
      return false
    }
  }

  /// The value of a decimal number text (`-1.5e3`, `+2`, `.5`, `5.`), or nil when the text is
  /// anything else. Out-of-range values come back infinite.
  static func readDouble(_ text: String) -> Double? {
    guard isDecimal(text.utf8) else { return nil }
    return Double(text)
  }

  /// `[+-]? (digits (. digits*)? | . digits) ([eE] [+-]? digits)?`
  private static func isDecimal(_ utf8: String.UTF8View) -> Bool {
    var index = utf8.startIndex
    let end = utf8.endIndex
    func skipDigits() -> Int {
      var count = 0
      while index < end, digitValue(utf8[index]) != nil {
        index = utf8.index(after: index)
        count += 1
      }
      return count
    }
    if index < end, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
      index = utf8.index(after: index)
    }
    var mantissaDigits = skipDigits()
    if index < end, utf8[index] == UInt8(ascii: ".") {
      index = utf8.index(after: index)
      mantissaDigits += skipDigits()
    }
    guard mantissaDigits > 0 else { return false }
    if index < end, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
      index = utf8.index(after: index)
      if index < end, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
        index = utf8.index(after: index)
      }
      guard skipDigits() > 0 else { return false }
    }
    return index == end
  }

  private static func digitValue(_ byte: UInt8) -> UInt8? {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : nil
  }
}
