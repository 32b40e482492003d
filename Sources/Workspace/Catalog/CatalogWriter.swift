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
    try write(pages.map(CatalogPageJob.init))
  }

  /// Renders and writes every job, from every core: a page goes to disk as soon as it is
  /// rendered. Paths are checked first, so a refusal leaves the folder as it was.
  public func write(_ jobs: [CatalogPageJob]) throws(WorkspaceError) -> Summary {
    for job in jobs where !Self.isSafe(job.path) {
      throw .outsideBaseDirectory(path: job.path, base: displayPath)
    }
    let previous = readManifest()
    // A file this writer did not write may stay only when the page is exactly its bytes (it is
    // then left alone); the rare page in that case is rendered here, before anything is written.
    var prerendered: Set<String> = []
    for job in jobs where !previous.contains(job.path) {
      let url = file(job.path)
      guard let existing = try? Data(contentsOf: url) else { continue }
      let bytes = job.render()
      guard existing == Data(bytes) else { throw .catalogWouldOverwrite(path: shown(job.path)) }
      prerendered.insert(job.path)
    }
    var checkedFolders: Set<String> = []
    for job in jobs {
      let parent = file(job.path).deletingLastPathComponent()
      if checkedFolders.insert(parent.path).inserted {
        try prepareFolder(parent, shownAs: shown(job.path))
      }
    }
    // Thousands of small files: rendered and written from every core, each atomically. The
    // index pages and catalog.json (folder-less paths) are the largest: they start first.
    let leftAlone = prerendered
    let ordered = jobs.filter { !$0.path.contains("/") } + jobs.filter { $0.path.contains("/") }
    let outcomes = WriteOutcomes()
    DispatchQueue.concurrentPerform(iterations: ordered.count) { index in
      let job = ordered[index]
      let url = file(job.path)
      if leftAlone.contains(job.path) {
        outcomes.unchanged()
        return
      }
      let bytes = job.render()
      if previous.contains(job.path), let existing = try? Data(contentsOf: url),
        Self.same(existing, bytes)
      {
        outcomes.unchanged()
        return
      }
      do throws(WorkspaceError) {
        try write(bytes, to: url, shownAs: shown(job.path))
        outcomes.written()
      } catch {
        outcomes.failed(job.path, error)
      }
    }
    if let first = outcomes.firstFailure { throw first }
    var summary = Summary(
      written: outcomes.writtenCount, unchanged: outcomes.unchangedCount, removed: 0)
    let current = Set(jobs.map(\.path))
    let fileManager = FileManager.default
    for stale in previous.subtracting(current).sorted() where Self.isSafe(stale) {
      let url = file(stale)
      if (try? fileManager.removeItem(at: url)) != nil { summary.removed += 1 }
    }
    let manifest = current.sorted().joined(separator: "\n") + "\n"
    try prepareFolder(folder, shownAs: shown(Self.manifestName))
    try write(
      Array(manifest.utf8), to: file(Self.manifestName),
      shownAs: shown(Self.manifestName))
    return summary
  }

  /// Whether a file's contents are `bytes`: one `memcmp` (a `Data` compared element by
  /// element with an array goes through its iterator, byte by byte).
  static func same(_ data: Data, _ bytes: [UInt8]) -> Bool {
    guard data.count == bytes.count else { return false }
    return data.withUnsafeBytes { stored in
      bytes.withUnsafeBytes { rendered in
        guard let left = stored.baseAddress, let right = rendered.baseAddress else { return true }
        return memcmp(left, right, stored.count) == 0
      }
    }
  }

  /// A file of the folder; never asks the file system whether it is a folder (which
  /// `appendingPathComponent` does, one `stat` per call).
  private func file(_ relative: String) -> URL {
    folder.appending(path: relative, directoryHint: .notDirectory)
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
      let data = try? Data(contentsOf: file(Self.manifestName)),
      let text = String(data: data, encoding: .utf8)
    else { return [] }
    return Set(text.split(separator: "\n").map(String.init).filter(Self.isSafe))
  }

  /// Counts and errors of concurrent writes; the first failure in path order is reported.
  private final class WriteOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [(String, WorkspaceError)] = []
    private var writtenPages = 0
    private var unchangedPages = 0

    func written() { lock.withLock { writtenPages += 1 } }
    func unchanged() { lock.withLock { unchangedPages += 1 } }
    func failed(_ path: String, _ error: WorkspaceError) {
      lock.withLock { errors.append((path, error)) }
    }

    var writtenCount: Int { lock.withLock { writtenPages } }
    var unchangedCount: Int { lock.withLock { unchangedPages } }
    var firstFailure: WorkspaceError? {
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

  /// Writes atomically (`AtomicFile`): a reader never sees half a page.
  private func write(_ bytes: [UInt8], to url: URL, shownAs path: String) throws(WorkspaceError) {
    if let reason = AtomicFile.write(bytes, to: url.path) {
      throw .unwritableFile(path: path, reason: reason)
    }
  }
}
