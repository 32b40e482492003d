/// Why raw DEFLATE data (RFC 1951) could not be inflated.
public struct InflateError: Error, Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// The data ends before the final block does.
    case truncated
    /// Block type 3 (reserved).
    case invalidBlockType
    /// A stored block whose LEN and NLEN are not complements.
    case storedLengthMismatch
    /// Code lengths that do not make a valid Huffman code.
    case invalidCodeLengths
    /// A bit pattern that is no code, or the reserved symbols 286, 287, 30 and 31.
    case invalidSymbol
    /// A distance reaching before the start of the output.
    case distanceTooFar
    /// The output would exceed the limit given to the inflater.
    case outputTooLarge(limit: Int)
  }

  public var kind: Kind
  /// The input byte where the problem was found.
  public var offset: Int

  public init(_ kind: Kind, offset: Int) {
    self.kind = kind
    self.offset = offset
  }

  /// A sentence for a person.
  public var message: String {
    switch kind {
    case .truncated: "the deflate data ends at byte \(offset) before its final block"
    case .invalidBlockType: "the deflate block at byte \(offset) has the reserved block type 3"
    case .storedLengthMismatch:
      "the stored deflate block at byte \(offset) has a length whose complement does not match"
    case .invalidCodeLengths:
      "the Huffman code lengths of the deflate block before byte \(offset) are invalid"
    case .invalidSymbol: "invalid Huffman code in the deflate data near byte \(offset)"
    case .distanceTooFar:
      "a deflate back-reference near byte \(offset) points before the start of the data"
    case .outputTooLarge(let limit):
      "the deflate data inflates to more than \(limit) bytes (stopped at input byte \(offset))"
    }
  }
}
