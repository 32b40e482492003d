/// JSON text that is safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 are
/// written as `\u` escapes, so `</script>` or `<!--` in a doc string cannot end the element.
enum HTMLScriptJSON {
  /// A JSON string literal, quotes included.
  static func string(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<", ">", "&", "\u{2028}", "\u{2029}": out += unicodeEscape(scalar.value)
      default:
        if HTMLText.isControl(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A JSON object with its keys in the order given and string values.
  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { string($0.0) + ":" + string($0.1) }.joined(separator: ",") + "}"
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
