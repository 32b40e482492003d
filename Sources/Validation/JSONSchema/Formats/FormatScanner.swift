/// Small helpers over a string's Unicode scalars shared by the format checks.
struct FormatScanner {
  let scalars: [Unicode.Scalar]
  var index = 0

  init(_ text: some StringProtocol) {
    scalars = Array(text.unicodeScalars)
  }

  var isAtEnd: Bool { index >= scalars.count }
  var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  /// Reads exactly `count` ASCII digits as a number.
  mutating func digits(_ count: Int) -> Int? {
    var value = 0
    for _ in 0..<count {
      guard let scalar = peek, scalar.isASCIIDigit else { return nil }
      value = value * 10 + Int(scalar.value - 0x30)
      index += 1
    }
    return value
  }

  /// Consumes `expected` if it is next (ASCII case-insensitively when asked).
  mutating func take(_ expected: Unicode.Scalar, ignoringCase: Bool = false) -> Bool {
    guard let scalar = peek else { return false }
    let matches =
      ignoringCase
      ? scalar.asciiLowercased == expected.asciiLowercased : scalar == expected
    if matches { index += 1 }
    return matches
  }
}

extension Unicode.Scalar {
  var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
  var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
  var isASCIIHexDigit: Bool {
    isASCIIDigit || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x66)
  }
  var asciiLowercased: Unicode.Scalar {
    value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : self
  }
}
