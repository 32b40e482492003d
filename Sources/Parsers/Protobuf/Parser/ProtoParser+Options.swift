import SchemaModel

extension ProtoParserCore {
  /// `option name = value;` (current token is `option`); the span runs through the `;`.
  mutating func parseOptionStatement() throws(ProtoSyntaxError) -> ProtoOption {
    let keyword = advance()
    var option = try parseOptionAssignment(context: "in option")
    let semicolon = try expect(UInt8(ascii: ";"), "after option value")
    option.span = span(keyword, semicolon)
    return option
  }

  /// `[a = 1, (b).c = "x"]` after a field, enum value or extension range.
  mutating func parseBracketedOptions() throws(ProtoSyntaxError) -> [ProtoOption] {
    try expect(UInt8(ascii: "["), "before options")
    var options: [ProtoOption] = []
    repeat {
      options.append(try parseOptionAssignment(context: "in options"))
    } while consume(UInt8(ascii: ","))
    try expect(UInt8(ascii: "]"), "after options")
    return options
  }

  /// `name = value`; the span is name through value.
  mutating func parseOptionAssignment(context: String) throws(ProtoSyntaxError) -> ProtoOption {
    let (name, nameFirst, nameLast) = try parseOptionName(context)
    try expect(UInt8(ascii: "="), "after option name")
    let valueFirst = current
    let value = try parseOptionValue()
    let valueLast = previous
    return ProtoOption(
      name: name, value: value, span: span(nameFirst, valueLast),
      nameSpan: span(nameFirst, nameLast), valueSpan: span(valueFirst, valueLast))
  }

  /// `java_package`, `(acme.rules).max_len`, `features.(pb.cpp).string_type`.
  mutating func parseOptionName(
    _ context: String
  ) throws(ProtoSyntaxError) -> (String, ProtoToken, ProtoToken) {
    let first = current
    var name = ""
    while true {
      if at(UInt8(ascii: "(")) {
        advance()
        let (inner, _, _) = try parseDottedName("in custom option name", allowLeadingDot: true)
        try expect(UInt8(ascii: ")"), "after custom option name")
        name += "(" + inner + ")"
      } else {
        guard current.kind == .identifier else { throw expected("an option name", context) }
        name += text(advance())
      }
      guard at(UInt8(ascii: ".")) else { break }
      advance()
      name += "."
    }
    return (name, first, previous)
  }

  /// A constant (identifier, string, number, bool) or a message literal `{ ... }`.
  mutating func parseOptionValue() throws(ProtoSyntaxError) -> ProtoOptionValue {
    if at(UInt8(ascii: "{")) {
      return try parseAggregate(depth: 1)
    }
    return try parseScalarValue(context: "as option value", textFormat: false)
  }

  mutating func parseScalarValue(
    context: String, textFormat: Bool
  ) throws(ProtoSyntaxError) -> ProtoOptionValue {
    var sign = ""
    if at(UInt8(ascii: "-")) || at(UInt8(ascii: "+")) {
      sign = text(advance())
      if sign == "+" { sign = "" }
    }
    let token = current
    switch token.kind {
    case .string:
      guard sign.isEmpty else { throw expected("a number", "after sign") }
      return .string(parseStringLiteral())
    case .integer:
      advance()
      return .integer(sign + text(token))
    case .float:
      advance()
      return .float(sign + text(token))
    case .identifier:
      advance()
      let word = text(token)
      let lower = word.lowercased()
      if lower == "inf" || lower == "infinity" || lower == "nan" {
        return sign.isEmpty ? .identifier(word) : .float(sign + word)
      }
      guard sign.isEmpty else { throw error("expected a number after '-'", at: token) }
      if word == "true" || (textFormat && (word == "True" || word == "t")) { return .bool(true) }
      if word == "false" || (textFormat && (word == "False" || word == "f")) {
        return .bool(false)
      }
      return .identifier(word)
    default:
      throw expected("a value", context)
    }
  }

  /// Adjacent string literals, concatenated and unescaped. Invalid UTF-8 becomes U+FFFD.
  mutating func parseStringLiteral() -> String {
    var result: [UInt8] = []
    while current.kind == .string {
      let token = advance()
      let (decoded, badEscape) = ProtoLiterals.decodeString(bytes[token.start..<token.end])
      if let badEscape {
        report(
          "PROTO_SYNTAX_ERROR", "invalid string literal: \(badEscape)", at: token.startPosition)
      }
      result.append(contentsOf: decoded)
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// A message literal in text format: `{ a: 1 b { c: 2 } d: [1, 2] [ext.f]: "x" }` or `<...>`.
  mutating func parseAggregate(depth: Int) throws(ProtoSyntaxError) -> ProtoOptionValue {
    let open = current
    let close = isSymbol(open, UInt8(ascii: "<")) ? UInt8(ascii: ">") : UInt8(ascii: "}")
    if depth > ProtoLimits.maximumNesting {
      report(
        "PROTO_NESTING_TOO_DEEP",
        "option value nested more than \(ProtoLimits.maximumNesting) levels deep",
        at: open.startPosition)
      skipBlock(open: bytes[open.start], close: close)
      return .aggregate([])
    }
    advance()
    var fields: [ProtoAggregateField] = []
    while !at(close) {
      if atEnd { throw expected("'\(Character(UnicodeScalar(close)))'", "to close message value") }
      let name = try parseAggregateFieldName()
      let hasColon = consume(UInt8(ascii: ":"))
      let value: ProtoOptionValue
      if at(UInt8(ascii: "{")) || at(UInt8(ascii: "<")) {
        value = try parseAggregate(depth: depth + 1)
      } else if at(UInt8(ascii: "[")) {
        value = try parseAggregateList(depth: depth)
      } else {
        guard hasColon else { throw expected("':'", "after field name '\(name)'") }
        value = try parseScalarValue(context: "after '\(name):'", textFormat: true)
      }
      fields.append(ProtoAggregateField(name: name, value: value))
      if !consume(UInt8(ascii: ",")) { _ = consume(UInt8(ascii: ";")) }
    }
    advance()
    return .aggregate(fields)
  }

  /// `name`, `[pkg.ext]` or `[type.googleapis.com/pkg.Type]`.
  private mutating func parseAggregateFieldName() throws(ProtoSyntaxError) -> String {
    guard at(UInt8(ascii: "[")) else {
      return text(try expectIdentifier("as field name in message value"))
    }
    advance()
    var name = "["
    while !at(UInt8(ascii: "]")) {
      guard current.kind == .identifier || at(UInt8(ascii: ".")) || at(UInt8(ascii: "/")) else {
        throw expected("']'", "after extension name")
      }
      name += text(advance())
    }
    advance()
    return name + "]"
  }

  private mutating func parseAggregateList(depth: Int) throws(ProtoSyntaxError) -> ProtoOptionValue
  {
    advance()
    var values: [ProtoOptionValue] = []
    if consume(UInt8(ascii: "]")) { return .list(values) }
    repeat {
      if at(UInt8(ascii: "{")) || at(UInt8(ascii: "<")) {
        values.append(try parseAggregate(depth: depth + 1))
      } else {
        values.append(try parseScalarValue(context: "in list", textFormat: true))
      }
    } while consume(UInt8(ascii: ","))
    try expect(UInt8(ascii: "]"), "to close list")
    return .list(values)
  }
}
