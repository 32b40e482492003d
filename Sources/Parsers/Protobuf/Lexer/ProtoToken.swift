import SchemaModel

/// One token of a `.proto` file; the text is `bytes[start..<end]` of the lexed buffer.
struct ProtoToken: Sendable {
  enum Kind: UInt8, Sendable {
    case identifier, integer, float, string, symbol
    /// A byte that starts no token (control character, non-ASCII outside a string).
    case invalid
    /// End of input; always the last token.
    case end
  }

  var kind: Kind
  var start: Int
  var end: Int
  var line: Int32
  /// Columns as protoc and Buf count them (bytes, tabs to the next multiple of 8).
  var column: Int32
  /// The column just after the token's last byte.
  var endColumn: Int32

  /// Where the token starts.
  var startPosition: TextPosition { TextPosition(line: Int(line), column: Int(column)) }
  /// Just after the token's last byte (tokens never span lines).
  var endPosition: TextPosition { TextPosition(line: Int(line), column: Int(endColumn)) }
}

/// Comments protoc attaches around one token: detached blocks and the leading block before it,
/// and the trailing comment after it.
struct ProtoTokenComments: Sendable {
  var detached: [String] = []
  var leading: String?
  var trailing: String?
}
