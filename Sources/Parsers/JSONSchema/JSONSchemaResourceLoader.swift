import SchemaModel

/// What a loader found for a URI.
public enum JSONSchemaResourceLoad: Sendable {
  /// The document and the path to show in messages.
  case found(JSONValue, displayPath: String)
  /// Nothing is mapped to this URI.
  case notFound
  /// The URI maps somewhere that must not be read (outside the project root, a remote URL).
  case refused(reason: String)
}

/// Maps schema URIs to documents; remote URLs are never fetched, only mapped.
public protocol JSONSchemaResourceLoader {
  /// The document for an absolute URI without fragment.
  func load(uri: String) -> JSONSchemaResourceLoad
}

/// A loader over documents held in memory, keyed by exact URI or by URI prefix.
public struct InMemoryJSONSchemaResourceLoader: JSONSchemaResourceLoader, Sendable {
  /// Documents by exact URI.
  public var documents: [String: JSONValue]
  /// Prefix mappings: a URI starting with `prefix` loads `read(rest)`, where rest follows it.
  public var prefixes: [(prefix: String, read: @Sendable (String) -> JSONValue?)]

  public init(
    documents: [String: JSONValue] = [:],
    prefixes: [(prefix: String, read: @Sendable (String) -> JSONValue?)] = []
  ) {
    self.documents = documents
    self.prefixes = prefixes
  }

  public func load(uri: String) -> JSONSchemaResourceLoad {
    if let document = documents[uri] { return .found(document, displayPath: uri) }
    for mapping in prefixes where uri.hasPrefix(mapping.prefix) {
      if let document = mapping.read(String(uri.dropFirst(mapping.prefix.count))) {
        return .found(document, displayPath: uri)
      }
    }
    return .notFound
  }
}
