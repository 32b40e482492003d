import SchemaModel

extension ProtoParserCore {
  /// `message Name { ... }`; nil when nested too deep (reported, block skipped).
  /// `commentsFrom` is the token whose comments are the message's (an `export` before it).
  mutating func parseMessage(
    scope: String?, commentsFrom: Int? = nil
  ) throws(ProtoSyntaxError) -> ProtoMessage? {
    let first = commentsFrom ?? index
    let keyword = advance()
    let nameToken = try expectIdentifier("after 'message'")
    let name = text(nameToken)
    guard at(UInt8(ascii: "{")) else { throw expected("'{'", "after message name") }
    if depth >= ProtoLimits.maximumNesting {
      report(
        "PROTO_NESTING_TOO_DEEP",
        "messages nested more than \(ProtoLimits.maximumNesting) levels deep",
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
    let statementStart = index
    skipVisibility()
    let scope = message.fullName
    if atWord("message") && !keywordIsFieldType() {
      if let nested = try parseMessage(scope: scope, commentsFrom: statementStart) {
        message.messages.append(nested)
      }
    } else if atWord("enum") && !keywordIsFieldType() {
      message.enums.append(try parseEnum(scope: scope, commentsFrom: statementStart))
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
        maximum: ProtoLimits.maximumFieldNumber, allowNegative: false)
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
          maximum: ProtoLimits.maximumFieldNumber, allowNegative: false, context: "extensions"))
    } while consume(UInt8(ascii: ","))
    if at(UInt8(ascii: "[")) {
      let options = try parseBracketedOptions()
      for position in ranges.indices { ranges[position].options = options }
    }
    try expect(UInt8(ascii: ";"), "after extension ranges")
    message.extensionRanges.append(contentsOf: ranges)
  }
}
