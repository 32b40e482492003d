/// protoc's `CommentCollector` (io/tokenizer.cc): sorts the comments between two tokens into the
/// previous token's trailing comment, detached blocks and the next token's leading comment.
struct ProtoCommentCollector {
  /// The previous token's trailing comment as read (text conversion happens once at the end).
  var previousTrailingBytes: [UInt8]?
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
    if canAttachToPrevious {
      previousTrailingBytes = (previousTrailingBytes ?? []) + buffer
      hasTrailingComment = true
      canAttachToPrevious = false
    } else {
      detached.append(ProtoCommentCollector.text(buffer))
    }
    clearBuffer()
    commentCount += 1
  }

  mutating func detachFromPrevious() { canAttachToPrevious = false }

  /// A single comment between two tokens on the same line belongs to neither.
  mutating func maybeDetachComment() {
    let count = commentCount + (hasComment ? 1 : 0)
    guard count == 1 else { return }
    if hasTrailingComment, let trailing = previousTrailingBytes {
      detached.insert(ProtoCommentCollector.text(trailing), at: 0)
      previousTrailingBytes = nil
    }
    canAttachToPrevious = false
    flush()
  }

  /// What is left in the buffer leads the next token; protoc drops an empty one (`/**/`).
  var leading: String? {
    hasComment && !buffer.isEmpty ? ProtoCommentCollector.text(buffer) : nil
  }

  /// The previous token's trailing comment; protoc drops an empty one.
  var previousTrailing: String? {
    guard let bytes = previousTrailingBytes, !bytes.isEmpty else { return nil }
    return ProtoCommentCollector.text(bytes)
  }

  /// protoc keeps the final newline of a line comment; we drop that one newline so a block of
  /// lines is the lines joined with "\n" (each keeping its leading space).
  static func text(_ bytes: [UInt8]) -> String {
    var slice = bytes[...]
    if slice.last == UInt8(ascii: "\n") { slice = slice.dropLast() }
    return String(decoding: slice, as: UTF8.self)
  }
}
