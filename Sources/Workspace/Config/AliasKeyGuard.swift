import SchemaModel

/// Finds YAML aliases used as mapping keys before Yams composes the document.
///
/// Yams hashes every mapping key to detect duplicates; a key that is an alias of a deeply
/// aliased collection (a "billion laughs" key) would be hashed in exponential time before our
/// node count could refuse it. A config never needs such keys, so a cheap text scan refuses
/// them: an alias followed by `:`, or an explicit `?` key anywhere in a document with aliases.
enum AliasKeyGuard {
  static func firstAliasKey(in text: String) -> TextPosition? {
    var line = 1
    var column = 0
    var previous: Character = "\n"
    var sawAlias = false
    var explicitKey: TextPosition?
    var pendingAlias: (position: TextPosition, nameEnded: Bool)?
    for character in text {
      column += 1
      let atTokenStart =
        previous == "\n" || previous == " " || previous == "\t" || previous == "["
        || previous == "{" || previous == ","
      if var alias = pendingAlias {
        if character == ":" { return alias.position }
        if character == " " || character == "\t" || "],}".contains(character) {
          alias.nameEnded = true
          pendingAlias = character == " " || character == "\t" ? alias : nil
        } else if alias.nameEnded || character == "\n" {
          pendingAlias = nil
        }
      }
      if atTokenStart, character == "*" {
        sawAlias = true
        pendingAlias = (TextPosition(line: line, column: column), false)
      }
      if atTokenStart, character == "?", explicitKey == nil {
        explicitKey = TextPosition(line: line, column: column)
      }
      if character == "\n" {
        line += 1
        column = 0
      }
      previous = character
    }
    return sawAlias ? explicitKey : nil
  }
}
