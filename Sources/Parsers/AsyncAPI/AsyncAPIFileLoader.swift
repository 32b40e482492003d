/// What a loader found for a file an AsyncAPI document refers to.
public enum AsyncAPIFileLoad: Sendable {
  case found([UInt8])
  case notFound
  /// The file must not be read (a link leaving the project folder, say).
  case refused(reason: String)
}

/// Reads the local files AsyncAPI `$ref`s name. The parser has already refused remote URLs,
/// absolute paths and paths leaving the root; the caller decides what else may be read.
public protocol AsyncAPIFileLoader {
  /// The bytes of `path`, relative to the project folder and normalised (no `.` or `..`).
  func load(path: String) -> AsyncAPIFileLoad
}

/// A loader over files held in memory, for tests and tools without a file system.
public struct InMemoryAsyncAPIFileLoader: AsyncAPIFileLoader, Sendable {
  public var files: [String: [UInt8]]

  public init(files: [String: String]) {
    self.files = files.mapValues { Array($0.utf8) }
  }

  public func load(path: String) -> AsyncAPIFileLoad {
    files[path].map { .found($0) } ?? .notFound
  }
}
