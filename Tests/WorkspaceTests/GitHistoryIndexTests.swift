import Foundation
import Testing

@testable import Workspace

/// The batched history (`git log` of many paths at once) gives each file the revisions its own
/// `git log --follow` gives, and leaves renamed files to `--follow`.
@Suite struct GitHistoryIndexTests {
  static let paths = [
    "a.json", "later/b.json", "renamed/c.json", "gone.json", "odd [1]*.json", "-dash.json",
    "side.json", "never.json",
  ]

  /// Files added in the first commit and later ones, changed, deleted and added again, renamed,
  /// names with pattern characters and a leading dash, and a change made on a merged branch.
  private func makeRepository() throws -> TemporaryTree {
    let tree = try TemporaryTree()
    try tree.git("init", "-q", "-b", "main")
    try tree.write("a.json", #"{"v": 1}"#)
    try tree.write("c.json", #"{"c": 1, "padding": "enough text for rename detection"}"#)
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "one")
    try tree.write("a.json", #"{"v": 2}"#)
    try tree.write("later/b.json", #"{"b": 1}"#)
    try tree.write("gone.json", #"{"g": 1}"#)
    try tree.write("odd [1]*.json", #"{"o": 1}"#)
    try tree.write("-dash.json", #"{"d": 1}"#)
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "two")
    try FileManager.default.createDirectory(
      at: tree.url("renamed"), withIntermediateDirectories: true)
    try tree.git("mv", "c.json", "renamed/c.json")
    try tree.git("rm", "-q", "gone.json")
    try tree.write("odd [1]*.json", #"{"o": 2}"#)
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "three")
    try tree.git("checkout", "-q", "-b", "side")
    try tree.write("side.json", #"{"s": 1}"#)
    try tree.write("a.json", #"{"v": 3}"#)
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "side")
    try tree.git("checkout", "-q", "main")
    try tree.write("gone.json", #"{"g": 2}"#)
    try tree.write("later/b.json", #"{"b": 2}"#)
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "four")
    try tree.git("merge", "-q", "--no-edit", "side")
    return tree
  }

  @Test func batchedHistoriesMatchEachFilesOwnLog() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    let repository = try GitRepository.containing(tree.root)
    let cache = GitCache()
    let head = try #require(try repository.headCommit())
    cache.expectHistories(of: Self.paths, in: repository)
    for path in Self.paths {
      let own = try repository.history(of: path, from: head)
      #expect(try cache.history(of: path, from: head, in: repository) == own, "\(path)")
    }
    // The renamed file continues under its old name: its history has both.
    let renamed = try cache.history(of: "renamed/c.json", from: head, in: repository)
    #expect(renamed.map(\.path) == ["renamed/c.json", "c.json"])
    #expect(try cache.history(of: "a.json", from: head, in: repository).count == 3)
  }

  @Test func theIndexLeavesRenamedFilesToFollow() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    let repository = try GitRepository.containing(tree.root)
    let head = try #require(try repository.headCommit())
    var logs = 0
    let index = try GitHistoryIndex.build(
      Self.paths, from: head,
      log: { (paths) throws(WorkspaceError) -> [UInt8] in
        logs += 1
        return try repository.batchedLog(of: paths, from: head)
      },
      renameTargets: { (commit) throws(WorkspaceError) -> Set<String> in
        try repository.renameTargets(in: commit)
      })
    #expect(logs == 1)
    #expect(index.history(of: "renamed/c.json") == nil)
    #expect(index.history(of: "not-asked.json") == nil)
    #expect(index.history(of: "never.json") == [])
    #expect(index.history(of: "later/b.json")?.count == 2)
    #expect(index.history(of: "gone.json")?.count == 2)
  }
}
