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
    /// How many files the catalog has.
    public var files: Int
    public var written: CatalogWriter.Summary
  }

  /// The pages of every renderer, in path order; two renderers never write the same path.
  public static func pages(of catalog: EventCatalog, renderers: [any CatalogRendering]) async
    -> [CatalogPage]
  {
    let jobs = jobs(of: catalog, renderers: renderers)
    return await Parallel.map(jobs) { CatalogPage(path: $0.path, bytes: $0.render()) }
      .sorted { $0.path < $1.path }
  }

  /// The pages of every renderer, not yet rendered; the first renderer's page wins a path.
  static func jobs(of catalog: EventCatalog, renderers: [any CatalogRendering])
    -> [CatalogPageJob]
  {
    var seen: Set<String> = []
    var jobs: [CatalogPageJob] = []
    for renderer in renderers {
      for job in renderer.jobs(catalog) where seen.insert(job.path).inserted {
        jobs.append(job)
      }
    }
    return jobs
  }

  public func run() async throws(WorkspaceError) -> Outcome {
    var builder = CatalogBuilder(config: config)
    builder.progress = progress
    let (catalog, _) = try await builder.build()
    let jobs = Self.jobs(of: catalog, renderers: renderers)
    let summary = try CatalogWriter(folder: out, displayPath: outDisplay).write(jobs)
    return Outcome(catalog: catalog, files: jobs.count, written: summary)
  }
}
