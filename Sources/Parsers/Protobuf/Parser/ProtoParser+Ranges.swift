import SchemaModel

extension ProtoParserCore {
  /// `reserved 1, 2 to 5, 9 to max;` or `reserved "a", "b";` (editions: `reserved a, b;`).
  mutating func parseReserved(
    ranges: inout [ProtoRange], names: inout [ProtoReservedName], maximum: Int, allowNegative: Bool
  ) throws(ProtoSyntaxError) {
    advance()
    if current.kind == .string || current.kind == .identifier {
      repeat {
        let token = current
        if token.kind == .identifier {
          if case .edition = syntax {
          } else {
            report(
              "PROTO_SYNTAX_ERROR",
              "reserved names must be quoted strings before edition 2023: \"\(text(token))\"",
              at: token.startPosition)
          }
          advance()
          names.append(ProtoReservedName(name: text(token), span: span(token)))
        } else {
          guard current.kind == .string else { throw expected("a quoted name", "in reserved") }
          if case .edition = syntax {
            report(
              "PROTO_SYNTAX_ERROR", "reserved names are identifiers in editions, not strings",
              at: token.startPosition)
          }
          let value = parseStringLiteral()
          names.append(ProtoReservedName(name: value, span: span(token, previous)))
        }
      } while consume(UInt8(ascii: ","))
    } else {
      repeat {
        ranges.append(
          try parseRange(maximum: maximum, allowNegative: allowNegative, context: "reserved"))
      } while consume(UInt8(ascii: ","))
    }
    try expect(UInt8(ascii: ";"), "after reserved")
  }

  /// `5`, `1 to 10`, `100 to max`.
  mutating func parseRange(
    maximum: Int, allowNegative: Bool, context: String
  ) throws(ProtoSyntaxError) -> ProtoRange {
    let first = current
    let start = try parseIntegerValue(allowNegative: allowNegative, context: "in \(context)")
    var end = start
    if atWord("to") {
      advance()
      if atWord("max") {
        advance()
        end = maximum
      } else {
        end = try parseIntegerValue(allowNegative: allowNegative, context: "after 'to'")
      }
    }
    return ProtoRange(start: start, end: end, span: span(first, previous))
  }

  /// An integer literal (with `-` when allowed), clamped to Int; overflow is reported.
  mutating func parseIntegerValue(
    allowNegative: Bool, context: String
  ) throws(ProtoSyntaxError) -> Int {
    let first = current
    var negative = false
    if allowNegative && at(UInt8(ascii: "-")) {
      advance()
      negative = true
    }
    guard current.kind == .integer else { throw expected("a number", context) }
    let token = advance()
    guard ProtoLiterals.isWellFormedInteger(bytes[token.start..<token.end]) else {
      throw error("invalid integer literal \(describe(token))", at: token)
    }
    guard let magnitude = ProtoLiterals.integerValue(bytes[token.start..<token.end]),
      magnitude <= UInt64(Int.max)
    else {
      report(
        "PROTO_FIELD_NUMBER_OUT_OF_RANGE", "number \(text(token)) is too large",
        at: first.startPosition)
      return negative ? Int.min : Int.max
    }
    return negative ? -Int(magnitude) : Int(magnitude)
  }
}
