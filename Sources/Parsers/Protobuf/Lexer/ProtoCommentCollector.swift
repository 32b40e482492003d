/// protoc's `CommentCollector` (io/tokenizer.cc): sorts the comments between two tokens into the
/// previous token's trailing comment, detached blocks and the next token's leading comment.
struct ProtoCommentCollector {
  var previousTrailing: String?
  var detached: [String] = []
  var buffer: [UInt8] = []
  var hasComment = false
  var isLineComment = false
  var canAttachToPrevious = true
  var hasTrailingComment = false
  var commentCount = 0

  mutating func startLineComment() {
    // Consecutive line comments form one block; a block comment ends it.
    if hasComment && !isLineComment { flush() }
    hasComment = true
    isLineComment = true
  }

  mutating func startBlockComment() {
    if hasComment { flush() }
    hasComment = true
    isLineComment = false
  }

  mutating func clearBuffer() {
    buffer.removeAll(keepingCapacity: true)
    hasComment = false
  }

  /// The buffered block is complete and not connected to the next token.
  mutating func flush() {
    guard hasComment else { return }
    let text = ProtoCommentCollector.text(buffer)
    if canAttachToPrevious {
      previousTrailing = (previousTrailing ?? "") + text
      hasTrailingComment = true
      canAttachToPrevious = false
    } else {
      detached.append(text)
    }
    clearBuffer()
    commentCount += 1
  }

  mutating func detachFromPrevious() { canAttachToPrevious = false }

  /// A single comment between two tokens on the same line belongs to neither.
  mutating func maybeDetachComment() {
    let count = commentCount + (hasComment ? 1 : 0)
    guard count == 1 else { return }
    if hasTrailingComment, let trailing = previousTrailing {
      detached.insert(trailing, at: 0)
      previousTrailing = nil
    }
    canAttachToPrevious = false
    flush()
  }

  /// What is left in the buffer leads the next token.
  var leading: String? { hasComment ? ProtoCommentCollector.text(buffer) : nil }

  /// protoc keeps the final newline of a line comment; we drop that one newline so a block of
  /// lines is the lines joined with "\n" (each keeping its leading space).
  static func text(_ bytes: [UInt8]) -> String {
    var slice = bytes[...]
    if slice.last == UInt8(ascii: "\n") { slice = slice.dropLast() }
    return String(decoding: slice, as: UTF8.self)
  }
}
