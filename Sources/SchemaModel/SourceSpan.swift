/// A range of text: `start` is the first character, `end` is just past the last one (both
/// 1-based line and UTF-8 byte column), as Buf and protoc's SourceCodeInfo report spans.
public struct SourceSpan: Hashable, Sendable, Codable {
  public var start: TextPosition
  public var end: TextPosition

  public init(start: TextPosition, end: TextPosition) {
    self.start = start
    self.end = end
  }
}
