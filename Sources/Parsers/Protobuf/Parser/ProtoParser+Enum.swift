import SchemaModel

extension ProtoParserCore {
  /// `enum Name { A = 0; option allow_alias = true; reserved 2; }`.
  /// `commentsFrom` is the token whose comments are the enum's (an `export` before it).
  mutating func parseEnum(
    scope: String?, commentsFrom: Int? = nil
  ) throws(ProtoSyntaxError) -> ProtoEnum {
    let first = commentsFrom ?? index
    let keyword = advance()
    let nameToken = try expectIdentifier("after 'enum'")
    let openIndex = index
    try expect(UInt8(ascii: "{"), "after enum name")
    let name = text(nameToken)
    var result = ProtoEnum(
      name: name, fullName: qualify(name, in: scope), span: span(keyword),
      nameSpan: span(nameToken), comments: comments(first: first, last: openIndex))
    while !at(UInt8(ascii: "}")) {
      if atEnd { throw expected("'}'", "to close enum '\(name)'") }
      let start = index
      do throws(ProtoSyntaxError) {
        try parseEnumStatement(into: &result)
      } catch {
        report(error)
        skipStatement(from: start)
      }
      if index == start { advance() }
    }
    result.span = span(keyword, advance())
    return result
  }

  private mutating func parseEnumStatement(into result: inout ProtoEnum) throws(ProtoSyntaxError) {
    if consume(UInt8(ascii: ";")) { return }
    let valueFollows = isSymbol(peek(1), UInt8(ascii: "="))
    if atWord("option") && !valueFollows {
      result.options.append(try parseOptionStatement())
    } else if atWord("reserved") && !valueFollows {
      try parseReserved(
        ranges: &result.reservedRanges, names: &result.reservedNames,
        maximum: Int(Int32.max), allowNegative: true)
    } else {
      let firstIndex = index
      let nameToken = try expectIdentifier("in enum body")
      try expect(UInt8(ascii: "="), "after enum value name")
      let numberFirst = current
      let number = try parseIntegerValue(allowNegative: true, context: "after '='")
      let numberSpan = span(numberFirst, previous)
      var options: [ProtoOption] = []
      if at(UInt8(ascii: "[")) { options = try parseBracketedOptions() }
      let semicolon = try expect(UInt8(ascii: ";"), "after enum value")
      result.values.append(
        ProtoEnumValue(
          name: text(nameToken), number: number, span: span(nameToken, semicolon),
          nameSpan: span(nameToken), numberSpan: numberSpan, options: options,
          comments: comments(first: firstIndex, last: index - 1)))
    }
  }

  /// `service Name { rpc M(A) returns (stream B); option ...; }`.
  mutating func parseService() throws(ProtoSyntaxError) -> ProtoService {
    let first = index
    let keyword = advance()
    let nameToken = try expectIdentifier("after 'service'")
    let openIndex = index
    try expect(UInt8(ascii: "{"), "after service name")
    let name = text(nameToken)
    var service = ProtoService(
      name: name, fullName: qualify(name, in: package), span: span(keyword),
      nameSpan: span(nameToken), comments: comments(first: first, last: openIndex))
    while !at(UInt8(ascii: "}")) {
      if atEnd { throw expected("'}'", "to close service '\(name)'") }
      let start = index
      do throws(ProtoSyntaxError) {
        if consume(UInt8(ascii: ";")) {
        } else if atWord("option") {
          service.options.append(try parseOptionStatement())
        } else if atWord("rpc") {
          service.methods.append(try parseMethod())
        } else {
          throw expected("'rpc' or 'option'", "in service body")
        }
      } catch {
        report(error)
        skipStatement(from: start)
      }
      if index == start { advance() }
    }
    service.span = span(keyword, advance())
    return service
  }

  private mutating func parseMethod() throws(ProtoSyntaxError) -> ProtoMethod {
    let firstIndex = index
    let keyword = advance()
    let nameToken = try expectIdentifier("after 'rpc'")
    let input = try parseMethodType("request")
    guard atWord("returns") else { throw expected("'returns'", "after request type") }
    advance()
    let output = try parseMethodType("response")
    var method = ProtoMethod(
      name: text(nameToken), inputType: input.name, outputType: output.name,
      clientStreaming: input.stream != nil, serverStreaming: output.stream != nil,
      span: span(keyword), nameSpan: span(nameToken), inputTypeSpan: input.span,
      outputTypeSpan: output.span, clientStreamingSpan: input.stream,
      serverStreamingSpan: output.stream)
    if at(UInt8(ascii: "{")) {
      let openIndex = index
      advance()
      while !at(UInt8(ascii: "}")) {
        if atEnd { throw expected("'}'", "to close rpc '\(method.name)'") }
        let start = index
        do throws(ProtoSyntaxError) {
          if consume(UInt8(ascii: ";")) {
          } else if atWord("option") {
            method.options.append(try parseOptionStatement())
          } else {
            throw expected("'option'", "in rpc body")
          }
        } catch {
          report(error)
          skipStatement(from: start)
        }
        if index == start { advance() }
      }
      method.span = span(keyword, advance())
      method.comments = comments(first: firstIndex, last: openIndex)
    } else {
      let semicolon = try expect(UInt8(ascii: ";"), "after rpc declaration")
      method.span = span(keyword, semicolon)
      method.comments = comments(first: firstIndex, last: index - 1)
    }
    return method
  }

  private mutating func parseMethodType(
    _ what: String
  ) throws(ProtoSyntaxError) -> (name: String, span: SourceSpan, stream: SourceSpan?) {
    try expect(UInt8(ascii: "("), "before \(what) type")
    var stream: SourceSpan?
    if atWord("stream") && (peek(1).kind == .identifier || isSymbol(peek(1), UInt8(ascii: "."))) {
      stream = span(advance())
    }
    let (name, first, last) = try parseDottedName("as \(what) type", allowLeadingDot: true)
    try expect(UInt8(ascii: ")"), "after \(what) type")
    return (name, span(first, last), stream)
  }
}
