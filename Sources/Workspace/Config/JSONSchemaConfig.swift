import Parsers
import SchemaModel

/// The `json-schema:` section: where remote `$ref`s are found, and the draft of schemas that do
/// not name one with `$schema`.
public struct JSONSchemaConfig: Hashable, Sendable {
  /// URI prefix → folder (relative to the config's folder), in the order written; the longest
  /// matching prefix wins.
  public var refs: [JSONSchemaRefMapping]
  /// The draft for schemas without `$schema`; nil means 2020-12.
  public var draft: JSONSchemaDraft?

  public init(refs: [JSONSchemaRefMapping] = [], draft: JSONSchemaDraft? = nil) {
    self.refs = refs
    self.draft = draft
  }
}

/// One `"https://x/": "schemas/"` entry of `json-schema.refs` (or one `--ref-map PREFIX=DIR`).
public struct JSONSchemaRefMapping: Hashable, Sendable {
  public var prefix: String
  public var folder: String

  public init(prefix: String, folder: String) {
    self.prefix = prefix
    self.folder = folder
  }
}
