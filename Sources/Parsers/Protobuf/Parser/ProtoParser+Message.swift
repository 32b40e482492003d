import SchemaModel

extension ProtoParserCore {
  /// `message Name { ... }`; nil when nested too deep (reported, block skipped).
  mutating func parseMessage(scope: String?) throws(ProtoSyntaxError) -> ProtoMessage? {
    let first = index
    let keyword = advance()
    let nameToken = try expectIdentifier("after 'message'")
    let name = text(nameToken)
    guard at(UInt8(ascii: "{")) else { throw expected("'{'", "after message name") }
    if depth >= protoMaximumNesting {
      report(
        "PROTO_NESTING_TOO_DEEP", "messages nested more than \(protoMaximumNesting) levels deep",
        at: keyword.startPosition)
      skipBlock(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"))
      return nil
    }
    let openIndex = index
    advance()
    var message = ProtoMessage(
      name: name, fullName: qualify(name, in: scope), span: span(keyword),
      nameSpan: span(nameToken))
    message.comments = comments(first: first, last: openIndex)
    depth += 1
    defer { depth -= 1 }
    try parseMessageBody(into: &message)
    message.span = span(keyword, previous)
    return message
  }

  /// Statements up to and including the closing `}`.
  mutating func parseMessageBody(into message: inout ProtoMessage) throws(ProtoSyntaxError) {
    while !at(UInt8(ascii: "}")) {
      if atEnd { throw expected("'}'", "to close message '\(message.name)'") }
      let start = index
      do throws(ProtoSyntaxError) {
        try parseMessageStatement(into: &message)
      } catch {
        report(error)
        skipStatement(from: start)
      }
      if index == start { advance() }
    }
    advance()
  }

  /// Edition 2024's `export`/`local` before `message` or `enum` (symbol visibility is not kept).
  mutating func skipVisibility() {
    if (atWord("export") || atWord("local"))
      && (isWord(peek(1), "message") || isWord(peek(1), "enum")) && peek(2).kind == .identifier
    {
      advance()
    }
  }

  /// True when the keyword at the cursor starts a field of that type (`message foo = 1;`)
  /// rather than a declaration: `keyword name =`.
  func keywordIsFieldType() -> Bool {
    peek(1).kind == .identifier && isSymbol(peek(2), UInt8(ascii: "="))
  }

  private mutating func parseMessageStatement(into message: inout ProtoMessage)
    throws(ProtoSyntaxError)
  {
    if consume(UInt8(ascii: ";")) { return }
    skipVisibility()
    let scope = message.fullName
    if atWord("message") && !keywordIsFieldType() {
      if let nested = try parseMessage(scope: scope) { message.messages.append(nested) }
    } else if atWord("enum") && !keywordIsFieldType() {
      message.enums.append(try parseEnum(scope: scope))
    } else if atWord("extend") && !keywordIsFieldType() {
      let (extend, groups) = try parseExtend(scope: scope)
      message.extends.append(extend)
      message.messages.append(contentsOf: groups)
    } else if atWord("option") {
      message.options.append(try parseOptionStatement())
    } else if atWord("oneof") && !keywordIsFieldType() {
      try parseOneof(into: &message)
    } else if atWord("reserved") && !keywordIsFieldType() {
      try parseReserved(
        ranges: &message.reservedRanges, names: &message.reservedNames,
        maximum: protoMaximumFieldNumber, allowNegative: false)
    } else if atWord("extensions") && !keywordIsFieldType() {
      try parseExtensions(into: &message)
    } else {
      let (field, group) = try parseField(scope: scope, oneofIndex: nil, inOneof: false)
      message.fields.append(field)
      if let group { message.messages.append(group) }
    }
  }

  private mutating func parseOneof(into message: inout ProtoMessage) throws(ProtoSyntaxError) {
    let first = index
    let keyword = advance()
    let nameToken = try expectIdentifier("after 'oneof'")
    let openIndex = index
    try expect(UInt8(ascii: "{"), "after oneof name")
    let oneofIndex = message.oneofs.count
    var oneof = ProtoOneof(
      name: text(nameToken), span: span(keyword), nameSpan: span(nameToken),
      comments: comments(first: first, last: openIndex))
    message.oneofs.append(oneof)
    while !at(UInt8(ascii: "}")) {
      if atEnd { throw expected("'}'", "to close oneof '\(oneof.name)'") }
      let start = index
      do throws(ProtoSyntaxError) {
        if consume(UInt8(ascii: ";")) {
        } else if atWord("option") {
          oneof.options.append(try parseOptionStatement())
        } else {
          let (field, group) = try parseField(
            scope: message.fullName, oneofIndex: oneofIndex, inOneof: true)
          message.fields.append(field)
          if let group { message.messages.append(group) }
        }
      } catch {
        report(error)
        skipStatement(from: start)
      }
      if index == start { advance() }
    }
    oneof.span = span(keyword, advance())
    message.oneofs[oneofIndex] = oneof
  }

  private mutating func parseExtensions(into message: inout ProtoMessage) throws(ProtoSyntaxError) {
    advance()
    var ranges: [ProtoRange] = []
    repeat {
      ranges.append(
        try parseRange(
          maximum: protoMaximumFieldNumber, allowNegative: false, context: "extensions"))
    } while consume(UInt8(ascii: ","))
    if at(UInt8(ascii: "[")) {
      let options = try parseBracketedOptions()
      for position in ranges.indices { ranges[position].options = options }
    }
    try expect(UInt8(ascii: ";"), "after extension ranges")
    message.extensionRanges.append(contentsOf: ranges)
  }

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
  private mutating func parseRange(
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

/// The largest field number (2^29 - 1).
let protoMaximumFieldNumber = 536_870_911
