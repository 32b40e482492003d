/// Well-formed UTF-8 as Unicode defines it (Table 3-7): no overlong forms, no encoded
/// surrogates (U+D800-DFFF), nothing above U+10FFFF, no truncated sequences.
enum UTF8Validation {
  /// The length of the well-formed sequence starting at `index`, or nil when it is ill-formed.
  @inline(__always)
  static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let lead = bytes[index]
    let count = bytes.count
    if lead < 0x80 { return 1 }
    if lead < 0xC2 { return nil }
    @inline(__always) func continuation(_ offset: Int, _ low: UInt8, _ high: UInt8) -> Bool {
      let position = index + offset
      guard position < count else { return false }
      let byte = bytes[position]
      return byte >= low && byte <= high
    }
    if lead < 0xE0 { return continuation(1, 0x80, 0xBF) ? 2 : nil }
    if lead < 0xF0 {
      let second: Bool
      switch lead {
      case 0xE0: second = continuation(1, 0xA0, 0xBF)
      case 0xED: second = continuation(1, 0x80, 0x9F)
      default: second = continuation(1, 0x80, 0xBF)
      }
      return second && continuation(2, 0x80, 0xBF) ? 3 : nil
    }
    if lead < 0xF5 {
      let second: Bool
      switch lead {
      case 0xF0: second = continuation(1, 0x90, 0xBF)
      case 0xF4: second = continuation(1, 0x80, 0x8F)
      default: second = continuation(1, 0x80, 0xBF)
      }
      return second && continuation(2, 0x80, 0xBF) && continuation(3, 0x80, 0xBF) ? 4 : nil
    }
    return nil
  }

  /// Why the sequence at `index` is ill-formed, for the error message.
  static func problem(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String {
    let lead = bytes[index]
    let hex = "0x" + String(lead, radix: 16, uppercase: true)
    if lead >= 0x80 && lead < 0xC0 { return "unexpected continuation byte \(hex)" }
    if lead == 0xC0 || lead == 0xC1 { return "overlong encoding (byte \(hex))" }
    if lead >= 0xF5 { return "byte \(hex) never appears in UTF-8" }
    let expected = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var available = 1
    while available < expected && index + available < bytes.count
      && bytes[index + available] & 0xC0 == 0x80
    {
      available += 1
    }
    if available < expected {
      return index + available >= bytes.count
        ? "truncated sequence at end of input (lead byte \(hex))"
        : "truncated sequence (lead byte \(hex) lacks continuation bytes)"
    }
    let second = bytes[index + 1]
    if lead == 0xE0 || (lead == 0xF0 && second < 0x90) { return "overlong encoding (byte \(hex))" }
    if lead == 0xED { return "encoded surrogate (U+D800-DFFF) starting with byte \(hex)" }
    return "code point above U+10FFFF starting with byte \(hex)"
  }
}
