/// Parses ECMA-262 pattern syntax with the `u` flag (the strict grammar: no Annex B leniency).
struct RegexParser {
  private let scalars: [UInt32]
  private var index = 0
  private var depth = 0
  private var captureCount = 0
  private var seenNames: Set<String> = []
  private let groupNames: [String: Int]
  private let totalCaptures: Int

  /// Nesting deeper than this is refused rather than risking the stack.
  static let maxDepth = 200

  init(_ pattern: String) {
    scalars = pattern.unicodeScalars.map(\.value)
    (totalCaptures, groupNames) = RegexParser.scanGroups(scalars)
  }

  /// Parses the whole pattern; returns the tree and the number of capturing groups.
  mutating func parse() throws(ECMARegexError) -> (RegexNode, Int) {
    let node = try parseDisjunction()
    if index < scalars.count {
      throw fail(peek == ")" ? "unmatched ')'" : "unexpected '\(character(peek))'")
    }
    // The pre-scan and the parse agree on valid patterns; the larger count keeps every
    // backreference's slots in range even if they ever did not.
    return (node, Swift.max(captureCount, totalCaptures))
  }

  // MARK: - Structure

  private mutating func parseDisjunction() throws(ECMARegexError) -> RegexNode {
    depth += 1
    defer { depth -= 1 }
    if depth > RegexParser.maxDepth { throw fail("pattern nests too deeply") }
    var alternatives = [try parseAlternative()]
    while peek == "|" {
      index += 1
      alternatives.append(try parseAlternative())
    }
    return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
  }

  private mutating func parseAlternative() throws(ECMARegexError) -> RegexNode {
    var terms: [RegexNode] = []
    while let next = peek, next != "|", next != ")" {
      terms.append(try parseTerm())
    }
    switch terms.count {
    case 0: return .empty
    case 1: return terms[0]
    default: return .sequence(terms)
    }
  }

  private mutating func parseTerm() throws(ECMARegexError) -> RegexNode {
    let start = index
    let atom: RegexNode
    var quantifiable = true
    switch peek {
    case "^":
      index += 1
      atom = .inputStart
      quantifiable = false
    case "$":
      index += 1
      atom = .inputEnd
      quantifiable = false
    case "(":
      (atom, quantifiable) = try parseGroup()
    case ".":
      index += 1
      atom = .anyButLineTerminator
    case "[":
      atom = .set(try parseClass())
    case "\\":
      (atom, quantifiable) = try parseAtomEscape()
    case "*", "+", "?":
      throw fail("nothing to repeat")
    case "{":
      throw fail(parseBraceQuantifier() == nil ? "lone '{'" : "nothing to repeat")
    case "}", "]":
      throw fail("lone '\(character(peek))'")
    default:
      atom = .scalar(scalars[index])
      index += 1
    }
    guard let (min, max, greedy) = try parseQuantifier() else { return atom }
    if !quantifiable {
      index = start
      throw fail("this assertion cannot be repeated")
    }
    return .quantified(atom, min: min, max: max, greedy: greedy)
  }

  private mutating func parseQuantifier() throws(ECMARegexError) -> (Int, Int?, Bool)? {
    let bounds: (Int, Int?)
    switch peek {
    case "*":
      index += 1
      bounds = (0, nil)
    case "+":
      index += 1
      bounds = (1, nil)
    case "?":
      index += 1
      bounds = (0, 1)
    case "{":
      guard let braces = parseBraceQuantifier() else { throw fail("lone '{'") }
      bounds = braces
      if let max = bounds.1, max < bounds.0 { throw fail("numbers out of order in {} quantifier") }
    default:
      return nil
    }
    var greedy = true
    if peek == "?" {
      index += 1
      greedy = false
    }
    return (bounds.0, bounds.1, greedy)
  }

  /// `{n}`, `{n,}` or `{n,m}`; leaves the index unchanged and returns nil when it is not one.
  private mutating func parseBraceQuantifier() -> (Int, Int?)? {
    let start = index
    index += 1
    guard let min = parseDecimal() else {
      index = start
      return nil
    }
    var max: Int? = min
    if peek == "," {
      index += 1
      max = parseDecimal()
    }
    guard peek == "}" else {
      index = start
      return nil
    }
    index += 1
    return (min, max)
  }

  private mutating func parseDecimal() -> Int? {
    var value: Int?
    while let digit = peekValue, digit >= 0x30, digit <= 0x39 {
      // Saturate: `{99999999999}` must not overflow.
      value = Swift.min((value ?? 0) * 10 + Int(digit - 0x30), 1_000_000_000)
      index += 1
    }
    return value
  }

