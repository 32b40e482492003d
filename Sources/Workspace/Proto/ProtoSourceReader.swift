import Foundation

/// One `.proto` file found by its import path.
struct ProtoSource: Hashable, Sendable {
  var bytes: [UInt8]
  /// How findings name the file (relative to the current directory, or `REV:path`).
  var displayPath: String
}

/// Finds `.proto` files by import path under a list of roots, like `protoc -I`: the first root
/// that has the file wins.
protocol ProtoSourceReader: Sendable {
  /// The file, or nil when no root has it.
  func read(importPath: String) throws(WorkspaceError) -> ProtoSource?
  /// Tells readers apart in caches: same key, same files.
  var cacheKey: String { get }
}

/// An import root: a folder and how paths under it are shown.
struct ProtoRoot: Hashable, Sendable {
  var url: URL
  /// The folder as findings show it (`""` for the current directory, else ending in `/`).
  var displayPrefix: String

  init(url: URL, displayPrefix: String) {
    self.url = url.standardizedFileURL
    self.displayPrefix = displayPrefix
  }
}

/// Reads imports from folders on disk: the working tree, or another checkout (`--against DIR`).
struct FolderProtoSourceReader: ProtoSourceReader {
  var roots: [ProtoRoot]

  var cacheKey: String { "dir\u{0}" + roots.map(\.url.path).joined(separator: "\u{0}") }

  func read(importPath: String) throws(WorkspaceError) -> ProtoSource? {
    guard ProtoImportPath.isSafe(importPath) else { return nil }
    for root in roots {
      let url = root.url.appendingPathComponent(importPath)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      let display = root.displayPrefix + importPath
      return ProtoSource(
        bytes: try SchemaFileReader.read(url, displayPath: display), displayPath: display)
    }
    return nil
  }
}

/// Reads imports from git's object store at one commit, never from the work tree, so that an
/// earlier version is linked with the imports it had then.
struct GitProtoSourceReader: ProtoSourceReader {
  var repository: GitRepository
  var commit: String
  /// Each root's path inside the repository (`""` for the top, else ending in `/`).
  var rootPrefixes: [String]
  /// Shown before the path in findings (`HEAD`, `main`, or the short commit).
  var revisionLabel: String

  var cacheKey: String {
    "git\u{0}\(repository.root.path)\u{0}\(commit)\u{0}" + rootPrefixes.joined(separator: "\u{0}")
  }

  /// The reader for `roots` (folders in the work tree) at `commit`; roots outside the
  /// repository are left out.
  init(repository: GitRepository, commit: String, roots: [URL], revisionLabel: String) {
    self.repository = repository
    self.commit = commit
    self.revisionLabel = revisionLabel
    let top = repository.root.resolvingSymlinksInPath().path
    rootPrefixes = roots.compactMap { root in
      let path = root.resolvingSymlinksInPath().path
      if path == top { return "" }
      guard path.hasPrefix(top + "/") else { return nil }
      return String(path.dropFirst(top.count + 1)) + "/"
    }
  }

  func read(importPath: String) throws(WorkspaceError) -> ProtoSource? {
    guard ProtoImportPath.isSafe(importPath) else { return nil }
    for prefix in rootPrefixes {
      let path = prefix + importPath
      let display = "\(revisionLabel):\(path)"
      if let bytes = try repository.contents(
        at: commit, path: path, displayName: display, limit: SchemaFileReader.schemaSizeLimit)
      {
        return ProtoSource(bytes: bytes, displayPath: display)
      }
    }
    return nil
  }
}

/// Import paths come from schema files: they must stay below their root.
enum ProtoImportPath {
  static func isSafe(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\")
      && !path.split(separator: "/").contains("..")
  }

  /// The import path of `file` under the first root that contains it; nil when none does.
  static func of(_ file: URL, roots: [URL]) -> String? {
    let path = file.standardizedFileURL.path
    for root in roots {
      let top = root.standardizedFileURL.path
      let prefix = top.hasSuffix("/") ? top : top + "/"
      if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
    }
    return nil
  }
}
