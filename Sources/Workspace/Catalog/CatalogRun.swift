import Catalog
import Foundation

/// `schemacheck catalog`: builds the catalog of a config and writes it in each format into the
/// output folder (`--out`, else `catalog.out` relative to the config's folder).
public struct CatalogRun: Sendable {
  public var config: Config
  /// The renderers of the formats asked for, in order.
  public var renderers: [any CatalogRendering]
  public var out: URL
  /// The output folder as messages show it.
  public var outDisplay: String
  /// Told as subjects are checked and their histories read.
  public var progress: RunProgress?

  public init(
    config: Config, renderers: [any CatalogRendering], out: URL, outDisplay: String
  ) {
    self.config = config
    self.renderers = renderers
    self.out = out
    self.outDisplay = outDisplay
  }

  /// The output folder and how messages show it: `--out` relative to the current directory,
  /// else the config's `catalog.out` relative to the config's folder.
  public static func outputFolder(config: Config, out: String?, currentDirectory: URL) -> (
    url: URL, display: String
  ) {
    if let out {
      return (PathText.url(out, relativeTo: currentDirectory).standardizedFileURL, out)
    }
    let url = config.url(for: config.catalog.out).standardizedFileURL
    let shown = PathText.displayPrefix(of: url, from: currentDirectory)
    return (url, shown.isEmpty ? "." : String(shown.dropLast()))
  }

  /// What was built and written.
  public struct Outcome: Sendable {
    public var catalog: EventCatalog
    public var pages: [CatalogPage]
    public var written: CatalogWriter.Summary
  }

  /// The pages of every renderer, in path order; two renderers never write the same path.
  public static func pages(of catalog: EventCatalog, renderers: [any CatalogRendering]) async
    -> [CatalogPage]
  {
    // The formats render independently, one per core.
    let rendered = await Parallel.map(renderers) { $0.render(catalog) }
    var seen: Set<String> = []
    var pages: [CatalogPage] = []
    for output in rendered {
      for page in output where seen.insert(page.path).inserted {
        pages.append(page)
      }
    }
    return pages.sorted { $0.path < $1.path }
  }

  public func run() async throws(WorkspaceError) -> Outcome {
    var builder = CatalogBuilder(config: config)
    builder.progress = progress
    let (catalog, _) = try await builder.build()
    let pages = await Self.pages(of: catalog, renderers: renderers)
    let summary = try CatalogWriter(folder: out, displayPath: outDisplay).write(pages)
    return Outcome(catalog: catalog, pages: pages, written: summary)
  }
}
