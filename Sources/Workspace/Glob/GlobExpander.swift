import Foundation

/// Finds the files under a folder that a `GlobPattern` matches.
public enum GlobExpander {
  /// Stops runaway walks (a pattern like `**/*` over a home folder).
  public static let fileLimit = 100_000

  /// Paths relative to `base` (with `/`), in natural order. Hidden folders and symbolic links
  /// to folders are not entered.
  public static func files(matching pattern: GlobPattern, under base: URL) -> [String] {
    if pattern.isLiteral {
      let path = PathText.normalized(pattern.text)
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: PathText.url(path, relativeTo: base).path, isDirectory: &isDirectory)
      return exists && !isDirectory.boolValue ? [path] : []
    }
    let prefix = pattern.literalPrefix.joined(separator: "/")
    var found: [String] = []
    var budget = fileLimit
    walk(
      folder: prefix.isEmpty ? base : PathText.url(prefix, relativeTo: base),
      relative: prefix, budget: &budget
    ) { path in
      if pattern.matches(path) { found.append(path) }
    }
    return found.sorted(by: NaturalOrder.areInIncreasingOrder)
  }

  private static func walk(
    folder: URL, relative: String, budget: inout Int, visit: (String) -> Void
  ) {
    let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey]
    guard
      let entries = try? FileManager.default.contentsOfDirectory(
        at: folder, includingPropertiesForKeys: keys)
    else { return }
    for entry in entries.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
      guard budget > 0 else { return }
      budget -= 1
      let name = entry.lastPathComponent
      let path = relative.isEmpty ? name : "\(relative)/\(name)"
      let values = try? entry.resourceValues(forKeys: Set(keys))
      if values?.isDirectory == true {
        if name.hasPrefix(".") || values?.isSymbolicLink == true { continue }
        walk(folder: entry, relative: path, budget: &budget, visit: visit)
      } else {
        visit(path)
      }
    }
  }
}
