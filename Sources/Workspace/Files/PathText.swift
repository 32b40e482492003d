import Foundation

/// Turns relative paths as users write them into URLs and back into display paths.
enum PathText {
  /// `path` resolved against `base` unless it is absolute.
  static func url(_ path: String, relativeTo base: URL) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
    // `.inferFromPath`: `appendingPathComponent` asks the file system whether the path is a
    // folder, one `stat` per call, thousands per run.
    return base.appending(path: path, directoryHint: .inferFromPath).standardizedFileURL
  }

  /// Drops `./` segments and repeated slashes so that labels and comparisons are stable.
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : joined
  }

  /// How to write paths under `directory` so that they read from `currentDirectory`:
  /// `""` when they are the same folder, `Fixtures/breaking/` below it, `../other/` beside it.
  static func displayPrefix(of directory: URL, from currentDirectory: URL) -> String {
    let target = directory.standardizedFileURL.pathComponents
    let start = currentDirectory.standardizedFileURL.pathComponents
    var shared = 0
    while shared < target.count, shared < start.count, target[shared] == start[shared] {
      shared += 1
    }
    let parts = Array(repeating: "..", count: start.count - shared) + target[shared...]
    return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
  }
}
