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
    // Every alias starts with `*`; without one (most configs) there is nothing to find.
    guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
    var scanner = Scanner(lines: text.split(separator: "\n", omittingEmptySubsequences: false))
    return scanner.run()
  }

  private struct Scanner {
    var lines: [Substring]
    var sawAlias = false
    var explicitKey: TextPosition?
    /// Inside a quoted scalar that continues on the next line: its closing quote.
    var openQuote: Character?
    /// Inside a block scalar (`|`, `>`): lines indented more than this belong to it.
    var blockIndent: Int?

    mutating func run() -> TextPosition? {
      for (number, line) in lines.enumerated() {
        if let aliasKey = scan(Array(line), line: number + 1) { return aliasKey }
      }
      return sawAlias ? explicitKey : nil
    }

    /// Returns the position of an alias used as a key on this line, if any.
    private mutating func scan(_ characters: [Character], line: Int) -> TextPosition? {
      let indent = characters.prefix { $0 == " " }.count
      if let block = blockIndent {
        let blank = characters.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
        if blank || indent > block { return nil }
        blockIndent = nil
      }
      var index = 0
      if let quote = openQuote {
        guard let end = closingQuote(quote, in: characters, from: 0) else { return nil }
        openQuote = nil
        index = end + 1
      }
      var atNodeStart = index == 0
      while index < characters.count {
        let character = characters[index]
        let position = TextPosition(line: line, column: index + 1)
        if character == " " || character == "\t" || character == "\r" {
          index += 1
          continue
        }
        if character == "#" {
          let previous = index == 0 ? " " : characters[index - 1]
          if previous == " " || previous == "\t" { return nil }
        }
        if atNodeStart {
          switch character {
          case "-", "?":
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if next == " " || next == "\t" {
              if character == "?", explicitKey == nil { explicitKey = position }
              index += 2
              continue
            }
          case "*":
            sawAlias = true
            if isKey(characters, afterAliasAt: index) { return position }
          case "\"", "'":
            guard let end = closingQuote(character, in: characters, from: index + 1) else {
              openQuote = character
              return nil
            }
            index = end + 1
            atNodeStart = false
            continue
          case "|", ">":
            blockIndent = indent
            return nil
          default:
            break
          }
        }
        atNodeStart = false
        if character == "[" || character == "{" || character == "," {
          atNodeStart = true
        } else if character == ":" {
          let next = index + 1 < characters.count ? characters[index + 1] : " "
          atNodeStart = next == " " || next == "\t"
        }
        index += 1
      }
      return nil
    }

    /// `*name` followed by optional blanks and `:` is an alias used as a key. libyaml's anchor
    /// names are letters, digits, `_` and `-`.
    private func isKey(_ characters: [Character], afterAliasAt start: Int) -> Bool {
      var index = start + 1
      while index < characters.count,
        characters[index].isLetter || characters[index].isNumber || "_-".contains(characters[index])
      {
        index += 1
      }
      while index < characters.count, characters[index] == " " || characters[index] == "\t" {
        index += 1
      }
      return index < characters.count && characters[index] == ":"
    }

    /// The index of the quote closing a scalar opened before `start`, honouring `\"` in double
    /// quotes and `''` in single quotes.
    private func closingQuote(_ quote: Character, in characters: [Character], from start: Int)
      -> Int?
    {
      var index = start
      while index < characters.count {
        let character = characters[index]
        if quote == "\"", character == "\\" {
          index += 2
          continue
        }
        if character == quote {
          if quote == "'", index + 1 < characters.count, characters[index + 1] == "'" {
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
