import Parsers

/// Reads the numbers of the proto3 JSON mapping from a JSON number's literal text or from a
/// string, accepting what both protoc's C++ parser and Python's `json_format` accept.
///
/// An integer field takes any number whose value is integral (`1.0`, `1e2`, `"1e2"`); a
/// leading `+` and leading zeros are fine in strings; whitespace, `_` and hex are not. A value
/// written with a fraction or an exponent goes through a double, and protoc then allows only
/// magnitudes up to 2^53 (2^54 for unsigned types).
enum ProtoJSONNumberText {
  enum IntegerReading: Equatable {
    /// `negative` is the sign as written, so `-0` stays in range of unsigned types;
    /// `viaDouble` is true when the text had a fraction or an exponent.
    case value(negative: Bool, magnitude: UInt64, viaDouble: Bool)
    /// Integral, but beyond 2^64 in magnitude.
    case overflow(negative: Bool)
    /// A number with a fraction (or infinite once read as a double).
    case notIntegral
    /// Not a number at all.
    case malformed
  }

  /// Reads `text` as an integer: exactly for plain digits, through a double (as both parsers
  /// do) for fractions and exponents. `digitsOnly` refuses fractions and exponents (map keys).
  static func readInteger(_ text: String, digitsOnly: Bool = false) -> IntegerReading {
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
        ? .overflow(negative: negative)
        : .value(negative: negative, magnitude: magnitude, viaDouble: false)
    }
    guard !digitsOnly, let double = readDouble(text) else { return .malformed }
    guard double.isFinite, double == double.rounded(.towardZero) else { return .notIntegral }
    guard double.magnitude < 18_446_744_073_709_551_616.0 else {
      return .overflow(negative: double < 0)
    }
    return .value(negative: negative, magnitude: UInt64(double.magnitude), viaDouble: true)
  }

  /// True when `reading` is a value of `scalar` (one of the eight integer types).
  static func fits(_ reading: IntegerReading, _ scalar: ProtoScalar) -> Bool {
    guard case .value(let negative, let magnitude, let viaDouble) = reading else { return false }
    let isUnsigned: Bool
    switch scalar {
    case .uint32, .fixed32, .uint64, .fixed64: isUnsigned = true
    default: isUnsigned = false
    }
    // protoc's ParseFloatStringAsInt: doubles are exact integers only up to 2^53.
    if viaDouble, magnitude > (isUnsigned ? 1 << 54 : 1 << 53) { return false }
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

  /// The value of a float or double written as a string, nil when it is not one. Besides
  /// `"NaN"`, `"Infinity"` and `"-Infinity"`, both parsers take surrounding ASCII whitespace,
  /// `inf`/`infinity`/`nan` in any case with a sign (Python refuses exactly `"nan"`), and
  /// decimals too large for a double (read as infinity).
  static func readFloatString(_ text: String) -> Double? {
    switch text {
    case "NaN": return .nan
    case "Infinity": return .infinity
    case "-Infinity": return -.infinity
    case "nan": return nil
    default: break
    }
    let trimmed = trimmingASCIIWhitespace(text)
    var body = Substring(trimmed)
    var sign = 1.0
    if let first = body.first, first == "+" || first == "-" {
      sign = first == "-" ? -1 : 1
      body = body.dropFirst()
    }
    // Only words start with a letter; lowercasing every number would allocate.
    guard let first = body.utf8.first, first >= UInt8(ascii: "A") else {
      return readDouble(trimmed)
    }
    switch body.lowercased() {
    case "inf", "infinity": return sign * .infinity
    case "nan": return .nan
    default: return nil
    }
  }

  /// The value of a decimal number text (`-1.5e3`, `+2`, `.5`, `5.`), or nil when the text is
  /// anything else. Out-of-range values come back infinite.
  static func readDouble(_ text: String) -> Double? {
    guard isDecimal(text.utf8) else { return nil }
    return Double(text)
  }

  /// `[+-]?[0-9]+` once surrounding ASCII whitespace is dropped: the enum numbers in strings
  /// that both parsers read (`SimpleAtoi`, Python's `int()`).
  static func signedDigits(_ text: String) -> String? {
    let trimmed = trimmingASCIIWhitespace(text)
    switch readInteger(trimmed, digitsOnly: true) {
    case .value, .overflow: return trimmed
    case .notIntegral, .malformed: return nil
    }
  }

  private static func trimmingASCIIWhitespace(_ text: String) -> String {
    func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || (0x09...0x0D).contains(byte)
    }
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else {
      return text
    }
    let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
    let end = bytes.lastIndex { !isSpace($0) }.map { bytes.index(after: $0) } ?? start
    return start < end ? String(text[start..<end]) : ""
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
