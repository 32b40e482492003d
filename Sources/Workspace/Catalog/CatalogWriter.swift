import Catalog
import Foundation

/// Writes catalog pages into the output folder, and only there. It keeps a manifest of what it
/// wrote (`.schemacheck-catalog`), so a later run removes pages that are gone (an event that
/// was deleted) but never a file it did not write, and refuses to replace one. Each file is
/// written to a temporary name and renamed, so a reader never sees half a page; files whose
/// bytes are unchanged are not rewritten.
public struct CatalogWriter: Sendable {
  /// The manifest's name inside the output folder.
  public static let manifestName = ".schemacheck-catalog"

  public var folder: URL
  /// The folder as messages show it.
  public var displayPath: String

  public init(folder: URL, displayPath: String) {
    self.folder = folder.standardizedFileURL
    self.displayPath = displayPath
  }

  /// What a write did, for the command's summary.
  public struct Summary: Hashable, Sendable {
    public var written: Int
    public var unchanged: Int
    public var removed: Int
  }

  public func write(_ pages: [CatalogPage]) throws(WorkspaceError) -> Summary {
    for page in pages where !Self.isSafe(page.path) {
      throw .outsideBaseDirectory(path: page.path, base: displayPath)
    }
    let previous = readManifest()
    let fileManager = FileManager.default
    // Check every page before writing any, so a refusal leaves the folder as it was.
    for page in pages where !previous.contains(page.path) {
      let url = folder.appendingPathComponent(page.path)
      if fileManager.fileExists(atPath: url.path), (try? Data(contentsOf: url)) != Data(page.bytes)
      {
        throw .catalogWouldOverwrite(path: shown(page.path))
      }
    }
    var summary = Summary(written: 0, unchanged: 0, removed: 0)
    var changed: [CatalogPage] = []
    for page in pages {
      let url = folder.appendingPathComponent(page.path)
      if previous.contains(page.path), (try? Data(contentsOf: url)) == Data(page.bytes) {
        summary.unchanged += 1
      } else {
        changed.append(page)
      }
    }
    var checkedFolders: Set<String> = []
    for page in changed {
      let parent = folder.appendingPathComponent(page.path).deletingLastPathComponent()
      if checkedFolders.insert(parent.path).inserted {
        try prepareFolder(parent, shownAs: shown(page.path))
      }
    }
    // Thousands of small files: written from every core, each atomically.
    let failures = FailureList()
    let toWrite = changed
    DispatchQueue.concurrentPerform(iterations: toWrite.count) { index in
      let page = toWrite[index]
      do throws(WorkspaceError) {
        try write(
          Data(page.bytes), to: folder.appendingPathComponent(page.path),
          shownAs: shown(page.path))
      } catch {
        failures.add(index, error)
      }
    }
    if let first = failures.first { throw first }
    summary.written = changed.count
    let current = Set(pages.map(\.path))
    for stale in previous.subtracting(current).sorted() where Self.isSafe(stale) {
      let url = folder.appendingPathComponent(stale)
      if (try? fileManager.removeItem(at: url)) != nil { summary.removed += 1 }
    }
    let manifest = current.sorted().joined(separator: "\n") + "\n"
    try prepareFolder(folder, shownAs: shown(Self.manifestName))
    try write(
      Data(manifest.utf8), to: folder.appendingPathComponent(Self.manifestName),
      shownAs: shown(Self.manifestName))
    return summary
  }

  /// A relative path of plain components: no `..`, `.`, empty parts, backslashes or leading
  /// `/`, so it names a file inside the folder.
  static func isSafe(_ path: String) -> Bool {
    guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else {
      return false
    }
    return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
      !$0.isEmpty && $0 != "." && $0 != ".."
    }
  }

  private func shown(_ path: String) -> String {
    displayPath.hasSuffix("/") ? displayPath + path : displayPath + "/" + path
  }

  /// The pages the last run wrote; none when there is no manifest.
  private func readManifest() -> Set<String> {
    guard
      let data = try? Data(contentsOf: folder.appendingPathComponent(Self.manifestName)),
      let text = String(data: data, encoding: .utf8)
    else { return [] }
    return Set(text.split(separator: "\n").map(String.init).filter(Self.isSafe))
  }

  /// The errors of concurrent writes; the first in page order is the one reported.
  private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [(Int, WorkspaceError)] = []

    func add(_ index: Int, _ error: WorkspaceError) {
      lock.withLock { errors.append((index, error)) }
    }

    var first: WorkspaceError? {
      lock.withLock { errors.min { $0.0 < $1.0 }?.1 }
    }
  }

  /// Creates `parent` and checks that no symbolic link in the way sends writes outside the
  /// folder; once per folder.
  private func prepareFolder(_ parent: URL, shownAs path: String) throws(WorkspaceError) {
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw .unwritableFile(path: path, reason: error.localizedDescription)
    }
    let resolved = parent.resolvingSymlinksInPath().standardizedFileURL.path
    let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
    guard resolved == root || resolved.hasPrefix(root + "/") else {
      throw .outsideBaseDirectory(path: path, base: displayPath)
    }
  }

  /// Writes to a temporary name beside the file and renames it, so a reader never sees half a
  /// page. No `fsync`: Foundation's `Data.write` syncs every file, atomic or not, which cost more than all
  /// the rendering on 4,000 pages; a page is regenerated by the next run, so durability across
  /// a power loss is not worth it, while atomicity for readers is kept by the rename.
  private func write(_ data: Data, to url: URL, shownAs path: String) throws(WorkspaceError) {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard Self.writeWithoutSync(data, to: temporary.path) else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .unwritableFile(path: path, reason: reason)
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .unwritableFile(path: path, reason: reason)
    }
  }

  /// Creates or truncates `path` and writes `data` with plain `open`/`write`/`close` calls;
  /// false with `errno` set when one fails.
  private static func writeWithoutSync(_ data: Data, to path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    let written = data.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let count = writeSome(
          descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += count
      }
      return true
    }
    let closed = close(descriptor) == 0
    return written && closed
  }
}

/// The system's `write`, out of reach of `CatalogWriter.write` inside the type.
private func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
