import Foundation

/// What a loader found for one import path.
public enum ProtoImportLoad: Hashable, Sendable {
  /// The file's bytes and the path findings name it by.
  case found(bytes: [UInt8], displayPath: String)
  case notFound
  /// The file exists but could not be read (too large, unreadable, outside its root).
  case failed(reason: String)
}

/// Finds the `.proto` file an `import "a/b.proto";` statement names, like `protoc -I`.
public protocol ProtoImportLoader: Sendable {
  /// Loads the file at `importPath` (relative to an import root).
  func load(importPath: String) -> ProtoImportLoad
}

/// A loader over files held in memory, keyed by import path (for tests and git revisions).
public struct InMemoryProtoImportLoader: ProtoImportLoader {
  public var files: [String: String]
  /// Prepended to the import path to make the display path.
  public var displayPrefix: String

  public init(_ files: [String: String], displayPrefix: String = "") {
    self.files = files
    self.displayPrefix = displayPrefix
  }

  public func load(importPath: String) -> ProtoImportLoad {
    guard let text = files[importPath] else { return .notFound }
    return .found(bytes: Array(text.utf8), displayPath: displayPrefix + importPath)
  }
}

/// A loader over import roots on disk, searched in order like `protoc -I root1 -I root2`.
public struct FileSystemProtoImportLoader: ProtoImportLoader {
  /// The largest imported file read.
  public static let sizeLimit = 16 << 20

  public var roots: [URL]
  /// How display paths start, one per root (or one for all); `""` names files by import path.
  public var displayPrefixes: [String]

  /// `displayPrefix` is put before the import path in findings (`proto/` for a root `proto`).
  public init(roots: [URL], displayPrefix: String = "") {
    self.roots = roots
    self.displayPrefixes = Array(repeating: displayPrefix, count: roots.count)
  }

  /// One display prefix per root.
  public init(roots: [URL], displayPrefixes: [String]) {
    self.roots = roots
    self.displayPrefixes = displayPrefixes
  }

  public func load(importPath: String) -> ProtoImportLoad {
    guard Self.isSafe(importPath) else {
      return .failed(reason: "import path '\(importPath)' leaves its import root")
    }
    for (index, root) in roots.enumerated() {
      let url = root.appending(path: importPath, directoryHint: .notDirectory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      let prefix = index < displayPrefixes.count ? displayPrefixes[index] : ""
      // A symbolic link inside the root must not lead out of it.
      let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
      let filePath = url.resolvingSymlinksInPath().standardizedFileURL.path
      guard filePath.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
        return .failed(reason: "'\(prefix + importPath)' links to a file outside its import root")
      }
      return read(url, displayPath: prefix + importPath)
    }
    return .notFound
  }

  private func read(_ url: URL, displayPath: String) -> ProtoImportLoad {
    guard let handle = try? FileHandle(forReadingFrom: url) else {
      return .failed(reason: "cannot read '\(displayPath)'")
    }
    defer { try? handle.close() }
    // One byte past the limit tells a file at the limit from one over it.
    guard let data = try? handle.read(upToCount: Self.sizeLimit + 1) else {
      return .found(bytes: [], displayPath: displayPath)
    }
    if data.count > Self.sizeLimit {
      return .failed(reason: "'\(displayPath)' is larger than \(Self.sizeLimit >> 20) MiB")
    }
    return .found(bytes: [UInt8](data), displayPath: displayPath)
  }

  /// Relative, without `..`, `.` or empty segments: protoc rejects such import paths too.
  static func isSafe(_ importPath: String) -> Bool {
    guard !importPath.isEmpty, !importPath.hasPrefix("/"), !importPath.contains("\\"),
      !importPath.contains("\0")
    else { return false }
    let segments = importPath.split(separator: "/", omittingEmptySubsequences: false)
    return !segments.contains { $0.isEmpty || $0 == ".." || $0 == "." }
  }
}
