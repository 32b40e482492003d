import SchemaModel

extension ProtoParserCore {
  /// A field (`repeated string tags = 3 [deprecated = true];`), a map field, or a proto2 group
  /// (which also returns the group's message).
  mutating func parseField(
    scope: String, oneofIndex: Int?, inOneof: Bool
  ) throws(ProtoSyntaxError) -> (ProtoField, ProtoMessage?) {
    let firstIndex = index
    let first = current
    var label: ProtoLabel?
    var labelSpan: SourceSpan?
    if let word = labelAtCursor(),
      peek(1).kind == .identifier || isSymbol(peek(1), UInt8(ascii: ".")),
      !isSymbol(peek(2), UInt8(ascii: "="))
    {
      label = word
      labelSpan = span(advance())
    }
    let typeFirst = current
    var type: ProtoFieldType
    var isGroupCandidate = false
    if atWord("map") && isSymbol(peek(1), UInt8(ascii: "<")) {
      type = try parseMapType()
    } else {
      guard current.kind == .identifier || at(UInt8(ascii: ".")) else {
        throw expected("a field type", inOneof ? "in oneof" : "in message body")
      }
      let (name, _, _) = try parseDottedName("as field type", allowLeadingDot: true)
      if let scalar = ProtoScalar(rawValue: name) {
        type = .scalar(scalar)
      } else {
        type = .named(name)
        isGroupCandidate = name == "group"
      }
    }
    let typeSpan = span(typeFirst, previous)
    let nameToken = try expectIdentifier("after field type")
    try expect(UInt8(ascii: "="), "after field name")
    let numberFirst = current
    let number = try parseIntegerValue(allowNegative: true, context: "after '='")
    let numberSpan = span(numberFirst, previous)
    var options: [ProtoOption] = []
    if at(UInt8(ascii: "[")) { options = try parseBracketedOptions() }
    var name = text(nameToken)
    var field = ProtoField(
      name: name, number: number, label: label, type: type, oneofIndex: oneofIndex,
      options: options, span: span(first), nameSpan: span(nameToken), numberSpan: numberSpan,
      typeSpan: typeSpan, labelSpan: labelSpan)
    if isGroupCandidate && at(UInt8(ascii: "{")) {
      let openIndex = index
      let groupName = name
      name = groupName.lowercased()
      field.name = name
      field.type = .group(groupName)
      var group = ProtoMessage(
        name: groupName, fullName: qualify(groupName, in: scope), span: span(first),
        nameSpan: span(nameToken), isGroup: true)
      if depth >= ProtoLimits.maximumNesting {
        report(
          "PROTO_NESTING_TOO_DEEP",
          "messages nested more than \(ProtoLimits.maximumNesting) levels deep",
          at: first.startPosition)
        skipBlock(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"))
        field.span = span(first, previous)
        return (field, nil)
      }
      advance()
      // protoc attaches a group's comments to its message, not to the field.
      group.comments = comments(first: firstIndex, last: openIndex)
      depth += 1
      defer { depth -= 1 }
      try parseMessageBody(into: &group)
      field.span = span(first, previous)
      group.span = field.span
      return (field, group)
    }
    let semicolon = try expect(
      UInt8(ascii: ";"), options.isEmpty ? "after field number" : "after field options")
    field.span = span(first, semicolon)
    field.comments = comments(first: firstIndex, last: index - 1)
    return (field, nil)
  }

  /// The label keyword at the cursor, if it is one (the caller checks it is used as a label).
  private func labelAtCursor() -> ProtoLabel? {
    if atWord("optional") { return .optional }
    if atWord("repeated") { return .repeated }
    if atWord("required") { return .required }
    return nil
  }

  /// `map<K, V>`; a key that is not an integral, bool or string scalar is reported.
  private mutating func parseMapType() throws(ProtoSyntaxError) -> ProtoFieldType {
    advance()
    advance()  // '<'
    let keyToken = current
    let (keyName, _, _) = try parseDottedName("as map key type", allowLeadingDot: true)
    try expect(UInt8(ascii: ","), "after map key type")
    let (valueName, _, _) = try parseDottedName("as map value type", allowLeadingDot: true)
    try expect(UInt8(ascii: ">"), "after map value type")
    let key: ProtoScalar
    if let scalar = ProtoScalar(rawValue: keyName), ![.double, .float, .bytes].contains(scalar) {
      key = scalar
    } else {
      report(
        "PROTO_INVALID_MAP_KEY",
        "map key type '\(keyName)' is not allowed: use an integer type, bool or string",
        at: keyToken.startPosition)
      key = ProtoScalar(rawValue: keyName) ?? .string
    }
    let value: ProtoFieldType =
      ProtoScalar(rawValue: valueName).map { .scalar($0) } ?? .named(valueName)
    return .map(key: key, value: value)
  }

  /// `extend Foo { fields }`; groups declared inside are returned to go into the scope.
  mutating func parseExtend(scope: String?) throws(ProtoSyntaxError) -> (
    ProtoExtend, [ProtoMessage]
  ) {
    let first = index
    let keyword = advance()
    let (extendee, extendeeFirst, extendeeLast) = try parseDottedName(
      "after 'extend'", allowLeadingDot: true)
    let openIndex = index
    try expect(UInt8(ascii: "{"), "after extended message name")
    var extend = ProtoExtend(
      extendee: extendee, span: span(keyword), extendeeSpan: span(extendeeFirst, extendeeLast),
      comments: comments(first: first, last: openIndex))
    var groups: [ProtoMessage] = []
    while !at(UInt8(ascii: "}")) {
      if atEnd { throw expected("'}'", "to close extend block") }
      let start = index
      do throws(ProtoSyntaxError) {
        if !consume(UInt8(ascii: ";")) {
          let (field, group) = try parseField(scope: scope ?? "", oneofIndex: nil, inOneof: false)
          extend.fields.append(field)
          if let group { groups.append(group) }
        }
      } catch {
        report(error)
        skipStatement(from: start)
      }
      if index == start { advance() }
    }
    extend.span = span(keyword, advance())
    return (extend, groups)
  }
}
