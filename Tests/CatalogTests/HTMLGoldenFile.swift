import Catalog
import Foundation
import Testing

/// Compares rendered HTML pages with committed golden files under `Golden/html/`, byte for
/// byte; `SCHEMACHECK_UPDATE_GOLDEN=1` (or `SCHEMACHECK_RECORD=1`, the WorkspaceTests switch)
/// rewrites them instead.
enum HTMLGoldenFile {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent("html")

  static var recording: Bool {
    let environment = ProcessInfo.processInfo.environment
    return environment["SCHEMACHECK_UPDATE_GOLDEN"] == "1"
      || environment["SCHEMACHECK_RECORD"] == "1"
  }

  static func check(_ page: CatalogPage, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(page.path)
    if recording {
      try write(page, under: directory)
      return
    }
    let expected = try Data(contentsOf: url)
    #expect(
      Array(expected) == page.bytes, "\(page.path) differs from its golden file",
      sourceLocation: sourceLocation)
  }

  /// The golden files that exist, relative to the directory, sorted.
  static func recordedPaths() throws -> [String] {
    let base = directory.standardizedFileURL.path + "/"
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = directory.appendingPathComponent(path).path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        paths.append(String(full.dropFirst(base.count)))
      }
    }
    return paths.sorted()
  }

  /// Writes `page` under `folder`, making its subfolder.
  static func write(_ page: CatalogPage, under folder: URL) throws {
    let url = folder.appendingPathComponent(page.path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(page.bytes).write(to: url)
  }
}
