import SchemaModel

/// A schema that cannot be compiled: an unresolvable `$ref`, an unknown `$schema`, a bad keyword.
public struct JSONSchemaCompileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong and how to fix it.
  public var message: String
  /// Where in the schema text (the keyword's value).
  public var position: TextPosition
  /// The document the position is in (the root schema's base URI or a loaded file).
  public var displayPath: String

  public init(message: String, position: TextPosition, displayPath: String) {
    self.message = message
    self.position = position
    self.displayPath = displayPath
  }

  public var description: String {
    "\(displayPath):\(position.line):\(position.column): \(message)"
  }
}
