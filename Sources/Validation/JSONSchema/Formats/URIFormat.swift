/// RFC 3986 URIs and references, and RFC 3987 IRIs (which also allow non-ASCII characters).
enum URIFormat {
  static func isValid(_ value: String, reference: Bool, international: Bool) -> Bool {
    let scalars = Array(value.unicodeScalars)
    guard validCharacters(scalars, international: international) else { return false }
    var rest = Substring(value)
    // The scheme: a letter then letters, digits, `+ - .`, before the first `:` (if any
    // comes before `/ ? #`).
    if let colon = rest.firstIndex(of: ":"),
      !rest[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
    {
      let scheme = rest[..<colon]
      guard let first = scheme.unicodeScalars.first, first.isASCIILetter,
        scheme.unicodeScalars.allSatisfy({
          $0.isASCIILetter || $0.isASCIIDigit || $0 == "+" || $0 == "-" || $0 == "."
        })
      else { return false }
      rest = rest[rest.index(after: colon)...]
    } else if !reference {
      return false
    }
    if let hash = rest.firstIndex(of: "#") {
      guard !rest[rest.index(after: hash)...].contains("#") else { return false }
      rest = rest[..<hash]
    }
    if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
    var path = rest
    if rest.hasPrefix("//") {
      let authorityEnd = rest.dropFirst(2).firstIndex(of: "/") ?? rest.endIndex
      let authority = rest[rest.index(rest.startIndex, offsetBy: 2)..<authorityEnd]
      guard isAuthority(authority) else { return false }
      path = rest[authorityEnd...]
    }
    // Brackets belong to an IP literal host only.
    return !path.contains("[") && !path.contains("]")
      && !value.drop(while: { $0 != "?" && $0 != "#" }).contains(where: { $0 == "[" || $0 == "]" })
  }

  private static func isAuthority(_ authority: Substring) -> Bool {
    var host = authority
    if let at = host.firstIndex(of: "@") {
      guard !host[..<at].contains("[") else { return false }
      host = host[host.index(after: at)...]
    }
    if host.contains("@") { return false }
    if host.hasPrefix("[") {
      guard let close = host.firstIndex(of: "]") else { return false }
      let literal = host[host.index(after: host.startIndex)..<close]
      let after = host[host.index(after: close)...]
      guard after.isEmpty || isPort(after) else { return false }
      if literal.first == "v" || literal.first == "V" { return literal.contains(".") }
      return IPAddressFormat.isIPv6(String(literal))
    }
    if host.contains("[") || host.contains("]") { return false }
    if let colon = host.firstIndex(of: ":") {
      return isPort(host[colon...])
    }
    return true
  }

  private static func isPort(_ text: Substring) -> Bool {
    text.first == ":" && text.dropFirst().unicodeScalars.allSatisfy(\.isASCIIDigit)
  }

  private static func validCharacters(_ scalars: [Unicode.Scalar], international: Bool) -> Bool {
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "%" {
        guard index + 2 < scalars.count, scalars[index + 1].isASCIIHexDigit,
          scalars[index + 2].isASCIIHexDigit
        else { return false }
        index += 3
        continue
      }
      if scalar.isASCII {
        guard
          scalar.isASCIILetter || scalar.isASCIIDigit
            || "-._~:/?#[]@!$&'()*+,;=".unicodeScalars.contains(scalar)
        else { return false }
      } else if !international || !isIRICharacter(scalar) {
        return false
      }
      index += 1
    }
    return true
  }

  /// RFC 3987 `ucschar` and `iprivate` ranges.
  private static func isIRICharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF, 0xE000...0xF8FF: true
    case 0x10000...0xEFFFD: scalar.value & 0xFFFE != 0xFFFE
    case 0xF0000...0x10FFFD: scalar.value & 0xFFFE != 0xFFFE
    default: false
    }
  }
}
