import Catalog
import Foundation
import Testing

@testable import Workspace

/// `catalog/` at the repository's top is the catalog of `Fixtures/`, as the current code makes
/// it. Regenerate with `swift run schemacheck catalog --config Fixtures/schemacheck.yaml`.
@Suite struct CommittedCatalogTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func theCommittedCatalogIsWhatTheCodeGenerates() async throws {
    let config = try ConfigLoader.load(
      from: Self.root.appendingPathComponent("Fixtures/schemacheck.yaml"))
    let (catalog, _) = try await CatalogBuilder(config: config).build()
    let pages = await CatalogRun.pages(
      of: catalog, renderers: config.catalog.formats.map(\.renderer))
    let folder = Self.root.appendingPathComponent("catalog")
    var stale: [String] = []
    for page in pages {
      let committed = try? Data(contentsOf: folder.appendingPathComponent(page.path))
      if committed != Data(page.bytes) { stale.append(page.path) }
    }
    #expect(
      stale.isEmpty,
      "catalog/ is stale: \(stale.prefix(5)); regenerate with `swift run schemacheck catalog --config Fixtures/schemacheck.yaml`"
    )
    // Nothing else: the manifest lists exactly these pages.
    let manifest = try String(
      contentsOf: folder.appendingPathComponent(CatalogWriter.manifestName), encoding: .utf8)
    #expect(manifest == pages.map(\.path).joined(separator: "\n") + "\n")
  }
}
