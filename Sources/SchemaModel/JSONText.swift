/// Compact rendering, string quoting and position-blind comparison of JSON values: one place for
/// every writer of JSON text (reports, messages quoting defaults, the differ).
public enum JSONText {
  /// Compact JSON text (no spaces). Values come from the depth-bounded reader, which bounds
  /// this recursion.
  public static func render(_ value: JSONValue) -> String {
    switch value.kind {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return number.text
    case .string(let text): return quoted(text)
    case .array(let elements): return "[" + elements.map(render).joined(separator: ",") + "]"
    case .object(let members):
      return "{"
        + members.map { quoted($0.key) + ":" + render($0.value) }.joined(separator: ",") + "}"
    }
  }

  /// An RFC 8259 string literal; control characters escaped, everything else as UTF-8.
  public static func quoted(_ text: String) -> String {
    // Most text needs no escape: one pass over the bytes instead of a copy.
    if isPlain(text) { return "\"" + text + "\"" }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    appendQuoted(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `quoted(text)` appended to `out` as UTF-8.
  public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    if isPlain(text) {
      out.append(contentsOf: text.utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    // Byte by byte: escapes are ASCII, and every other byte (UTF-8 continuation bytes too) is
    // copied as it is.
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out.append(UInt8(ascii: "\\"))
        out.append(byte)
      case UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        out.append(UInt8(ascii: "\\"))
        out.append(
          byte == 0x0A ? UInt8(ascii: "n") : byte == 0x09 ? UInt8(ascii: "t") : UInt8(ascii: "r"))
      case 0..<0x20:
        out.append(contentsOf: "\\u00".utf8)
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0F)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func isPlain(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Equal values, ignoring where they were written. Numbers compare by their text, except
  /// integers, which compare by value (`1` and `01` cannot both be valid JSON anyway).
  public static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs.kind, rhs.kind) {
    case (.null, .null): return true
    case (.bool(let left), .bool(let right)): return left == right
    case (.number(let left), .number(let right)):
      if let leftInt = left.int64Value, let rightInt = right.int64Value {
        return leftInt == rightInt
      }
      return left.text == right.text || left.doubleValue == right.doubleValue
    case (.string(let left), .string(let right)): return left == right
    case (.array(let left), .array(let right)):
      return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
    case (.object(let left), .object(let right)):
      return left.count == right.count
        && zip(left, right).allSatisfy { $0.key == $1.key && equal($0.value, $1.value) }
    default: return false
    }
  }
}