  private mutating func parseGroup() throws(ECMARegexError) -> (RegexNode, Bool) {
    let open = index
    index += 1
    var kind: (capture: Int?, look: (ahead: Bool, negated: Bool)?) = (nil, nil)
    if peek == "?" {
      index += 1
      switch peek {
      case ":": index += 1
      case "=": index += 1; kind.look = (true, false)
      case "!": index += 1; kind.look = (true, true)
      case "<":
        index += 1
        if peek == "=" {
          index += 1
          kind.look = (false, false)
        } else if peek == "!" {
          index += 1
          kind.look = (false, true)
        } else {
          let nameStart = index
          let name = try parseGroupName()
          guard !seenNames.contains(name) else {
            index = nameStart
            throw fail("duplicate group name '\(name)'")
          }
          seenNames.insert(name)
          captureCount += 1
          kind.capture = captureCount
        }
      default:
        throw fail("invalid group")
      }
    } else {
      captureCount += 1
      kind.capture = captureCount
    }
    let body = try parseDisjunction()
    guard peek == ")" else {
      index = open
      throw fail("unterminated group")
    }
    index += 1
    if let look = kind.look {
      // With the `u` flag no lookaround is quantifiable.
      return (.lookaround(body, ahead: look.ahead, negated: look.negated), false)
    }
    return (.group(body, capture: kind.capture), true)
  }

  /// Reads `name>` after `(?<` or `\k<`.
  private mutating func parseGroupName() throws(ECMARegexError) -> String {
    var name = ""
    while let value = peekValue, value != 0x3E {
      guard let scalar = Unicode.Scalar(value),
        name.isEmpty
          ? (scalar.properties.isIDStart || value == 0x24 || value == 0x5F)
          : (scalar.properties.isIDContinue || value == 0x24 || value == 0x200C
            || value == 0x200D)
      else { throw fail("invalid group name") }
      name.unicodeScalars.append(scalar)
      index += 1
    }
    guard peek == ">", !name.isEmpty else { throw fail("invalid group name") }
    index += 1
    return name
  }

  // MARK: - Escapes

  private mutating func parseAtomEscape() throws(ECMARegexError) -> (RegexNode, Bool) {
    index += 1
    guard let next = peekValue else { throw fail("'\\' at end of pattern") }
    switch next {
    case 0x62:  // b
      index += 1
      return (.wordBoundary(negated: false), false)
    case 0x42:  // B
      index += 1
      return (.wordBoundary(negated: true), false)
    case 0x31...0x39:
      let start = index
      let number = parseDecimal() ?? 0
      if number > totalCaptures {
        index = start
        throw fail("reference to a group that does not exist")
      }
      return (.backreference(number), true)
    case 0x6B:  // k
      index += 1
      guard peek == "<" else { throw fail("invalid named reference") }
      index += 1
      let start = index
      let name = try parseGroupName()
      guard let number = groupNames[name] else {
        index = start
        throw fail("reference to a group name that does not exist")
      }
      return (.backreference(number), true)
    default:
      if let set = try parseClassEscape() { return (.set(set), true) }
      return (.scalar(try parseCharacterEscape(inClass: false)), true)
    }
  }

  /// `\d \D \w \W \s \S \p{..} \P{..}` at the index just after the backslash; nil otherwise.
  private mutating func parseClassEscape() throws(ECMARegexError) -> RegexCharacterSet? {
    guard let next = peek else { return nil }
    let predicate: RegexScalarPredicate
    switch next {
    case "d", "D": predicate = .digit
    case "w", "W": predicate = .word
    case "s", "S": predicate = .space
    case "p", "P":
      index += 1
      guard peek == "{" else { throw fail("invalid property escape") }
      index += 1
      let start = index
      var name = ""
      while let value = peekValue, value != 0x7D, let scalar = Unicode.Scalar(value) {
        name.unicodeScalars.append(scalar)
        index += 1
      }
      guard peek == "}" else { throw fail("invalid property escape") }
      guard let property = RegexUnicodeProperty(name: name) else {
        index = start
        throw fail("unknown Unicode property '\(name)'")
      }
      index += 1
      return .single(.property(property), negated: next == "P")
    default:
      return nil
    }
    index += 1
    return .single(predicate, negated: next.uppercased() == String(next))
  }

  /// A CharacterEscape at the index just after the backslash.
  private mutating func parseCharacterEscape(inClass: Bool) throws(ECMARegexError) -> UInt32 {
    guard let next = peekValue else { throw fail("'\\' at end of pattern") }
    let start = index
    index += 1
    switch next {
    case 0x66: return 0x0C  // f
    case 0x6E: return 0x0A  // n
    case 0x72: return 0x0D  // r
    case 0x74: return 0x09  // t
    case 0x76: return 0x0B  // v
    case 0x63:  // c
      guard let letter = peekValue,
        (0x41...0x5A).contains(letter) || (0x61...0x7A).contains(letter)
      else { throw fail("invalid control escape") }
      index += 1
      return letter % 32
    case 0x30:
      if let digit = peekValue, (0x30...0x39).contains(digit) {
        throw fail("octal escapes are not allowed")
      }
      return 0
    case 0x78:  // x
      guard let value = parseHex(count: 2) else { throw fail("invalid \\x escape") }
      return value
    case 0x75:  // u
      return try parseUnicodeEscape()
    case 0x2D where inClass:  // '-' may be escaped inside a class
      return next
    case 0x5E, 0x24, 0x5C, 0x2E, 0x2A, 0x2B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C,
      0x2F:
      return next
    default:
      index = start
      throw fail("invalid escape '\\\(character(peek))'")
    }
  }

