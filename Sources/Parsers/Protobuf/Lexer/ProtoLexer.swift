import SchemaModel

/// A problem the lexer found (unterminated string or comment, malformed number).
struct ProtoLexProblem: Sendable {
  var message: String
  var position: TextPosition
}

/// Splits a `.proto` file into tokens, attaching comments the way protoc's tokenizer does.
/// Works on bytes: identifiers, numbers and punctuation are ASCII; strings and comments may hold
/// any UTF-8.
struct ProtoLexer {
  private let bytes: [UInt8]
  private var position = 0
  private var line = 1
  private var lineStart = 0
  /// A known (offset, 0-based column) on the current line, so columns cost O(1) amortised.
  private var checkpointOffset = 0
  private var checkpointColumn = 0
  private(set) var tokens: [ProtoToken] = []
  /// Comments keyed by token index (sparse: most tokens have none).
  private(set) var comments: [Int: ProtoTokenComments] = [:]
  private(set) var problems: [ProtoLexProblem] = []

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // About one token per 6 bytes in real files; growing past that is amortised.
    tokens.reserveCapacity(bytes.count / 6 + 1)
  }

  /// Lexes the whole input; the last token is always `.end`.
  mutating func run() {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      position = 3
      startLine(at: 3)
    }
    var isFirst = true
    while true {
      let more = nextWithComments(isFirst: isFirst)
      isFirst = false
      if !more { break }
    }
  }

  private enum CommentStart { case line, block, none }

  private var current: UInt8 { position < bytes.count ? bytes[position] : 0 }

  private func byte(at offset: Int) -> UInt8 {
    position + offset < bytes.count ? bytes[position + offset] : 0
  }

  private var column: Int { mutating get { column(at: position) } }

  private mutating func startLine(at offset: Int) {
    lineStart = offset
    checkpointOffset = offset
    checkpointColumn = 0
  }

  /// The 1-based column of `offset` on the current line as protoc and Buf count it: one per
  /// byte, and a tab advances to the next multiple of 8.
  private mutating func column(at offset: Int) -> Int {
    if offset < checkpointOffset {
      checkpointOffset = lineStart
      checkpointColumn = 0
    }
    var column = checkpointColumn
    var index = checkpointOffset
    while index < offset {
      column += bytes[index] == 0x09 ? 8 - column % 8 : 1
      index += 1
    }
    checkpointOffset = offset
    checkpointColumn = column
    return column + 1
  }

  private mutating func skipSpacesNoNewline() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0D, 0x0B, 0x0C: position += 1
      default: return
      }
    }
  }

  private mutating func consumeNewline() -> Bool {
    guard position < bytes.count, bytes[position] == 0x0A else { return false }
    position += 1
    line += 1
    startLine(at: position)
    return true
  }

  private mutating func commentStart() -> CommentStart {
    guard current == UInt8(ascii: "/") else { return .none }
    if byte(at: 1) == UInt8(ascii: "/") {
      position += 2
      return .line
    }
    if byte(at: 1) == UInt8(ascii: "*") {
      position += 2
      return .block
    }
    return .none
  }

  /// Reads a line comment's text after `//`, including its newline.
  private mutating func consumeLineComment(into buffer: inout [UInt8]) {
    let start = position
    while position < bytes.count, bytes[position] != 0x0A { position += 1 }
    buffer.append(contentsOf: bytes[start..<position])
    if consumeNewline() { buffer.append(0x0A) }
  }

  /// Reads a block comment after `/*`: like protoc, drops each continuation line's leading
  /// whitespace and one `*`.
  private mutating func consumeBlockComment(into buffer: inout [UInt8]) {
    let startPosition = TextPosition(line: line, column: column(at: position - 2))
    var recordFrom = position
    while true {
      while position < bytes.count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "*") || byte == 0x0A { break }
        position += 1
      }
      if position >= bytes.count {
        buffer.append(contentsOf: bytes[recordFrom..<position])
        problems.append(
          ProtoLexProblem(message: "unterminated block comment", position: startPosition))
        return
      }
      if bytes[position] == 0x0A {
        position += 1
        buffer.append(contentsOf: bytes[recordFrom..<position])
        line += 1
        startLine(at: position)
        skipSpacesNoNewline()
        if current == UInt8(ascii: "*") {
          position += 1
          if current == UInt8(ascii: "/") {
            position += 1
            return
          }
        }
        recordFrom = position
      } else {
        // At '*'.
        if byte(at: 1) == UInt8(ascii: "/") {
          buffer.append(contentsOf: bytes[recordFrom..<position])
          position += 2
          return
        }
        position += 1
      }
    }
  }

  /// protoc's `Tokenizer::NextWithComments`: reads the comments after the previous token and
  /// the next token. Returns false once the end token is emitted.
  private mutating func nextWithComments(isFirst: Bool) -> Bool {
    var collector = ProtoCommentCollector()
    let previousLine = line
    var trailingCommentEndLine = -1
    if isFirst {
      collector.detachFromPrevious()
    } else {
      skipSpacesNoNewline()
      switch commentStart() {
      case .line:
        trailingCommentEndLine = line
        collector.startLineComment()
        consumeLineComment(into: &collector.buffer)
        collector.flush()
      case .block:
        collector.startBlockComment()
        consumeBlockComment(into: &collector.buffer)
        trailingCommentEndLine = line
        skipSpacesNoNewline()
        // Current protoc (checked against protoc 31 from grpcio-tools): the block is the
        // previous token's trailing comment even when more follows on the same line; a token
        // there detaches it again below (maybeDetachComment), a comment there leads the next
        // token.
        _ = consumeNewline()
        collector.flush()
      case .none:
        if !consumeNewline() { return lexToken() }
      }
    }
    while true {
      skipSpacesNoNewline()
      switch commentStart() {
      case .line:
        collector.startLineComment()
        consumeLineComment(into: &collector.buffer)
      case .block:
        collector.startBlockComment()
        consumeBlockComment(into: &collector.buffer)
        skipSpacesNoNewline()
        _ = consumeNewline()
      case .none:
        if consumeNewline() {
          collector.flush()
          collector.detachFromPrevious()
          continue
        }
        let previousIndex = tokens.count - 1
        let more = lexToken()
        let token = tokens[tokens.count - 1]
        if !more || isClosing(token) { collector.flush() }
        if more && (previousLine == line || trailingCommentEndLine == line) {
          collector.maybeDetachComment()
        }
        record(collector, previousIndex: previousIndex, nextIndex: tokens.count - 1)
        return more
      }
    }
  }

  private func isClosing(_ token: ProtoToken) -> Bool {
    guard token.kind == .symbol else { return false }
    let byte = bytes[token.start]
    return byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")")
  }

  private mutating func record(
    _ collector: ProtoCommentCollector, previousIndex: Int, nextIndex: Int
  ) {
    if previousIndex >= 0, let trailing = collector.previousTrailing {
      comments[previousIndex, default: ProtoTokenComments()].trailing = trailing
    }
    if !collector.detached.isEmpty || collector.leading != nil {
      comments[nextIndex, default: ProtoTokenComments()].detached = collector.detached
      comments[nextIndex, default: ProtoTokenComments()].leading = collector.leading
    }
  }

  /// Lexes one token at the current position (no whitespace or comment there). Returns false
  /// after the end token.
  private mutating func lexToken() -> Bool {
    let start = position
    let startLine = Int32(clamping: line)
    let startColumn = Int32(clamping: column)
    guard position < bytes.count else {
      tokens.append(
        ProtoToken(
          kind: .end, start: start, end: start, line: startLine, column: startColumn,
          endColumn: startColumn))
      return false
    }
    let first = bytes[position]
    let kind: ProtoToken.Kind
    if ProtoLexer.isIdentifierStart(first) {
      position += 1
      while position < bytes.count, ProtoLexer.isIdentifierPart(bytes[position]) { position += 1 }
      kind = .identifier
    } else if ProtoLexer.isDigit(first)
      || (first == UInt8(ascii: ".") && ProtoLexer.isDigit(byte(at: 1)))
    {
      kind = lexNumber()
    } else if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
      lexString(quote: first)
      kind = .string
    } else if first >= 0x21 && first < 0x7F {
      position += 1
      kind = .symbol
    } else {
      // A control byte or a non-ASCII sequence outside a string: one invalid token.
      position += 1
      while position < bytes.count, bytes[position] >= 0x80, bytes[position] < 0xC0 {
        position += 1
      }
      kind = .invalid
    }
    tokens.append(
      ProtoToken(
        kind: kind, start: start, end: position, line: startLine, column: startColumn,
        endColumn: Int32(clamping: column)))
    return true
  }

  private mutating func lexNumber() -> ProtoToken.Kind {
    let startPosition = TextPosition(line: line, column: column)
    var kind = ProtoToken.Kind.integer
    if current == UInt8(ascii: "0"),
      byte(at: 1) == UInt8(ascii: "x") || byte(at: 1) == UInt8(ascii: "X")
    {
      position += 2
      while position < bytes.count, ProtoLexer.isHexDigit(bytes[position]) { position += 1 }
    } else {
      while position < bytes.count, ProtoLexer.isDigit(bytes[position]) { position += 1 }
      if current == UInt8(ascii: ".") {
        kind = .float
        position += 1
        while position < bytes.count, ProtoLexer.isDigit(bytes[position]) { position += 1 }
      }
      if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
        kind = .float
        position += 1
        if current == UInt8(ascii: "-") || current == UInt8(ascii: "+") { position += 1 }
        while position < bytes.count, ProtoLexer.isDigit(bytes[position]) { position += 1 }
      }
    }
    if position < bytes.count, ProtoLexer.isIdentifierPart(bytes[position]) {
      problems.append(
        ProtoLexProblem(
          message: "a number must be followed by a space or punctuation, not a letter",
          position: startPosition))
      while position < bytes.count, ProtoLexer.isIdentifierPart(bytes[position]) {
        position += 1
      }
    }
    return kind
  }

  private mutating func lexString(quote: UInt8) {
    let startPosition = TextPosition(line: line, column: column)
    position += 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == quote {
        position += 1
        return
      }
      if byte == 0x0A { break }
      if byte == UInt8(ascii: "\\") && position + 1 < bytes.count && bytes[position + 1] != 0x0A {
        position += 2
      } else {
        position += 1
      }
    }
    problems.append(
      ProtoLexProblem(message: "unterminated string literal", position: startPosition))
  }

  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
  }

  static func isIdentifierPart(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || isDigit(byte)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
  }
}
