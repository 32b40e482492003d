/// Decoding of `.proto` string and integer literals.
enum ProtoLiterals {
  /// The bytes a quoted string literal (quotes included) stands for, and the first bad escape.
  static func decodeString(_ literal: ArraySlice<UInt8>) -> (bytes: [UInt8], badEscape: String?) {
    var output: [UInt8] = []
    output.reserveCapacity(literal.count)
    var index = literal.startIndex + 1
    var end = literal.endIndex
    if end > index, let last = literal.last, last == literal[literal.startIndex] { end -= 1 }
    var badEscape: String?
    while index < end {
      let byte = literal[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < end else {
        output.append(byte)
        index += 1
        continue
      }
      let escape = literal[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "a"): output.append(0x07)
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "v"): output.append(0x0B)
      case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "?"):
        output.append(escape)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var value = Int(escape - UInt8(ascii: "0"))
        var digits = 1
        while digits < 3, index < end, literal[index] >= 0x30, literal[index] <= 0x37 {
          value = value * 8 + Int(literal[index] - 0x30)
          index += 1
          digits += 1
        }
        output.append(UInt8(truncatingIfNeeded: value))
      case UInt8(ascii: "x"), UInt8(ascii: "X"):
        let (value, count) = hexValue(literal, from: index, end: end, maxDigits: 2)
        if count == 0 {
          badEscape = badEscape ?? "\\x without hex digits"
        } else {
          output.append(UInt8(truncatingIfNeeded: value))
        }
        index += count
      case UInt8(ascii: "u"), UInt8(ascii: "U"):
        let digits = escape == UInt8(ascii: "u") ? 4 : 8
        let (value, count) = hexValue(literal, from: index, end: end, maxDigits: digits)
        index += count
        if count != digits {
          badEscape =
            badEscape ?? "\\\(Character(UnicodeScalar(escape))) needs \(digits) hex digits"
        } else if let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) {
          output.append(contentsOf: Array(String(Character(scalar)).utf8))
        } else {
          badEscape = badEscape ?? "escape is not a Unicode scalar value"
        }
      default:
        badEscape = badEscape ?? "invalid escape '\\\(Character(UnicodeScalar(escape)))'"
        output.append(escape)
      }
    }
    return (output, badEscape)
  }

  private static func hexValue(
    _ literal: ArraySlice<UInt8>, from start: Int, end: Int, maxDigits: Int
  ) -> (Int, Int) {
    var value = 0
    var count = 0
    var index = start
    while count < maxDigits, index < end, let digit = hexDigit(literal[index]) {
      value = value * 16 + digit
      index += 1
      count += 1
    }
    return (value, count)
  }

  private static func hexDigit(_ byte: UInt8) -> Int? {
    switch byte {
    case 0x30...0x39: Int(byte - 0x30)
    case 0x61...0x66: Int(byte - 0x61 + 10)
    case 0x41...0x46: Int(byte - 0x41 + 10)
    default: nil
    }
  }

  /// True for `0`, decimal, `0x` + hex digits, or `0` + octal digits.
  static func isWellFormedInteger(_ text: ArraySlice<UInt8>) -> Bool {
    guard let first = text.first else { return false }
    if first != 0x30 { return text.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    let rest = text.dropFirst()
    if let marker = rest.first, marker | 0x20 == UInt8(ascii: "x") {
      return rest.count > 1 && rest.dropFirst().allSatisfy { hexDigit($0) != nil }
    }
    return rest.allSatisfy { $0 >= 0x30 && $0 <= 0x37 }
  }

  /// The value of a decimal, hex (`0x`) or octal (`0`-prefixed) integer literal; nil when it
  /// does not fit in 64 bits (unsigned) or is malformed.
  static func integerValue(_ text: ArraySlice<UInt8>) -> UInt64? {
    var index = text.startIndex
    var radix: UInt64 = 10
    if text.count > 2, text[index] == 0x30, text[index + 1] | 0x20 == UInt8(ascii: "x") {
      radix = 16
      index += 2
    } else if text.count > 1, text[index] == 0x30 {
      radix = 8
      index += 1
    }
    var value: UInt64 = 0
    while index < text.endIndex {
      guard let digit = hexDigit(text[index]), UInt64(digit) < radix else { return nil }
      let (multiplied, overflow1) = value.multipliedReportingOverflow(by: radix)
      let (added, overflow2) = multiplied.addingReportingOverflow(UInt64(digit))
      if overflow1 || overflow2 { return nil }
      value = added
      index += 1
    }
    return value
  }
}
