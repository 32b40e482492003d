import SchemaModel

/// The YAML 1.2 core schema's resolution of plain scalars into JSON kinds (YAML 1.2.2 §10.3.2).
enum YAMLCoreScalar {
  static func resolve(_ text: String, at position: TextPosition) throws(YAMLReadError)
    -> JSONValue.Kind
  {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan",
      ".NaN", ".NAN":
      throw YAMLReadError(.notJSONNumber(text), at: position)
    default: break
    }
    if let number = integer(text) ?? float(text) { return .number(number) }
    return .string(text)
  }

  /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+` as a JSON integer literal.
  static func integer(_ text: String) -> JSONNumber? {
    if text.hasPrefix("0o") || text.hasPrefix("0x") {
      let radix = text.hasPrefix("0o") ? 8 : 16
      let digits = text.dropFirst(2)
      guard !digits.isEmpty, let value = UInt64(digits, radix: radix) else { return nil }
      return JSONNumber(text: String(value))
    }
    var body = Substring(text)
    var negative = false
    if let sign = body.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let trimmed = body.drop { $0 == "0" }
    let digits = trimmed.isEmpty ? "0" : String(trimmed)
    return JSONNumber(text: (negative && digits != "0" ? "-" : "") + digits)
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` as a JSON number literal.
  static func float(_ text: String) -> JSONNumber? {
    var body = Substring(text)
    var sign = ""
    if let first = body.first, first == "-" || first == "+" {
      sign = first == "-" ? "-" : ""
      body = body.dropFirst()
    }
    var mantissa = body
    var exponent = ""
    if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = body[..<e]
      var expBody = body[body.index(after: e)...]
      var expSign = ""
      if let first = expBody.first, first == "-" || first == "+" {
        expSign = first == "-" ? "-" : ""
        expBody = expBody.dropFirst()
      }
      guard !expBody.isEmpty, expBody.allSatisfy(isDigit) else { return nil }
      exponent = "e" + expSign + expBody
    }
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0]
    let fraction = parts.count > 1 ? parts[1] : ""
    guard whole.allSatisfy(isDigit), fraction.allSatisfy(isDigit),
      !(whole.isEmpty && fraction.isEmpty)
    else { return nil }
    let trimmedWhole = whole.drop { $0 == "0" }
    var literal = sign + (trimmedWhole.isEmpty ? "0" : String(trimmedWhole))
    if !fraction.isEmpty { literal += "." + fraction }
    return JSONNumber(text: literal + exponent)
  }

  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }
}
