import Foundation

/// The histories of many files from one `git log` per few hundred paths, instead of one
/// `git log --follow` per file: in a repository of thousands of contracts that process per
/// file was most of a `check`.
///
/// A file whose oldest change creates it in a commit with a parent may have been renamed
/// there: that commit's renames are read (one `git diff-tree -M` per such commit, shared by the
/// files it created), and a renamed file has no history here: its caller asks
/// `git log --follow` for it alone. On a history with merges, a path's revisions are those of every branch merged into
/// the tip that changed it (`git log` of one path may skip a branch whose change the merge
/// dropped).
struct GitHistoryIndex: Sendable {
  private var revisions: [String: [Revision]] = [:]
  private var covered: Set<String> = []
  /// Paths created by a rename in their oldest commit.
  private var renamed: Set<String> = []

  /// One change to a path, as the batched log shows it.
  struct Revision: Hashable, Sendable {
    var file: GitFileRevision
    /// Added (or renamed to this path) in this commit.
    var creates: Bool
    var commitHasParent: Bool
  }

  /// How many paths one `git log` names (an argument list stays far below the system's limit).
  static let pathsPerLog = 400

  /// Reads the history of `paths` from `commit`, newest first.
  /// `log` gives the batched log of some paths; `renameTargets` the paths a commit renamed
  /// something to.
  static func build(
    _ paths: [String], from commit: String, log: ([String]) throws(WorkspaceError) -> [UInt8],
    renameTargets: (String) throws(WorkspaceError) -> Set<String>
  ) throws(WorkspaceError) -> GitHistoryIndex {
    var index = GitHistoryIndex()
    let sorted = Array(Set(paths)).sorted()
    var start = 0
    while start < sorted.count {
      let chunk = Array(sorted[start..<min(start + pathsPerLog, sorted.count)])
      index.add(try log(chunk), covering: chunk)
      start += pathsPerLog
    }
    var creations: [String: [String]] = [:]
    for (path, changes) in index.revisions {
      if let oldest = changes.last, oldest.creates, oldest.commitHasParent {
        creations[oldest.file.commit, default: []].append(path)
      }
    }
    for (creation, created) in creations {
      let targets = try renameTargets(creation)
      index.renamed.formUnion(created.filter(targets.contains))
    }
    return index
  }

  /// The path's revisions newest first, deletions left out, like
  /// `GitLogParser.revisions(fromRawLog:)` of its own `git log --follow`; nil when the path was
  /// not read here or may continue under another name.
  func history(of path: String) -> [GitFileRevision]? {
    guard covered.contains(path), !renamed.contains(path) else { return nil }
    return (revisions[path] ?? []).map(\.file)
  }

  /// Adds `git log --format='%H %P' --raw --no-abbrev -z` output for `paths`.
  mutating func add(_ bytes: [UInt8], covering paths: [String]) {
    covered.formUnion(paths)
    // Parsed as bytes: tens of thousands of tokens for a few thousand files.
    var tokens = bytes.split(separator: 0, omittingEmptySubsequences: true)[...]
    var commit: String?
    var hasParent = false
    while let raw = tokens.popFirst() {
      let token = raw.drop { $0 == 0x0A }
      guard token.first == UInt8(ascii: ":") else {
        let words = token.split(separator: 0x20, omittingEmptySubsequences: true)
        if let first = words.first {
          commit = String(decoding: first, as: UTF8.self).trimmingCharacters(in: .newlines)
          hasParent = words.count > 1
        }
        continue
      }
      // `:oldmode newmode oldblob newblob status`, then one path, or two for renames/copies.
      let fields = token.split(separator: 0x20)
      guard fields.count >= 5 else { continue }
      let newBlob = fields[3]
      let status = fields[4]
      let isPair = status.first == UInt8(ascii: "R") || status.first == UInt8(ascii: "C")
      guard let path = tokens.popFirst() else { break }
      let target = isPair ? (tokens.popFirst() ?? path) : path
      guard let commit, status.first != UInt8(ascii: "D"),
        !newBlob.allSatisfy({ $0 == UInt8(ascii: "0") })
      else { continue }
      let name = String(decoding: target, as: UTF8.self)
      revisions[name, default: []].append(
        Revision(
          file: GitFileRevision(
            commit: commit, path: name, blob: String(decoding: newBlob, as: UTF8.self)),
          creates: status.first == UInt8(ascii: "A") || isPair, commitHasParent: hasParent))
    }
  }
}
