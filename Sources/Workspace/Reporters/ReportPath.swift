/// File paths as CI systems want them: relative to the repository, with forward slashes.
enum ReportPath {
  /// `dir\file.avsc` and `./dir/file.avsc` become `dir/file.avsc`.
  static func normalized(_ path: String) -> String {
    var result = path.replacingBackslashes()
    while result.hasPrefix("./") { result.removeFirst(2) }
    return result
  }

  /// The path as a URI reference: every byte outside RFC 3986's unreserved characters and `/`
  /// percent-encoded, so spaces, `%`, `#`, `?` and non-ASCII letters survive a URI parser.
  static func uriReference(_ path: String) -> String {
    var out = ""
    for byte in normalized(path).utf8 {
      if isUnreserved(byte) || byte == UInt8(ascii: "/") {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      true
    default: false
    }
  }
}

extension String {
  fileprivate func replacingBackslashes() -> String {
    String(map { $0 == "\\" ? "/" : $0 })
  }
}
