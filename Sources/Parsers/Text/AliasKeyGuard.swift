import SchemaModel

/// Finds YAML aliases used as mapping keys before Yams composes the document.
///
/// Yams hashes every mapping key to detect duplicates; a key that is an alias of a deeply
/// aliased collection (a "billion laughs" key) would be hashed in exponential time before our
/// node count could refuse it. A config never needs such keys, so a light scan refuses them: an
/// alias followed by `:`, or an explicit `?` key in a document that has aliases. The scan looks
/// only where a YAML node can start and skips comments, quoted scalars and block scalars, so
/// prose such as `description: use * or ? here` is not mistaken for either.
public enum AliasKeyGuard {
  /// The position of the first alias used as a mapping key, or nil.
  public static func firstAliasKey(in text: String) -> TextPosition? {
    // Every alias starts with `*`; without one there is nothing to find.
    guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
    // Bytes, not characters: every character the scan looks for is ASCII, and UTF-8 never
    // uses an ASCII byte inside a longer character.
    var scanner = Scanner(
      lines: text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false))
    return scanner.run()
  }

  private struct Scanner {
    var lines: [Substring.UTF8View]
    var sawAlias = false
    var explicitKey: TextPosition?
    /// Inside a quoted scalar that continues on the next line: its closing quote.
    var openQuote: UInt8?
    /// Inside a block scalar (`|`, `>`): lines indented more than this belong to it.
    var blockIndent: Int?

    mutating func run() -> TextPosition? {
      for (number, line) in lines.enumerated() {
        if let aliasKey = scan(Array(line), line: number + 1) { return aliasKey }
      }
      return sawAlias ? explicitKey : nil
    }

    /// The position of byte `index` of a line: columns count characters.
    private func position(_ bytes: [UInt8], _ index: Int, line: Int) -> TextPosition {
      TextPosition(line: line, column: String(decoding: bytes[..<index], as: UTF8.self).count + 1)
    }

    /// Returns the position of an alias used as a key on this line, if any.
    private mutating func scan(_ bytes: [UInt8], line: Int) -> TextPosition? {
      let space = UInt8(ascii: " ")
      let tab = UInt8(ascii: "\t")
      let carriageReturn = UInt8(ascii: "\r")
      let indent = bytes.prefix { $0 == space }.count
      if let block = blockIndent {
        let blank = bytes.allSatisfy { $0 == space || $0 == tab || $0 == carriageReturn }
        if blank || indent > block { return nil }
        blockIndent = nil
      }
      var index = 0
      if let quote = openQuote {
        guard let end = closingQuote(quote, in: bytes, from: 0) else { return nil }
        openQuote = nil
        index = end + 1
      }
      var atNodeStart = index == 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == space || byte == tab || byte == carriageReturn {
          index += 1
          continue
        }
        if byte == UInt8(ascii: "#") {
          let previous = index == 0 ? space : bytes[index - 1]
          if previous == space || previous == tab { return nil }
        }
        if atNodeStart {
          switch byte {
          case UInt8(ascii: "-"), UInt8(ascii: "?"):
            let next = index + 1 < bytes.count ? bytes[index + 1] : space
            if next == space || next == tab {
              if byte == UInt8(ascii: "?"), explicitKey == nil {
                explicitKey = position(bytes, index, line: line)
              }
              index += 2
              continue
            }
          case UInt8(ascii: "*"):
            sawAlias = true
            if isKey(bytes, afterAliasAt: index) { return position(bytes, index, line: line) }
          case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let end = closingQuote(byte, in: bytes, from: index + 1) else {
              openQuote = byte
              return nil
            }
            index = end + 1
            atNodeStart = false
            continue
          case UInt8(ascii: "|"), UInt8(ascii: ">"):
            blockIndent = indent
            return nil
          default:
            break
          }
        }
        atNodeStart = false
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",") {
          atNodeStart = true
        } else if byte == UInt8(ascii: ":") {
          let next = index + 1 < bytes.count ? bytes[index + 1] : space
          atNodeStart = next == space || next == tab
        }
        index += 1
      }
      return nil
    }

    /// `*name` followed by optional blanks and `:` is an alias used as a key. libyaml's anchor
    /// names are letters, digits, `_` and `-` (non-ASCII bytes count as letters here).
    private func isKey(_ bytes: [UInt8], afterAliasAt start: Int) -> Bool {
      var index = start + 1
      while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
      while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09 {
        index += 1
      }
      return index < bytes.count && bytes[index] == UInt8(ascii: ":")
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), 0x80...:
        true
      default: false
      }
    }

    /// The index of the quote closing a scalar opened before `start`, honouring `\"` in double
    /// quotes and `''` in single quotes.
    private func closingQuote(_ quote: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
      var index = start
      while index < bytes.count {
        let byte = bytes[index]
        if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
          index += 2
          continue
        }
        if byte == quote {
          if quote == UInt8(ascii: "'"), index + 1 < bytes.count,
            bytes[index + 1] == UInt8(ascii: "'")
          {
            index += 2
            continue
          }
          return index
        }
        index += 1
      }
      return nil
    }
  }
}
