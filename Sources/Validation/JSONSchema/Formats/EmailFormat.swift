/// RFC 5321 mailboxes (RFC 6531 when international): a local part, `@`, and a domain or an
/// address literal.
enum EmailFormat {
  static func isValid(_ value: String, international: Bool) -> Bool {
    guard let at = value.lastIndex(of: "@") else { return false }
    let local = value[..<at]
    let domain = value[value.index(after: at)...]
    return isLocalPart(local, international: international)
      && isDomain(domain, international: international)
  }

  private static func isLocalPart(_ local: Substring, international: Bool) -> Bool {
    guard !local.isEmpty else { return false }
    if local.first == "\"" {
      guard local.count >= 2, local.last == "\"" else { return false }
      var escaped = false
      for scalar in local.dropFirst().dropLast().unicodeScalars {
        if escaped {
          escaped = false
        } else if scalar == "\\" {
          escaped = true
        } else if scalar == "\"" || (scalar.value < 0x20) {
          return false
        } else if !international && !scalar.isASCII {
          return false
        }
      }
      return !escaped
    }
    let atoms = local.split(separator: ".", omittingEmptySubsequences: false)
    return atoms.allSatisfy { atom in
      !atom.isEmpty
        && atom.unicodeScalars.allSatisfy { scalar in
          scalar.isASCIILetter || scalar.isASCIIDigit
            || "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
            || (international && !scalar.isASCII)
        }
    }
  }

  private static func isDomain(_ domain: Substring, international: Bool) -> Bool {
    if domain.hasPrefix("["), domain.hasSuffix("]") {
      let literal = domain.dropFirst().dropLast()
      if literal.lowercased().hasPrefix("ipv6:") {
        return IPAddressFormat.isIPv6(String(literal.dropFirst(5)))
      }
      return IPAddressFormat.isIPv4(String(literal))
    }
    return international
      ? IDNHostnameFormat.isValid(String(domain)) : HostnameFormat.isValid(String(domain))
  }
}
