/// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens.
enum HostnameFormat {
  /// Drafts 4 and 6 follow RFC 1034 only, so `--` inside a label is not checked there.
  static func isValid(_ value: String, checksALabels: Bool = true) -> Bool {
    guard !value.isEmpty, value.utf8.count <= 253 else { return false }
    let labels = value.split(separator: ".", omittingEmptySubsequences: false)
    return labels.allSatisfy { label in
      let scalars = Array(label.unicodeScalars)
      guard (1...63).contains(scalars.count), scalars.first != "-", scalars.last != "-",
        scalars.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" })
      else { return false }
      // `xn--` labels must be valid A-labels; other labels may not have `--` at 3-4.
      if checksALabels, scalars.count >= 4, scalars[2] == "-", scalars[3] == "-" {
        guard String(label).lowercased().hasPrefix("xn--") else { return false }
        return IDNHostnameFormat.isValidLabel(String(label))
      }
      return true
    }
  }
}
