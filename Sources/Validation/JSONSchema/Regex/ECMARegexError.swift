/// Why a pattern is not a valid ECMA-262 regular expression (with the `u` flag).
public struct ECMARegexError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, e.g. `unterminated group`.
  public var message: String
  /// Where, counted in Unicode scalars from the start of the pattern.
  public var offset: Int

  public init(message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }

  public var description: String { "\(message) at offset \(offset)" }
}
