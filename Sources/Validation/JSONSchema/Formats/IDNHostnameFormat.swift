/// IDNA2008 host names (RFC 5890-5893): U-labels and A-labels, with the contextual and Bidi
/// rules the JSON Schema suite exercises.
enum IDNHostnameFormat {
  /// The four full stops UTS #46 treats as label separators.
  private static let separators: Set<Unicode.Scalar> = [
    "\u{2E}", "\u{3002}", "\u{FF0E}", "\u{FF61}",
  ]

  static func isValid(_ value: String) -> Bool {
    var labels: [[Unicode.Scalar]] = [[]]
    for scalar in value.unicodeScalars {
      if separators.contains(scalar) {
        labels.append([])
      } else {
        labels[labels.count - 1].append(scalar)
      }
    }
    guard value.unicodeScalars.count <= 253 else { return false }
    var decoded: [[Unicode.Scalar]] = []
    for label in labels {
      guard let unicode = uLabel(label) else { return false }
      decoded.append(unicode)
    }
    return satisfiesBidiRule(decoded)
  }

  /// Checks one label as `hostname` uses it (an `xn--` label must decode to a valid U-label).
  static func isValidLabel(_ label: String) -> Bool {
    guard let unicode = uLabel(Array(label.unicodeScalars)) else { return false }
    return satisfiesBidiRule([unicode])
  }

  /// The label's Unicode form when it is valid, decoding an A-label first.
  private static func uLabel(_ label: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard !label.isEmpty, label.count <= 63 else { return nil }
    let text = String(String.UnicodeScalarView(label))
    if text.lowercased().hasPrefix("xn--") {
      guard let unicode = Punycode.decode(String(text.dropFirst(4))),
        unicode.contains(where: { !$0.isASCII }),
        Punycode.encodedLength(unicode) == label.count - 4,
        isValidULabel(unicode)
      else { return nil }
      return unicode
    }
    guard isValidULabel(label) else { return nil }
    if label.contains(where: { !$0.isASCII }) {
      guard let length = Punycode.encodedLength(label), length + 4 <= 63 else { return nil }
    }
    return label
  }

  private static func isValidULabel(_ label: [Unicode.Scalar]) -> Bool {
    guard let first = label.first, first != "-", label.last != "-" else { return false }
    if label.count >= 4, label[2] == "-", label[3] == "-" { return false }
    switch first.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return false
    default: break
    }
    for (offset, scalar) in label.enumerated() {
      guard isPermitted(scalar, at: offset, in: label) else { return false }
    }
    let arabicIndic = label.contains { (0x660...0x669).contains($0.value) }
    let extendedArabicIndic = label.contains { (0x6F0...0x6F9).contains($0.value) }
    return !(arabicIndic && extendedArabicIndic)
  }

  private static func isPermitted(
    _ scalar: Unicode.Scalar, at offset: Int, in label: [Unicode.Scalar]
  ) -> Bool {
    let previous = offset > 0 ? label[offset - 1] : nil
    let next = offset + 1 < label.count ? label[offset + 1] : nil
    switch scalar.value {
    case 0x2D, 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
      return true
    case 0xB7:  // MIDDLE DOT: between two 'l's (RFC 5892 A.3)
      return previous == "l" && next == "l"
    case 0x375:  // GREEK KERAIA: before Greek
      return next.map(isGreek) ?? false
    case 0x5F3, 0x5F4:  // HEBREW GERESH, GERSHAYIM: after Hebrew
      return previous.map(isHebrew) ?? false
    case 0x30FB:  // KATAKANA MIDDLE DOT: with Hiragana, Katakana or Han in the label
      return label.contains { $0 != "\u{30FB}" && isJapanese($0) }
    case 0x200D:  // ZERO WIDTH JOINER: after a virama
      return previous?.properties.canonicalCombiningClass == .virama
    case 0x200C:  // ZERO WIDTH NON-JOINER: after a virama, or between joining letters
      if previous?.properties.canonicalCombiningClass == .virama { return true }
      return (previous.map(isArabic) ?? false) && (next.map(isArabic) ?? false)
    case 0xDF, 0x3C2, 0x6FD, 0x6FE, 0xF0B, 0x3007:  // PVALID exceptions
      return true
    case 0x640, 0x7FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B:  // DISALLOWED exceptions
      return false
    default:
      break
    }
    switch scalar.properties.generalCategory {
    case .lowercaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark,
      .decimalNumber:
      return true
    default:
      return false
    }
  }

  private static func isGreek(_ scalar: Unicode.Scalar) -> Bool {
    (0x370...0x3FF).contains(scalar.value) || (0x1F00...0x1FFF).contains(scalar.value)
  }

  private static func isHebrew(_ scalar: Unicode.Scalar) -> Bool {
    (0x591...0x5F4).contains(scalar.value) || (0xFB1D...0xFB4F).contains(scalar.value)
  }

  private static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
    (0x600...0x6FF).contains(scalar.value) || (0x750...0x77F).contains(scalar.value)
  }

  private static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0x20000...0x2FFFF:
      true
    default: false
    }
  }

  /// Right-to-left letters (Bidi classes R and AL, approximated by block).
  private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x660...0x669, 0x6F0...0x6F9: false
    case 0x590...0x8FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
      true
    default: false
    }
  }

  /// RFC 5893: in a domain with a right-to-left label, every label starts with a letter of its
  /// direction, and right-to-left labels hold no left-to-right letters.
  private static func satisfiesBidiRule(_ labels: [[Unicode.Scalar]]) -> Bool {
    guard labels.contains(where: { $0.contains(where: isRightToLeft) }) else { return true }
    for label in labels {
      guard let first = label.first else { return false }
      if isRightToLeft(first) {
        let hasLeftToRight = label.contains {
          $0.properties.isAlphabetic && !isRightToLeft($0) && !$0.properties.generalCategory.isMark
        }
        let european = label.contains { $0.isASCIIDigit || (0x6F0...0x6F9).contains($0.value) }
        let arabic = label.contains { (0x660...0x669).contains($0.value) }
        if hasLeftToRight || (european && arabic) { return false }
      } else {
        guard first.properties.isAlphabetic, !label.contains(where: isRightToLeft) else {
          return false
        }
      }
    }
    return true
  }
}

extension Unicode.GeneralCategory {
  fileprivate var isMark: Bool {
    self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
  }
}
