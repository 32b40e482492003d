/// The `catalog:` section: what `schemacheck catalog` writes by default.
public struct CatalogConfig: Hashable, Sendable {
  /// The formats `catalog` knows.
  public enum Format: String, Hashable, Sendable, CaseIterable {
    case markdown, html, json
  }

  /// The catalog's title.
  public var title = "Event catalog"
  /// The output folder, relative to the config's folder.
  public var out = "catalog"
  public var formats: [Format] = [.markdown, .html, .json]
  /// Read version histories from git as well as from `versions:` folders. Off makes the
  /// catalog independent of the repository's own commits (and of shallow clones).
  public var gitHistory = true

  public init() {}
}
