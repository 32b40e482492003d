import SchemaModel

/// The byte-level RFC 8259 parser behind `JSONReader`.
///
/// It is iterative: open arrays and objects live on an explicit stack of frames and their
/// finished children on one `JSONPendingMembers` stack, so nesting costs heap, never call stack.
/// Line and column are tracked only while skipping whitespace (strings cannot contain raw line
/// breaks); error positions are recomputed from the start of the text, which is rare and simple.
struct JSONScanner {
  /// An array or object that is open while its children are read.
  private struct Frame {
    var isObject: Bool
    var position: TextPosition
    /// Where this container's children start in the pending members.
    var start: Int
    /// The keys seen so far, built only once an object has many members.
    var keySet: Set<String>?
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let count: Int
  private let options: JSONReader.Options
  private let textStart: Int
  private var index: Int
  private var line = 1
  private var lineStart: Int
  /// Short strings already made, shared by their bytes.
  private let stringCache: JSONStringCache
  /// Reused buffer for strings with escapes.
  private var scratch: [UInt8] = []
  /// The last string read: its raw content range, or its decoded bytes in `scratch`.
  private var lastStringHadEscapes = false
  private var lastStringStart = 0
  private var lastStringEnd = 0

  /// Objects with more members than this check duplicates with a set instead of a scan.
  private static let linearKeyCheckLimit = 32

  /// Parses the whole text: one value with only whitespace around it.
  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, options: JSONReader.Options
  ) throws(JSONSyntaxError) -> JSONValue {
    var scanner = JSONScanner(bytes: bytes, options: options)
    defer { scanner.stringCache.release() }
    return try scanner.parseDocument()
  }

  private init(bytes: UnsafeBufferPointer<UInt8>, options: JSONReader.Options) {
    self.bytes = bytes
    self.count = bytes.count
    self.options = options
    self.stringCache = JSONStringCache(textSize: bytes.count)
    // A UTF-8 byte order mark is skipped and does not count as columns, as editors show it.
    let hasBOM = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    self.textStart = hasBOM ? 3 : 0
    self.index = textStart
    self.lineStart = textStart
  }

