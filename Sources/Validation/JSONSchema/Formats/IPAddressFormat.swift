/// IPv4 dotted quads (RFC 2673 §3.2, no leading zeros) and RFC 4291 IPv6 text forms.
enum IPAddressFormat {
  static func isIPv4(_ value: String) -> Bool {
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return false }
    for part in parts {
      guard !part.isEmpty, part.count <= 3, part.unicodeScalars.allSatisfy(\.isASCIIDigit),
        !(part.count > 1 && part.first == "0"), let number = Int(part), number <= 255
      else { return false }
    }
    return true
  }

  static func isIPv6(_ value: String) -> Bool {
    guard !value.unicodeScalars.contains(where: { !$0.isASCII }) else { return false }
    var text = Substring(value)
    var groupsAvailable = 8
    // A trailing IPv4 address stands for two groups.
    if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].contains(".")
    {
      guard isIPv4(String(text[text.index(after: lastColon)...])) else { return false }
      text = text[...lastColon]
      if !text.hasSuffix("::") { text = text.dropLast() }
      groupsAvailable = 6
    }
    let halves = text.components(separatedBy: "::")
    guard halves.count <= 2 else { return false }
    func groups(_ half: Substring) -> Int? {
      if half.isEmpty { return 0 }
      let parts = half.split(separator: ":", omittingEmptySubsequences: false)
      for part in parts {
        guard (1...4).contains(part.count), part.unicodeScalars.allSatisfy(\.isASCIIHexDigit)
        else { return nil }
      }
      return parts.count
    }
    if halves.count == 1 {
      return groups(halves[0]) == groupsAvailable
    }
    guard let head = groups(halves[0]), let tail = groups(halves[1]) else { return false }
    return head + tail < groupsAvailable
  }
}

extension Substring {
  /// Splits on a separator string (the standard library's `split` takes one element only).
  fileprivate func components(separatedBy separator: String) -> [Substring] {
    var parts: [Substring] = []
    var rest = self
    while let range = rest.firstRange(of: separator) {
      parts.append(rest[..<range.lowerBound])
      rest = rest[range.upperBound...]
    }
    parts.append(rest)
    return parts
  }
}
