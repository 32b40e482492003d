/// RFC 6901 JSON Pointers and draft-handrews relative JSON Pointers.
enum JSONPointerFormat {
  static func isValid(_ value: String) -> Bool {
    let scalars = Array(value.unicodeScalars)
    guard scalars.isEmpty || scalars[0] == "/" else { return false }
    for (offset, scalar) in scalars.enumerated() where scalar == "~" {
      guard offset + 1 < scalars.count, scalars[offset + 1] == "0" || scalars[offset + 1] == "1"
      else { return false }
    }
    return true
  }

  /// A non-negative integer without leading zeros, an optional `+n`/`-n` index adjustment,
  /// then `#` or a JSON Pointer.
  static func isRelative(_ value: String) -> Bool {
    let scalars = Array(value.unicodeScalars)
    var index = 0
    while index < scalars.count, scalars[index].isASCIIDigit { index += 1 }
    guard index > 0, !(scalars[0] == "0" && index > 1) else { return false }
    if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
      index += 1
      let start = index
      while index < scalars.count, scalars[index].isASCIIDigit { index += 1 }
      guard index > start, !(scalars[start] == "0" && index > start + 1) else { return false }
    }
    let rest = String(String.UnicodeScalarView(scalars[index...]))
    return rest == "#" || isValid(rest)
  }
}