  private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard index < count else { throw failure(.emptyInput, at: index) }
    let root = try parseTree()
    skipWhitespace()
    guard index >= count else {
      throw failure(.trailingContent(found: describe(index)), at: index)
    }
    return root
  }

  // MARK: - Tree

  private mutating func parseTree() throws(JSONSyntaxError) -> JSONValue {
    var frames: [Frame] = []
    var pending = JSONPendingMembers()
    defer { pending.release() }

    while true {
      skipWhitespace()
      guard index < count else {
        throw failure(.unexpectedEnd(expected: "a value"), at: index)
      }
      let position = currentPosition
      var value: JSONValue
      switch bytes[index] {
      case UInt8(ascii: "\""):
        value = JSONValue(.string(try parseString()), at: position)
      case UInt8(ascii: "{"):
        guard frames.count < options.maxDepth else {
          throw failure(.nestingTooDeep(limit: options.maxDepth), at: index)
        }
        index += 1
        skipWhitespace()
        if index < count && bytes[index] == UInt8(ascii: "}") {
          index += 1
          value = JSONValue(.object([]), at: position)
        } else {
          frames.append(
            Frame(isObject: true, position: position, start: pending.count, keySet: nil))
          try parseKey(afterComma: nil, frames: &frames, pending: &pending)
          continue
        }
      case UInt8(ascii: "["):
        guard frames.count < options.maxDepth else {
          throw failure(.nestingTooDeep(limit: options.maxDepth), at: index)
        }
        index += 1
        skipWhitespace()
        if index < count && bytes[index] == UInt8(ascii: "]") {
          index += 1
          value = JSONValue(.array([]), at: position)
        } else {
          frames.append(
            Frame(isObject: false, position: position, start: pending.count, keySet: nil))
          continue
        }
      case UInt8(ascii: "t"):
        try expectLiteral("true")
        value = JSONValue(.bool(true), at: position)
      case UInt8(ascii: "f"):
        try expectLiteral("false")
        value = JSONValue(.bool(false), at: position)
      case UInt8(ascii: "n"):
        try expectLiteral("null")
        value = JSONValue(.null, at: position)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = JSONValue(.number(try parseNumber()), at: position)
      default:
        throw failure(valueProblem(at: index), at: index)
      }

      // Attach the value to its container; close every container that ends right after it.
      while true {
        let depth = frames.count
        if depth == 0 { return value }
        let isObject = frames[depth - 1].isObject
        if isObject {
          pending.setLastValue(value)
        } else {
          pending.append(
            JSONMember(key: "", keyPosition: position, value: value), fingerprint: 0)
        }
        skipWhitespace()
        guard index < count else {
          throw failure(
            .unexpectedEnd(expected: isObject ? "',' or '}'" : "',' or ']'"), at: index)
        }
        let byte = bytes[index]
        if byte == UInt8(ascii: ",") {
          let comma = index
          index += 1
          if isObject {
            try parseKey(afterComma: comma, frames: &frames, pending: &pending)
          } else {
            skipWhitespace()
            if index < count && bytes[index] == UInt8(ascii: "]") {
              throw failure(.trailingComma(before: "]"), at: comma)
            }
          }
          break
        }
        if isObject {
          guard byte == UInt8(ascii: "}") else {
            throw failure(.expectedCommaOrBrace(found: describe(index)), at: index)
          }
          let frame = frames.removeLast()
          value = JSONValue(.object(pending.takeMembers(from: frame.start)), at: frame.position)
        } else {
          guard byte == UInt8(ascii: "]") else {
            throw failure(.expectedCommaOrBracket(found: describe(index)), at: index)
          }
          let frame = frames.removeLast()
          value = JSONValue(.array(pending.takeValues(from: frame.start)), at: frame.position)
        }
        index += 1
      }
    }
  }

  /// Reads `"key"` and `:` of the next member of the innermost object, checking duplicates.
  private mutating func parseKey(
    afterComma comma: Int?, frames: inout [Frame], pending: inout JSONPendingMembers
  ) throws(JSONSyntaxError) {
    skipWhitespace()
    guard index < count else {
      throw failure(.unexpectedEnd(expected: "a string key"), at: index)
    }
    let byte = bytes[index]
    guard byte == UInt8(ascii: "\"") else {
      if let comma, byte == UInt8(ascii: "}") {
        throw failure(.trailingComma(before: "}"), at: comma)
      }
      if byte == UInt8(ascii: "'") { throw failure(.singleQuotes, at: index) }
      if byte == UInt8(ascii: "/") { throw failure(.comment, at: index) }
      let found = describe(index)
      throw failure(
        comma == nil ? .expectedKey(found: found) : .expectedKeyAfterComma(found: found),
        at: index)
    }
    let keyOffset = index
    let keyPosition = currentPosition
    let key = try parseString()
    let fingerprint = lastStringFingerprint()
    if !options.allowDuplicateKeys {
      let top = frames.count - 1
      let start = frames[top].start
      if pending.count - start <= JSONScanner.linearKeyCheckLimit {
        for earlier in start..<pending.count
        where pending.fingerprint(at: earlier) == fingerprint && pending.key(at: earlier) == key {
          throw failure(.duplicateKey(key), at: keyOffset)
        }
      } else {
        var seen = frames[top].keySet.take() ?? Set((start..<pending.count).map(pending.key(at:)))
        let inserted = seen.insert(key).inserted
        frames[top].keySet = seen
        if !inserted { throw failure(.duplicateKey(key), at: keyOffset) }
      }
    }
    pending.append(
      JSONMember(key: key, keyPosition: keyPosition, value: JSONValue(.null, at: keyPosition)),
      fingerprint: fingerprint)
    skipWhitespace()
    guard index < count else {
      throw failure(.unexpectedEnd(expected: "':' after object key"), at: index)
    }
    guard bytes[index] == UInt8(ascii: ":") else {
      throw failure(.expectedColon(found: describe(index)), at: index)
    }
    index += 1
  }

  /// A cheap fingerprint of the decoded key just read (its length and four of its bytes):
  /// different fingerprints prove keys differ; equal ones are confirmed by comparing strings.
  @inline(__always)
  private func lastStringFingerprint() -> UInt64 {
    if lastStringHadEscapes {
      return scratch.withUnsafeBufferPointer { Self.fingerprint($0, from: 0, to: $0.count) }
    }
    return Self.fingerprint(bytes, from: lastStringStart, to: lastStringEnd)
  }

  @inline(__always)
  private static func fingerprint(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> UInt64 {
    let length = end - start
    guard length > 0 else { return 0 }
    return UInt64(truncatingIfNeeded: length) << 32
      | UInt64(buffer[start]) << 24 | UInt64(buffer[end - 1]) << 16
      | UInt64(buffer[start + length / 2]) << 8 | UInt64(buffer[start + length / 3])
  }

  // MARK: - Scalars

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let length = literal.utf8CodeUnitCount
    let expected = literal.utf8Start
    for offset in 0..<length {
      let at = index + offset
      guard at < count else {
        throw failure(.unexpectedEnd(expected: "'\(literal)'"), at: at)
      }
      guard bytes[at] == expected[offset] else {
        throw failure(.invalidLiteral(expected: "\(literal)"), at: index)
      }
    }
    index += length
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
    let start = index
    var at = index
    if bytes[at] == UInt8(ascii: "-") {
      at += 1
      guard at < count else { throw failure(.expectedDigit(after: "'-'"), at: at) }
    }
    let first = bytes[at]
    if first == UInt8(ascii: "0") {
      at += 1
      if at < count && isDigit(bytes[at]) { throw failure(.leadingZero, at: start) }
    } else if isDigit(first) {
      at += 1
      while at < count && isDigit(bytes[at]) { at += 1 }
    } else if first == UInt8(ascii: "I") && matches("Infinity", at: at) {
      throw failure(.notANumber("-Infinity"), at: start)
    } else {
      throw failure(.expectedDigit(after: "'-'"), at: at)
    }
    if at < count && bytes[at] == UInt8(ascii: ".") {
      at += 1
      guard at < count && isDigit(bytes[at]) else {
        throw failure(.expectedDigit(after: "'.'"), at: at)
      }
      while at < count && isDigit(bytes[at]) { at += 1 }
    }
    if at < count && bytes[at] | 0x20 == UInt8(ascii: "e") {
      at += 1
      if at < count && (bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-")) {
        at += 1
      }
      guard at < count && isDigit(bytes[at]) else {
        throw failure(.expectedDigit(after: "the exponent 'e'"), at: at)
      }
      while at < count && isDigit(bytes[at]) { at += 1 }
    }
    index = at
    return JSONNumber(text: text(from: start, to: at))
  }

  /// Reads a string starting at its opening quote; the fast path has no escapes.
  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = index + 1
    var at = start
    while at < count {
      at = skipPlainASCII(from: at)
      guard at < count else { break }
      let byte = bytes[at]
      if byte == UInt8(ascii: "\"") {
        index = at + 1
        lastStringHadEscapes = false
        lastStringStart = start
        lastStringEnd = at
        return stringCache.string(bytes, from: start, to: at)
      }
      if byte == UInt8(ascii: "\\") {
        return try parseEscapedString(contentStart: start, firstEscape: at)
      }
      if byte < 0x20 { throw failure(.controlCharacter(byte), at: at) }
      if byte < 0x80 {
        at += 1
      } else {
        at += try validatedSequenceLength(at: at)
      }
    }
    throw failure(.unexpectedEndInString, at: count)
  }

  private mutating func parseEscapedString(
    contentStart: Int, firstEscape: Int
  ) throws(JSONSyntaxError) -> String {
    lastStringHadEscapes = true
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<firstEscape]))
    var at = firstEscape
    while at < count {
      let byte = bytes[at]
      if byte == UInt8(ascii: "\"") {
        index = at + 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        at = try appendEscape(at: at)
        continue
      }
      // A run of plain bytes up to the next quote, backslash or problem.
      let runStart = at
      while at < count {
        let plain = bytes[at]
        if plain == UInt8(ascii: "\"") || plain == UInt8(ascii: "\\") { break }
        if plain < 0x20 { throw failure(.controlCharacter(plain), at: at) }
        if plain < 0x80 {
          at += 1
        } else {
          at += try validatedSequenceLength(at: at)
        }
      }
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
    }
    throw failure(.unexpectedEndInString, at: count)
  }

  /// Decodes the escape at `backslash` into `scratch`; returns the offset after it.
  private mutating func appendEscape(at backslash: Int) throws(JSONSyntaxError) -> Int {
    let at = backslash + 1
    guard at < count else { throw failure(.unexpectedEndInString, at: count) }
    let decoded: UInt8
    switch bytes[at] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded = bytes[at]
    case UInt8(ascii: "b"): decoded = 0x08
    case UInt8(ascii: "f"): decoded = 0x0C
    case UInt8(ascii: "n"): decoded = 0x0A
    case UInt8(ascii: "r"): decoded = 0x0D
    case UInt8(ascii: "t"): decoded = 0x09
    case UInt8(ascii: "u"):
      return try appendUnicodeEscape(at: backslash)
    default:
      throw failure(.invalidEscape(found: describeEscape(at)), at: backslash)
    }
    scratch.append(decoded)
    return at + 1
  }

  /// Decodes `\uXXXX` (and its low surrogate partner) at `backslash` into `scratch`.
  private mutating func appendUnicodeEscape(at backslash: Int) throws(JSONSyntaxError) -> Int {
    let unit = try hexUnit(at: backslash + 2, escape: backslash)
    var next = backslash + 6
    var scalar = unit
    if unit >= 0xD800 && unit <= 0xDBFF {
      guard next + 1 < count else {
        if next >= count { throw failure(.unexpectedEndInString, at: count) }
        throw failure(.loneSurrogate(text(from: backslash, to: next)), at: backslash)
      }
      guard bytes[next] == UInt8(ascii: "\\") && bytes[next + 1] == UInt8(ascii: "u") else {
        throw failure(.loneSurrogate(text(from: backslash, to: next)), at: backslash)
      }
      let low = try hexUnit(at: next + 2, escape: next)
      guard low >= 0xDC00 && low <= 0xDFFF else {
        throw failure(.loneSurrogate(text(from: backslash, to: next)), at: backslash)
      }
      scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      next += 6
    } else if unit >= 0xDC00 && unit <= 0xDFFF {
      throw failure(.loneSurrogate(text(from: backslash, to: next)), at: backslash)
    }
    appendUTF8(scalar)
    return next
  }

  /// The four hex digits at `start` of the `\u` escape at `escape`.
  private func hexUnit(at start: Int, escape: Int) throws(JSONSyntaxError) -> UInt32 {
    var unit: UInt32 = 0
    for offset in 0..<4 {
      guard start + offset < count else { throw failure(.unexpectedEndInString, at: count) }
      let byte = bytes[start + offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- UInt8(ascii: "A") &+ 10
      default: throw failure(.invalidUnicodeEscape, at: escape)
      }
      unit = unit << 4 | UInt32(digit)
    }
    return unit
  }

  private mutating func appendUTF8(_ scalar: UInt32) {
    if scalar < 0x80 {
      scratch.append(UInt8(truncatingIfNeeded: scalar))
    } else if scalar < 0x800 {
      scratch.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    } else if scalar < 0x10000 {
      scratch.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    } else {
      scratch.append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    }
  }

  private func validatedSequenceLength(at offset: Int) throws(JSONSyntaxError) -> Int {
    guard let length = UTF8Validation.sequenceLength(bytes, at: offset) else {
      throw failure(.invalidUTF8(UTF8Validation.problem(bytes, at: offset)), at: offset)
    }
    return length
  }

  /// Skips 8-byte words of string content that need no attention: no quote, backslash,
  /// control character or non-ASCII byte. Returns where byte-by-byte scanning must resume.
  @inline(__always)
  private func skipPlainASCII(from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var at = start
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while at + 8 <= count {
      let word = UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)
      let quotes = word ^ (ones &* 0x22)
      let backslashes = word ^ (ones &* 0x5C)
      // Each term has a high bit set when some byte is zero (a quote or backslash), below 0x20,
      // or non-ASCII; false alarms only send the caller to its exact byte loop.
      let special =
        ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
        | ((word &- ones &* 0x20) & ~word) | word
      if special & highs != 0 { return at }
      at += 8
    }
    return at
  }

  // MARK: - Whitespace and positions

  @inline(__always)
  private mutating func skipWhitespace() {
    while index < count {
      let byte = bytes[index]
      if byte > 0x20 { return }
      if byte == 0x20 || byte == 0x09 {
        index += 1
      } else if byte == 0x0A {
        index += 1
        line += 1
        lineStart = index
        skipIndentation()
      } else if byte == 0x0D {
        index += 1
        // CRLF counts once (at its LF); a lone CR ends a line too.
        if index < count && bytes[index] == 0x0A { continue }
        line += 1
        lineStart = index
      } else {
        return
      }
    }
  }

  /// Skips the spaces that indent pretty-printed JSON 8 at a time.
  @inline(__always)
  private mutating func skipIndentation() {
    guard let base = bytes.baseAddress else { return }
    while index + 8 <= count
      && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020
    {
      index += 8
    }
  }

  @inline(__always)
  private var currentPosition: TextPosition {
    TextPosition(line: line, column: index - lineStart + 1)
  }

  /// The position of any offset, counted from the start; used only for errors.
  private func position(of offset: Int) -> TextPosition {
    var line = 1
    var lineStart = textStart
    var at = textStart
    let end = min(offset, count)
    while at < end {
      let byte = bytes[at]
      at += 1
      if byte == 0x0A || (byte == 0x0D && !(at < count && bytes[at] == 0x0A)) {
        line += 1
        lineStart = at
      }
    }
    return TextPosition(line: line, column: offset - lineStart + 1)
  }

  /// The error for `problem` at `offset`; ill-formed UTF-8 is reported as such wherever it is.
  private func failure(_ problem: JSONSyntaxProblem, at offset: Int) -> JSONSyntaxError {
    if problem.ruleID == "PARSE_UNEXPECTED_TOKEN" && offset < count && bytes[offset] >= 0x80
      && UTF8Validation.sequenceLength(bytes, at: offset) == nil
    {
      let invalid = JSONSyntaxProblem.invalidUTF8(UTF8Validation.problem(bytes, at: offset))
      return JSONSyntaxError(invalid, at: position(of: offset))
    }
    return JSONSyntaxError(problem, at: position(of: offset))
  }

  // MARK: - Helpers

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  @inline(__always)
  private func text(from start: Int, to end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  private func matches(_ word: StaticString, at offset: Int) -> Bool {
    let length = word.utf8CodeUnitCount
    guard offset + length <= count else { return false }
    for position in 0..<length where bytes[offset + position] != word.utf8Start[position] {
      return false
    }
    return true
  }

  private func describe(_ offset: Int) -> String {
    JSONSyntaxProblem.describe(bytes, at: offset)
  }

  /// How a message names the bad escape whose letter is at `offset`: `'\x'`, or
  /// `'\' followed by U+000A` when the letter is not printable ASCII.
  private func describeEscape(_ offset: Int) -> String {
    let byte = bytes[offset]
    if byte >= 0x21 && byte < 0x7F { return "'\\\(Character(Unicode.Scalar(byte)))'" }
    return "'\\' followed by " + describe(offset)
  }

  /// What to say when a value was expected at `offset` and something else stands there.
  private func valueProblem(at offset: Int) -> JSONSyntaxProblem {
    switch bytes[offset] {
    case UInt8(ascii: "'"): return .singleQuotes
    case UInt8(ascii: "/"): return .comment
    case UInt8(ascii: "+"): return .leadingPlus
    case UInt8(ascii: "."): return .leadingDot
    case UInt8(ascii: "N") where matches("NaN", at: offset): return .notANumber("NaN")
    case UInt8(ascii: "I") where matches("Infinity", at: offset): return .notANumber("Infinity")
    default: return .expectedValue(found: describe(offset))
    }
  }
}
