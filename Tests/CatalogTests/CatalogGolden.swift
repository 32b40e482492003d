import Catalog
import Foundation
import Testing

/// Compares rendered pages with committed golden files under `Tests/Golden/catalog/` (beside
/// the reporters' golden files, outside the test target so SwiftPM does not see them);
/// `SCHEMACHECK_RECORD=1` (the reporters' switch) or `SCHEMACHECK_UPDATE_GOLDEN=1` rewrites them.
enum CatalogGolden {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Golden").appendingPathComponent("catalog")

  static var recording: Bool {
    let environment = ProcessInfo.processInfo.environment
    return environment["SCHEMACHECK_RECORD"] == "1"
      || environment["SCHEMACHECK_UPDATE_GOLDEN"] == "1"
  }

  /// Checks every page byte for byte, and that the folder holds no page that was not rendered.
  static func check(
    _ pages: [CatalogPage], in folder: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let root = directory.appendingPathComponent(folder)
    if recording {
      try? FileManager.default.removeItem(at: root)
      for page in pages {
        let url = root.appendingPathComponent(page.path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(page.bytes).write(to: url)
      }
      return
    }
    for page in pages {
      let url = root.appendingPathComponent(page.path)
      let expected = try Array(Data(contentsOf: url))
      #expect(
        page.bytes == expected, "\(page.path) differs from Golden/\(folder)/\(page.path)",
        sourceLocation: sourceLocation)
    }
    #expect(
      try files(under: root) == pages.map(\.path).sorted(), "stale golden files",
      sourceLocation: sourceLocation)
  }

  private static func files(under root: URL) throws -> [String] {
    let prefix = root.standardizedFileURL.path + "/"
    var out: [String] = []
    let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else {
        continue
      }
      out.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
    }
    return out.sorted()
  }
}
