/// How far the `.proto` element starting on a line reaches, found from the raw text: to its
/// `;`, or to the `}` that closes its body. Buf's `buf:lint:ignore` on a message, enum or
/// service also covers what the element holds, so such an ignore spans these lines.
enum ProtoElementExtent {
  /// The index of the last line of the element that starts on line `start` (0-based).
  static func lastLine(ofElementAt start: Int, in lines: [String]) -> Int {
    var depth = 0
    var inBlockComment = false
    var line = start
    while line < lines.count {
      let bytes = Array(lines[line].utf8)
      var index = 0
      var quote: UInt8?
      while index < bytes.count {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        if inBlockComment {
          if byte == UInt8(ascii: "*"), next == UInt8(ascii: "/") {
            inBlockComment = false
            index += 1
          }
        } else if let open = quote {
          if byte == UInt8(ascii: "\\") {
            index += 1
          } else if byte == open {
            quote = nil
          }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") {
          break
        } else if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
          inBlockComment = true
          index += 1
        } else if byte == UInt8(ascii: "{") {
          depth += 1
        } else if byte == UInt8(ascii: "}") {
          depth -= 1
          if depth <= 0 { return line }
        } else if byte == UInt8(ascii: ";"), depth == 0 {
          return line
        }
        index += 1
      }
      line += 1
    }
    return start
  }
}
