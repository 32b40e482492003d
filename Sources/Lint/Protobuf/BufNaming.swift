/// Buf's own case conversions. Buf's naming rules compare a name with its conversion, so
/// these follow Buf's word splitting exactly (`field1` stays `field1`; `fooBar` becomes
/// `foo_bar`; `HTTPServer` becomes `http_server`), not our stricter `NameCase`.
enum BufNaming {
  /// `.`, `-`, `_` and white space separate words.
  static func isDelimiter(_ c: Unicode.Scalar) -> Bool {
    c == "." || c == "-" || c == "_" || c == " " || c == "\t" || c == "\n" || c == "\r"
  }

  /// The name in lower_snake_case as Buf converts it.
  static func lowerSnakeCase(_ name: String) -> String { snakeCase(name).lowercased() }

  /// The name in UPPER_SNAKE_CASE as Buf converts it.
  static func upperSnakeCase(_ name: String) -> String { snakeCase(name).uppercased() }

  /// The name in PascalCase as Buf converts it: delimiters dropped, the letter after one and
  /// upper-case letters kept upper, every other letter lowered.
  static func pascalCase(_ name: String) -> String {
    var output = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for (index, c) in trimmed(name).enumerated() {
      if !isDelimiter(c) {
        let upper = index == 0 || previous.map(isDelimiter) == true || c.properties.isUppercase
        output.append(
          contentsOf: (upper ? String(c).uppercased() : String(c).lowercased()).unicodeScalars)
      }
      previous = c
    }
    return String(output)
  }

  /// Words joined with `_`: a new word starts at an upper-case letter that follows a lower-case
  /// one, or that precedes a lower-case letter (the `S` of `HTTPServer`).
  private static func snakeCase(_ name: String) -> String {
    let s = trimmed(name)
    var output: [Unicode.Scalar] = []
    for (i, original) in s.enumerated() {
      let c: Unicode.Scalar = isDelimiter(original) ? "_" : original
      if i == 0 {
        output.append(c)
        continue
      }
      let last = output.last
      let nextStartsNoWord =
        i < s.count - 1 && !(s[i + 1].properties.isUppercase || isDigit(s[i + 1]))
        && !isDelimiter(s[i + 1])
      if c.properties.isUppercase, last != "_",
        nextStartsNoWord || s[i - 1].properties.isLowercase
      {
        output.append("_")
        output.append(c)
      } else if !(c == "_" && last == "_") {
        output.append(c)
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: output)
    return String(view)
  }

  private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

  private static func trimmed(_ name: String) -> [Unicode.Scalar] {
    let scalars = Array(name.unicodeScalars)
    guard let first = scalars.firstIndex(where: { !isDelimiter($0) }),
      let last = scalars.lastIndex(where: { !isDelimiter($0) })
    else { return [] }
    return Array(scalars[first...last])
  }
}
