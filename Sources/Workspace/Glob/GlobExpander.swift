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
      folder: (prefix.isEmpty ? base : PathText.url(prefix, relativeTo: base)).path,
      relative: prefix, budget: &budget
    ) { path in
      if pattern.matches(path) { found.append(path) }
    }
    return found.sorted(by: NaturalOrder.areInIncreasingOrder)
  }

  private static func walk(
    folder: String, relative: String, budget: inout Int, visit: (String) -> Void
  ) {
    // Path strings and one `lstat` per entry: URLs and their resource values cost several
    // system calls and allocations each, which showed on 2,000 version folders.
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return
    }
    for name in names.sorted() {
      guard budget > 0 else { return }
      budget -= 1
      let path = relative.isEmpty ? name : "\(relative)/\(name)"
      let entry = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      switch EntryKind.of(entry) {
      case .folder:
        if name.hasPrefix(".") { continue }
        walk(folder: entry, relative: path, budget: &budget, visit: visit)
      case .linkToFolder:
        continue
      case .other:
        visit(path)
      }
    }
  }

  /// What a directory entry is, links to folders apart (they are not entered).
  private enum EntryKind {
    case folder, linkToFolder, other

    static func of(_ path: String) -> EntryKind {
      var status = stat()
      guard lstat(path, &status) == 0 else { return .other }
      if status.st_mode & S_IFMT == S_IFDIR { return .folder }
      guard status.st_mode & S_IFMT == S_IFLNK else { return .other }
      var target = stat()
      guard stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR else { return .other }
      return .linkToFolder
    }
  }
}
