/// A path pattern as written in `versions:` and `discover:`: `*` and `?` within one path
/// segment, `**` for any number of segments, `[abc]`, `[a-z]` and `[!abc]` for one character.
///
/// Wildcards do not match a leading `.` of a name (as in a shell), so `schemas/**/*.avsc` skips
/// hidden folders and files.
public struct GlobPattern: Hashable, Sendable, CustomStringConvertible {
  public let text: String
  private let segments: [[Character]]

  public init(_ text: String) {
    self.text = text
    segments = PathText.normalized(text).split(separator: "/").map { Array($0) }
  }

  public var description: String { text }

  /// True when `path` (a relative path with `/` separators) matches the whole pattern.
  public func matches(_ path: String) -> Bool {
    let names = PathText.normalized(path).split(separator: "/").map { Array($0) }
    return Self.match(segments[...], names[...])
  }

  /// The leading segments without wildcards: the folder a search can start from.
  public var literalPrefix: [String] {
    var prefix: [String] = []
    for segment in segments.dropLast() {
      if segment.contains(where: { "*?[".contains($0) }) { break }
      prefix.append(String(segment))
    }
    return prefix
  }

  /// True when the pattern has no wildcard at all.
  public var isLiteral: Bool {
    !text.contains { "*?[".contains($0) }
  }

  private static func match(_ pattern: ArraySlice<[Character]>, _ names: ArraySlice<[Character]>)
    -> Bool
  {
    guard let first = pattern.first else { return names.isEmpty }
    if first == ["*", "*"] {
      let rest = pattern.dropFirst()
      // `**` takes zero or more whole segments, but never a hidden one.
      var remaining = names
      while true {
        if match(rest, remaining) { return true }
        guard let name = remaining.first, name.first != "." else { return false }
        remaining = remaining.dropFirst()
      }
    }
    guard let name = names.first else { return false }
    if name.first == ".", first.first != "." { return false }
    return SegmentMatcher.matches(first[...], name[...])
      && match(pattern.dropFirst(), names.dropFirst())
  }
}

/// Matches one path segment against one pattern segment.
enum SegmentMatcher {
  static func matches(_ pattern: ArraySlice<Character>, _ name: ArraySlice<Character>) -> Bool {
    var pattern = pattern
    var name = name
    // Classic iterative wildcard matching: on a mismatch, retry from the last `*` with one more
    // character consumed by it. Linear in practice, quadratic at worst, never exponential.
    var starPattern: ArraySlice<Character>?
    var starName: ArraySlice<Character> = []
    while !name.isEmpty {
      if let token = pattern.first {
        if token == "*" {
          pattern = pattern.dropFirst()
          starPattern = pattern
          starName = name
          continue
        }
        if let rest = matchOne(pattern, name.first ?? " ") {
          pattern = rest
          name = name.dropFirst()
          continue
        }
      }
      guard let resume = starPattern, !starName.isEmpty else { return false }
      starName = starName.dropFirst()
      pattern = resume
      name = starName
    }
    return pattern.allSatisfy { $0 == "*" }
  }

  /// Matches `character` against the first token of `pattern`; returns the rest on success.
  private static func matchOne(_ pattern: ArraySlice<Character>, _ character: Character)
    -> ArraySlice<Character>?
  {
    guard let token = pattern.first else { return nil }
    switch token {
    case "?":
      return pattern.dropFirst()
    case "[":
      return matchClass(pattern.dropFirst(), character)
    case "\\":
      let escaped = pattern.dropFirst()
      guard let literal = escaped.first else { return token == character ? escaped : nil }
      return literal == character ? escaped.dropFirst() : nil
    default:
      return token == character ? pattern.dropFirst() : nil
    }
  }

  /// `[...]` after the `[`; an unclosed `[` is a literal character.
  private static func matchClass(_ body: ArraySlice<Character>, _ character: Character)
    -> ArraySlice<Character>?
  {
    var rest = body
    var negated = false
    if let first = rest.first, first == "!" || first == "^" {
      negated = true
      rest = rest.dropFirst()
    }
    var matched = false
    var isFirst = true
    while let token = rest.first {
      if token == "]", !isFirst {
        return matched != negated ? rest.dropFirst() : nil
      }
      isFirst = false
      rest = rest.dropFirst()
      if rest.first == "-", let upper = rest.dropFirst().first, upper != "]" {
        if token <= character, character <= upper { matched = true }
        rest = rest.dropFirst(2)
      } else if token == character {
        matched = true
      }
    }
    return character == "[" ? body : nil
  }
}
