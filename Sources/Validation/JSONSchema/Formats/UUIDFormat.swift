/// RFC 4122 UUIDs in their hyphenated 8-4-4-4-12 hex form.
enum UUIDFormat {
  static func isValid(_ value: String) -> Bool {
    let scalars = Array(value.unicodeScalars)
    guard scalars.count == 36 else { return false }
    for (offset, scalar) in scalars.enumerated() {
      if [8, 13, 18, 23].contains(offset) {
        guard scalar == "-" else { return false }
      } else if !scalar.isASCIIHexDigit {
        return false
      }
    }
    return true
  }
}
