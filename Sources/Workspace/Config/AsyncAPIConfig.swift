import SchemaModel

/// The `asyncapi:` section: globs of AsyncAPI documents, relative to the config's folder.
public struct AsyncAPIConfig: Hashable, Sendable {
  /// The globs as written (`asyncapi/*.yaml`).
  public var documents: [String]
  /// Where the section's value starts in the config file.
  public var position: TextPosition

  public init(documents: [String] = [], position: TextPosition = TextPosition(line: 1, column: 1)) {
    self.documents = documents
    self.position = position
  }
}