  private mutating func parseUnicodeEscape() throws(ECMARegexError) -> UInt32 {
    if peek == "{" {
      index += 1
      var value: UInt32 = 0
      var digits = 0
      while let hex = peekValue.flatMap(RegexParser.hexValue) {
        value = value * 16 + hex
        digits += 1
        index += 1
        if value > 0x10FFFF { throw fail("code point out of range") }
      }
      guard digits > 0, peek == "}" else { throw fail("invalid \\u{...} escape") }
      index += 1
      return value
    }
    guard let lead = parseHex(count: 4) else { throw fail("invalid \\u escape") }
    // A surrogate pair written as two escapes is one code point under the `u` flag.
    if (0xD800...0xDBFF).contains(lead), peek == "\\", peekValue(at: index + 1) == 0x75 {
      let save = index
      index += 2
      if let trail = parseHex(count: 4), (0xDC00...0xDFFF).contains(trail) {
        return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
      }
      index = save
    }
    return lead
  }

  private mutating func parseHex(count: Int) -> UInt32? {
    var value: UInt32 = 0
    for offset in 0..<count {
      guard let hex = peekValue(at: index + offset).flatMap(RegexParser.hexValue) else {
        return nil
      }
      value = value * 16 + hex
    }
    index += count
    return value
  }

  private static func hexValue(_ value: UInt32) -> UInt32? {
    switch value {
    case 0x30...0x39: value - 0x30
    case 0x41...0x46: value - 0x41 + 10
    case 0x61...0x66: value - 0x61 + 10
    default: nil
    }
  }

  // MARK: - Classes

  private mutating func parseClass() throws(ECMARegexError) -> RegexCharacterSet {
    let open = index
    index += 1
    var set = RegexCharacterSet()
    if peek == "^" {
      index += 1
      set.negated = true
    }
    while true {
      guard let next = peek else {
        index = open
        throw fail("unterminated character class")
      }
      if next == "]" {
        index += 1
        return set
      }
      let atomStart = index
      let low = try parseClassAtom()
      if peek == "-", peekValue(at: index + 1) != 0x5D, peekValue(at: index + 1) != nil {
        index += 1
        let high = try parseClassAtom()
        guard case .scalar(let lowValue) = low, case .scalar(let highValue) = high else {
          index = atomStart
          throw fail("a class escape cannot bound a range")
        }
        guard lowValue <= highValue else {
          index = atomStart
          throw fail("range out of order in character class")
        }
        set.ranges.append(lowValue...highValue)
        continue
      }
      switch low {
      case .scalar(let value): set.ranges.append(value...value)
      case .members(let members): set.members += members.members
      }
    }
  }

  private enum ClassAtom {
    case scalar(UInt32)
    case members(RegexCharacterSet)
  }

  private mutating func parseClassAtom() throws(ECMARegexError) -> ClassAtom {
    guard let value = peekValue else { throw fail("unterminated character class") }
    guard value == 0x5C else {
      index += 1
      return .scalar(value)
    }
    index += 1
    if peek == "b" {
      index += 1
      return .scalar(0x08)
    }
    if let set = try parseClassEscape() { return .members(set) }
    return .scalar(try parseCharacterEscape(inClass: true))
  }

  // MARK: - Helpers

  private var peekValue: UInt32? { index < scalars.count ? scalars[index] : nil }

  private func peekValue(at position: Int) -> UInt32? {
    position < scalars.count ? scalars[position] : nil
  }

  private var peek: Character? {
    peekValue.flatMap(Unicode.Scalar.init).map(Character.init)
  }

  private func character(_ value: Character?) -> String {
    value.map(String.init) ?? "end of pattern"
  }

  private func fail(_ message: String) -> ECMARegexError {
    ECMARegexError(message: message, offset: index)
  }

  /// Counts capturing groups and records group names before parsing, so that forward
  /// references (`\2(a)(b)`) resolve.
  private static func scanGroups(_ scalars: [UInt32]) -> (Int, [String: Int]) {
    var count = 0
    var names: [String: Int] = [:]
    var position = 0
    var inClass = false
    while position < scalars.count {
      let value = scalars[position]
      if value == 0x5C {
        position += 2
        continue
      }
      if inClass {
        if value == 0x5D { inClass = false }
      } else if value == 0x5B {
        inClass = true
      } else if value == 0x28 {
        let next = position + 1 < scalars.count ? scalars[position + 1] : 0
        if next != 0x3F {
          count += 1
        } else if position + 2 < scalars.count, scalars[position + 2] == 0x3C,
          position + 3 < scalars.count, scalars[position + 3] != 0x3D,
          scalars[position + 3] != 0x21
        {
          count += 1
          var name = ""
          var cursor = position + 3
          while cursor < scalars.count, scalars[cursor] != 0x3E,
            let scalar = Unicode.Scalar(scalars[cursor])
          {
            name.unicodeScalars.append(scalar)
            cursor += 1
          }
          if names[name] == nil { names[name] = count }
        }
      }
      position += 1
    }
    return (count, names)
  }
}
