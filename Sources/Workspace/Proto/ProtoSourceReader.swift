import Foundation
import Parsers

/// An import root: a folder and how paths under it are shown.
struct ProtoRoot: Hashable, Sendable {
  var url: URL
  /// The folder as findings show it (`""` for the current directory, else ending in `/`).
  var displayPrefix: String

  init(url: URL, displayPrefix: String) {
    self.url = url.standardizedFileURL
    self.displayPrefix = displayPrefix
  }

  /// The linker's loader over these roots, searched in order.
  static func loader(_ roots: [ProtoRoot]) -> FileSystemProtoImportLoader {
    FileSystemProtoImportLoader(
      roots: roots.map(\.url), displayPrefixes: roots.map(\.displayPrefix))
  }
}

/// Reads imports from git's object store at one commit, never from the work tree, so that an
/// earlier version is linked with the imports it had then. Reads are shared through `cache`.
struct GitProtoImportLoader: ProtoImportLoader {
  var repository: GitRepository
  var commit: String
  /// Each root's path inside the repository (`""` for the top, else ending in `/`).
  var rootPrefixes: [String]
  /// Shown before the path in findings (`HEAD`, `main`, or the short commit).
  var revisionLabel: String
  var cache: ProtoImportCache
  var git: GitCache

  /// The loader for `roots` (folders in the work tree) at `commit`; roots outside the
  /// repository are left out.
  init(
    repository: GitRepository, commit: String, roots: [URL], revisionLabel: String,
    cache: ProtoImportCache, git: GitCache
  ) {
    self.git = git
    self.repository = repository
    self.commit = commit
    self.revisionLabel = revisionLabel
    self.cache = cache
    let top = repository.root.resolvingSymlinksInPath().path
    rootPrefixes = roots.compactMap { root in
      let path = root.resolvingSymlinksInPath().path
      if path == top { return "" }
      guard path.hasPrefix(top + "/") else { return nil }
      return String(path.dropFirst(top.count + 1)) + "/"
    }
  }

  func load(importPath: String) -> ProtoImportLoad {
    guard ProtoImportPath.isSafe(importPath) else {
      return .failed(reason: "import path '\(importPath)' leaves its import root")
    }
    return cache.load(key: "\(repository.root.path)\u{0}\(commit)\u{0}\(importPath)") {
      for prefix in rootPrefixes {
        let path = prefix + importPath
        let display = "\(revisionLabel):\(path)"
        do {
          if let bytes = try git.contents(
            in: repository, at: commit, path: path, displayName: display,
            limit: FileSystemProtoImportLoader.sizeLimit)
          {
            return .found(bytes: bytes, displayPath: display)
          }
        } catch {
          return .failed(reason: "\(error)")
        }
      }
      return .notFound
    }
  }
}

/// What the loaders of one run have read, so that a common import read from git once serves
/// every subject.
final class ProtoImportCache: @unchecked Sendable {
  private let lock = NSLock()
  private var loads: [String: ProtoImportLoad] = [:]

  func load(key: String, _ compute: () -> ProtoImportLoad) -> ProtoImportLoad {
    lock.lock()
    let known = loads[key]
    lock.unlock()
    if let known { return known }
    let result = compute()
    lock.lock()
    loads[key] = result
    lock.unlock()
    return result
  }
}

/// Import paths come from schema files: they must stay below their root.
enum ProtoImportPath {
  static func isSafe(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
      && !path.split(separator: "/", omittingEmptySubsequences: false).contains {
        $0.isEmpty || $0 == ".." || $0 == "."
      }
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
