import SchemaModel

/// Short renderings of payload values for error messages.
enum AvroJSONText {
  /// Longest rendering of a payload value in a message.
  static let limit = 40

  /// `"abc"`, shortened with `…` past the limit, with quotes and backslashes escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    var count = 0
    for character in text {
      if count == limit {
        result += "…"
        break
      }
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      default: result.append(character)
      }
      count += 1
    }
    return result + "\""
  }

  /// What a JSON value is, for `found ...`: `string "abc"`, `number 1.5`, `object`, `null`.
  static func describe(_ value: JSONValue) -> String {
    switch value.kind {
    case .null: "null"
    case .bool(let bool): "boolean \(bool)"
    case .number(let number):
      "number \(number.text.count > limit ? String(number.text.prefix(limit)) + "…" : number.text)"
    case .string(let string): "string \(quoted(string))"
    case .array: "array"
    case .object: "object"
    }
  }

  /// Names listed for a message, the first few only when there are many: `RED, GREEN, BLUE`,
  /// `A, B, C, D, E, F, G, H, ... (12 more)`.
  static func list(_ names: [String], limit: Int = 8) -> String {
    guard names.count > limit + 1 else { return names.joined(separator: ", ") }
    return names.prefix(limit).joined(separator: ", ") + ", ... (\(names.count - limit) more)"
  }
}
