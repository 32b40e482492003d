/// A URI reference split into its RFC 3986 parts, with reference resolution (§5.2) so `$id` and
/// `$ref` values can be made absolute without Foundation's URL (which rejects `urn:` bases).
public struct URIReference: Hashable, Sendable {
  public var scheme: String?
  public var authority: String?
  public var path: String
  public var query: String?
  public var fragment: String?

  /// Splits a reference with the regular expression of RFC 3986 Appendix B (never fails).
  public init(parsing text: String) {
    var rest = Substring(text)
    if let hash = rest.firstIndex(of: "#") {
      fragment = String(rest[rest.index(after: hash)...])
      rest = rest[..<hash]
    }
    if let question = rest.firstIndex(of: "?") {
      query = String(rest[rest.index(after: question)...])
      rest = rest[..<question]
    }
    if let colon = rest.firstIndex(of: ":"),
      !rest[..<colon].isEmpty,
      !rest[..<colon].contains(where: { $0 == "/" })
    {
      scheme = String(rest[..<colon])
      rest = rest[rest.index(after: colon)...]
    }
    if rest.hasPrefix("//") {
      let afterSlashes = rest.dropFirst(2)
      let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
      authority = String(afterSlashes[..<end])
      rest = afterSlashes[end...]
    }
    path = String(rest)
  }

  /// The reference written back as text.
  public var text: String {
    var result = ""
    if let scheme { result += scheme + ":" }
    if let authority { result += "//" + authority }
    result += path
    if let query { result += "?" + query }
    if let fragment { result += "#" + fragment }
    return result
  }

  /// The same reference without its fragment.
  public var withoutFragment: URIReference {
    var copy = self
    copy.fragment = nil
    return copy
  }

  /// This reference resolved against `base` (RFC 3986 §5.2.2, strict).
  public func resolved(against base: URIReference) -> URIReference {
    var target = URIReference(parsing: "")
    if let scheme {
      target.scheme = scheme
      target.authority = authority
      target.path = Self.removingDotSegments(path)
      target.query = query
    } else {
      if authority != nil {
        target.authority = authority
        target.path = Self.removingDotSegments(path)
        target.query = query
      } else {
        if path.isEmpty {
          target.path = base.path
          target.query = query ?? base.query
        } else {
          if path.hasPrefix("/") {
            target.path = Self.removingDotSegments(path)
          } else {
            target.path = Self.removingDotSegments(Self.merge(base: base, path: path))
          }
          target.query = query
        }
        target.authority = base.authority
      }
      target.scheme = base.scheme
    }
    target.fragment = fragment
    return target
  }

  /// `reference` resolved against `base`, both as text.
  public static func resolve(_ reference: String, against base: String) -> String {
    URIReference(parsing: reference).resolved(against: URIReference(parsing: base)).text
  }

  private static func merge(base: URIReference, path: String) -> String {
    if base.authority != nil && base.path.isEmpty { return "/" + path }
    guard let slash = base.path.lastIndex(of: "/") else { return path }
    return String(base.path[...slash]) + path
  }

  /// RFC 3986 §5.2.4.
  static func removingDotSegments(_ path: String) -> String {
    var input = Substring(path)
    var output: [Substring] = []
    while !input.isEmpty {
      if input.hasPrefix("../") {
        input = input.dropFirst(3)
      } else if input.hasPrefix("./") {
        input = input.dropFirst(2)
      } else if input.hasPrefix("/./") {
        input = input.dropFirst(2)
      } else if input == "/." {
        input = "/"
      } else if input.hasPrefix("/../") {
        input = input.dropFirst(3)
        _ = output.popLast()
      } else if input == "/.." {
        input = "/"
        _ = output.popLast()
      } else if input == "." || input == ".." {
        input = ""
      } else {
        let searchStart =
          input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
        let end = input[searchStart...].firstIndex(of: "/") ?? input.endIndex
        output.append(input[..<end])
        input = input[end...]
      }
    }
    return output.joined()
  }
}
