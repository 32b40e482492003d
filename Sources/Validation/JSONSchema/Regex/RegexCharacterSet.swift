/// A character class: ranges and named classes, optionally negated as a whole.
struct RegexCharacterSet: Hashable, Sendable {
  /// One named class inside a set (`\d`, `\W`, `\p{L}`), possibly negated.
  struct Member: Hashable, Sendable {
    var predicate: RegexScalarPredicate
    var negated: Bool
  }

  var ranges: [ClosedRange<UInt32>] = []
  var members: [Member] = []
  var negated = false

  static func single(_ predicate: RegexScalarPredicate, negated: Bool) -> RegexCharacterSet {
    RegexCharacterSet(members: [Member(predicate: predicate, negated: negated)])
  }

  func contains(_ scalar: UInt32) -> Bool {
    containsIgnoringNegation(scalar) != negated
  }

  private func containsIgnoringNegation(_ scalar: UInt32) -> Bool {
    for range in ranges where range.contains(scalar) { return true }
    for member in members where member.predicate.matches(scalar) != member.negated {
      return true
    }
    return false
  }
}

/// The named classes of ECMA-262: `\d`, `\w`, `\s` and Unicode property escapes.
enum RegexScalarPredicate: Hashable, Sendable {
  case digit
  case word
  case space
  case property(RegexUnicodeProperty)

  func matches(_ scalar: UInt32) -> Bool {
    switch self {
    case .digit: return scalar >= 0x30 && scalar <= 0x39
    case .word: return RegexScalarPredicate.isWord(scalar)
    case .space: return RegexScalarPredicate.isSpace(scalar)
    case .property(let property): return property.matches(scalar)
    }
  }

  /// `\w` with the `u` flag and no `i`: ASCII letters, digits and `_`.
  static func isWord(_ scalar: UInt32) -> Bool {
    (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x41 && scalar <= 0x5A)
      || (scalar >= 0x30 && scalar <= 0x39) || scalar == 0x5F
  }

  /// ECMA-262 WhiteSpace and LineTerminator.
  static func isSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// The scalars `.` does not match.
  static func isLineTerminator(_ scalar: UInt32) -> Bool {
    scalar == 0x0A || scalar == 0x0D || scalar == 0x2028 || scalar == 0x2029
  }
}
