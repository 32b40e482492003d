import SchemaModel

/// The parser's state: the token stream, a cursor, and the diagnostics so far.
struct ProtoParserCore {
  let bytes: [UInt8]
  let tokens: [ProtoToken]
  /// Comments around tokens, keyed by token index.
  let tokenComments: [Int: ProtoTokenComments]
  let file: String
  var index = 0
  var diagnostics: [Diagnostic] = []
  var syntax: ProtoSyntax = .proto2
  var package: String?
  /// Current message nesting.
  var depth = 0

  init(bytes: [UInt8], lexer: ProtoLexer, file: String) {
    self.bytes = bytes
    self.tokens = lexer.tokens
    self.tokenComments = lexer.comments
    self.file = file
  }

  // MARK: Cursor

  var current: ProtoToken { tokens[index] }

  func peek(_ offset: Int) -> ProtoToken { tokens[min(index + offset, tokens.count - 1)] }

  var atEnd: Bool { tokens[index].kind == .end }

  @discardableResult
  mutating func advance() -> ProtoToken {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  var previous: ProtoToken { tokens[max(index - 1, 0)] }

  func text(_ token: ProtoToken) -> String {
    String(decoding: bytes[token.start..<token.end], as: UTF8.self)
  }

  func isSymbol(_ token: ProtoToken, _ symbol: UInt8) -> Bool {
    token.kind == .symbol && bytes[token.start] == symbol
  }

  func isWord(_ token: ProtoToken, _ word: StaticString) -> Bool {
    guard token.kind == .identifier, token.end - token.start == word.utf8CodeUnitCount else {
      return false
    }
    return word.withUTF8Buffer { buffer in
      var offset = 0
      while offset < buffer.count {
        if buffer[offset] != bytes[token.start + offset] { return false }
        offset += 1
      }
      return true
    }
  }

  func at(_ symbol: UInt8) -> Bool { isSymbol(current, symbol) }

  func atWord(_ word: StaticString) -> Bool { isWord(current, word) }

  mutating func consume(_ symbol: UInt8) -> Bool {
    guard at(symbol) else { return false }
    advance()
    return true
  }

  func describe(_ token: ProtoToken) -> String {
    switch token.kind {
    case .end: "end of file"
    case .string: "a string"
    case .invalid: "an invalid character"
    default: "'\(text(token).prefix(40))'"
    }
  }

  func error(_ message: String, at token: ProtoToken) -> ProtoSyntaxError {
    ProtoSyntaxError(message: message, position: token.startPosition)
  }

  func expected(_ what: String, _ context: String) -> ProtoSyntaxError {
    error("expected \(what) \(context), found \(describe(current))", at: current)
  }

  @discardableResult
  mutating func expect(_ symbol: UInt8, _ context: String) throws(ProtoSyntaxError) -> ProtoToken {
    guard at(symbol) else {
      throw expected("'\(Character(UnicodeScalar(symbol)))'", context)
    }
    return advance()
  }

  mutating func expectIdentifier(_ context: String) throws(ProtoSyntaxError) -> ProtoToken {
    guard current.kind == .identifier else { throw expected("a name", context) }
    return advance()
  }

  // MARK: Spans and diagnostics

  func span(_ first: ProtoToken, _ last: ProtoToken) -> SourceSpan {
    SourceSpan(start: first.startPosition, end: last.endPosition)
  }

  func span(_ token: ProtoToken) -> SourceSpan { span(token, token) }

  mutating func report(_ ruleID: RuleID, _ message: String, at position: TextPosition) {
    diagnostics.append(
      Diagnostic(
        ruleID: ruleID, severity: .error, message: message,
        location: SourceLocation(file: file, position: position)))
  }

  mutating func report(_ error: ProtoSyntaxError) {
    // An unclosed body at end of file fails every enclosing body at the same place: say it once.
    if let last = diagnostics.last, last.ruleID == error.ruleID,
      last.location?.line == Int(error.position.line),
      last.location?.column == Int(error.position.column)
    {
      return
    }
    report(error.ruleID, error.message, at: error.position)
  }

  /// Comments of a statement: leading and detached before its first token, trailing after its
  /// last token (`;` or `{`).
  func comments(first: Int, last: Int) -> ProtoComments {
    let before = tokenComments[first]
    return ProtoComments(
      leading: before?.leading, trailing: tokenComments[last]?.trailing,
      detached: before?.detached ?? [])
  }

  // MARK: Recovery

  /// Skips the rest of a broken statement that began at token `start`: through the next `;`
  /// or the `}` balancing the braces the statement opened, or up to (not past) a `}` that
  /// closes the enclosing body. At top level a stray `}` is skipped too. Always iterative.
  mutating func skipStatement(from start: Int, topLevel: Bool = false) {
    var depth = 0
    for position in start..<index {
      if isSymbol(tokens[position], UInt8(ascii: "{")) {
        depth += 1
      } else if isSymbol(tokens[position], UInt8(ascii: "}")) {
        depth = max(depth - 1, 0)
      }
    }
    let openedByStatement = depth > 0
    while !atEnd {
      if at(UInt8(ascii: "}")) {
        if depth == 0 {
          // The `}` closing the enclosing body stays for the body's loop.
          guard topLevel else { return }
          advance()
          continue
        }
        depth -= 1
        advance()
        if depth == 0 && openedByStatement && !at(UInt8(ascii: ";")) { return }
        if depth == 0 && !openedByStatement { return }
        continue
      }
      if at(UInt8(ascii: "{")) {
        depth += 1
      } else if at(UInt8(ascii: ";")) && depth == 0 {
        advance()
        return
      }
      advance()
    }
  }

  /// Skips a balanced block whose opening bracket is the current token.
  mutating func skipBlock(open: UInt8, close: UInt8) {
    var depth = 0
    while !atEnd {
      if at(open) {
        depth += 1
      } else if at(close) {
        depth -= 1
        if depth <= 0 {
          advance()
          return
        }
      }
      advance()
    }
  }

  // MARK: Names

  /// `a.b.c` (with a leading `.` when `allowLeadingDot`): the text and its first/last token.
  mutating func parseDottedName(
    _ context: String, allowLeadingDot: Bool = false
  ) throws(ProtoSyntaxError) -> (name: String, first: ProtoToken, last: ProtoToken) {
    let first = current
    var name = ""
    if allowLeadingDot && at(UInt8(ascii: ".")) {
      advance()
      name = "."
    }
    let head = try expectIdentifier(context)
    name += text(head)
    var last = head
    while at(UInt8(ascii: ".")) && peek(1).kind == .identifier {
      advance()
      last = advance()
      name += "." + text(last)
    }
    return (name, first, last)
  }

  func qualify(_ name: String, in scope: String?) -> String {
    guard let scope, !scope.isEmpty else { return name }
    return scope + "." + name
  }
}
