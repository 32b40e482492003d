import Catalog

extension CatalogConfig.Format {
  /// The renderer that writes this format.
  public var renderer: any CatalogRendering {
    switch self {
    case .markdown: MarkdownCatalogRenderer()
    case .html: HTMLCatalogRenderer()
    case .json: JSONCatalogRenderer()
    }
  }

  /// `markdown,html` as `--format` takes it; nil names the first unknown format.
  public static func parseList(_ text: String) -> Result<[Self], UnknownCatalogFormat> {
    var formats: [Self] = []
    for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
      guard let format = Self(rawValue: name) else { return .failure(UnknownCatalogFormat(name)) }
      if !formats.contains(format) { formats.append(format) }
    }
    return .success(formats)
  }
}

/// A `--format` name the catalog does not write.
public struct UnknownCatalogFormat: Error, Hashable, Sendable, CustomStringConvertible {
  public var name: String

  public init(_ name: String) { self.name = name }

  public var description: String {
    "unknown catalog format '\(name)'; use "
      + CatalogConfig.Format.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
