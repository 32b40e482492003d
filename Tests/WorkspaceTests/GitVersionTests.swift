import Foundation
import Testing

@testable import Workspace

/// Real git repositories in temporary folders: three commits of a schema, then a rename.
@Suite("Git version sources")
struct GitVersionTests {
  static let v1 = AvroSamples.order(AvroSamples.id)
  static let v2 = AvroSamples.order(AvroSamples.id, AvroSamples.totalWithDefault)
  static let v3 = AvroSamples.order(AvroSamples.id, AvroSamples.totalWithDefault, AvroSamples.note)
  static let working = AvroSamples.order(AvroSamples.id, AvroSamples.total)

  /// v1, v2, v1 again (a revert), v3, then a rename of `old/order.avsc` to `schemas/order.avsc`;
  /// the work tree then holds `working`.
  private func makeRepository() throws -> TemporaryTree {
    let tree = try TemporaryTree()
    try tree.git("init", "-q")
    try tree.write("old/order.avsc", Self.v1)
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "v1")
    try tree.write("old/order.avsc", Self.v2)
    try tree.git("commit", "-q", "-a", "-m", "v2")
    try tree.write("old/order.avsc", Self.v1)
    try tree.git("commit", "-q", "-a", "-m", "revert to v1")
    try tree.write("old/order.avsc", Self.v3)
    try tree.git("commit", "-q", "-a", "-m", "v3")
    try tree.git("mv", "old", "schemas")
    try tree.git("commit", "-q", "-m", "rename")
    try tree.write("schemas/order.avsc", Self.working)
    return tree
  }

  private func request(
    _ tree: TemporaryTree, against: AgainstReference?, transitive: Bool,
    path: String = "schemas/order.avsc"
  ) throws -> VersionRequest {
    let file = tree.url(path)
    return VersionRequest(
      file: file, displayPath: path, newBytes: Array(try Data(contentsOf: file)),
      baseDirectory: tree.root, against: against, transitive: transitive)
  }

  private func texts(_ versions: [EarlierVersion]) -> [String] {
    versions.map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  @Test func againstHeadTildeOneIsTheLatestEarlierVersion() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    try tree.git("commit", "-q", "-a", "-m", "working")
    try tree.write("schemas/order.avsc", Self.v1 + " ")
    // HEAD~1 is the rename commit, holding v3.
    let atParent = try VersionHistory.earlierVersions(
      request(tree, against: .revision("HEAD~1"), transitive: false))
    #expect(texts(atParent) == [Self.v3])
    #expect(atParent.map(\.label) == ["HEAD~1:schemas/order.avsc"])
    // HEAD~2 is before the rename: the file was at old/order.avsc, so at this path it has no
    // earlier version there.
    let beforeRename = try VersionHistory.earlierVersions(
      request(tree, against: .revision("HEAD~2"), transitive: false))
    #expect(beforeRename.isEmpty)
  }

  @Test func againstParsesGitPrefixAndDirectories() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try FileManager.default.createDirectory(
      at: tree.url("release"), withIntermediateDirectories: true)
    #expect(
      AgainstReference.parse("git:release", currentDirectory: tree.root) == .revision("release"))
    #expect(
      AgainstReference.parse("release", currentDirectory: tree.root)
        == .directory(tree.url("release").standardizedFileURL, displayPath: "release"))
    #expect(AgainstReference.parse("HEAD~1", currentDirectory: tree.root) == .revision("HEAD~1"))
  }

  @Test func transitiveHistoryIsDistinctOldestFirstAndFollowsTheRename() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    let history = try VersionHistory.earlierVersions(
      request(tree, against: nil, transitive: true))
    // v1 (first commit), v2, v3; the revert to v1 is not repeated; HEAD's content comes last.
    #expect(texts(history) == [Self.v1, Self.v2, Self.v3])
    #expect(history[0].label.hasSuffix(":old/order.avsc"))
    #expect(history[1].label.hasSuffix(":old/order.avsc"))
    #expect(history[2].label == "HEAD:schemas/order.avsc")
    let latest = try VersionHistory.earlierVersions(request(tree, against: nil, transitive: false))
    #expect(texts(latest) == [Self.v3])
  }

  @Test func transitiveAgainstARevisionReadsThatRevisionsHistory() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    try tree.git("tag", "release-1", "HEAD~2")  // the revert to v1, file at old/order.avsc
    let file = tree.url("old/order.avsc")
    try tree.write("old/order.avsc", Self.working)
    let request = VersionRequest(
      file: file, displayPath: "old/order.avsc", newBytes: Array(Self.working.utf8),
      baseDirectory: tree.root, against: .revision("release-1"), transitive: true)
    let history = try VersionHistory.earlierVersions(request)
    // History of release-1: v1, v2, v1. The content at the revision is the latest version.
    #expect(texts(history) == [Self.v2, Self.v1])
    #expect(history.last?.label == "release-1:old/order.avsc")
  }

  @Test func contentIdenticalToTheNewVersionIsLeftOut() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    try tree.write("schemas/order.avsc", Self.v3)
    let latest = try VersionHistory.earlierVersions(request(tree, against: nil, transitive: false))
    #expect(texts(latest) == [Self.v2])
    let atHead = try VersionHistory.earlierVersions(
      request(tree, against: .revision("HEAD"), transitive: false))
    #expect(atHead.isEmpty)
  }

  @Test func contentEndingLikeAMissingObjectIsStillRead() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.git("init", "-q")
    try tree.write("odd.avsc", "HEAD:odd.avsc missing\n")
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "odd")
    try tree.write("odd.avsc", Self.v1)
    let versions = try VersionHistory.earlierVersions(
      request(tree, against: .revision("HEAD"), transitive: false, path: "odd.avsc"))
    #expect(texts(versions) == ["HEAD:odd.avsc missing\n"])
  }

  @Test func unknownRevisionIsAnError() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    #expect(throws: WorkspaceError.unknownRevision("no-such-branch")) {
      try VersionHistory.earlierVersions(
        request(tree, against: .revision("no-such-branch"), transitive: false))
    }
    #expect(
      WorkspaceError.unknownRevision("no-such-branch").description
        == "unknown git revision 'no-such-branch'")
  }

  @Test func revisionStartingWithADashIsRefused() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    for revision in ["--output=/tmp/x", "-h"] {
      #expect(throws: WorkspaceError.revisionLooksLikeOption(revision)) {
        try VersionHistory.earlierVersions(
          request(tree, against: .revision(revision), transitive: true))
      }
    }
  }

  @Test func fileAbsentAtTheRevisionHasNoEarlierVersion() throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    try tree.write("schemas/new.avsc", Self.v1)
    let versions = try VersionHistory.earlierVersions(
      request(tree, against: .revision("HEAD"), transitive: true, path: "schemas/new.avsc"))
    #expect(versions.isEmpty)
    let uncommitted = try VersionHistory.earlierVersions(
      request(tree, against: nil, transitive: true, path: "schemas/new.avsc"))
    #expect(uncommitted.isEmpty)
  }

  @Test func notAGitRepositoryIsAnError() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("order.avsc", Self.v1)
    let request = try request(
      tree, against: .revision("HEAD"), transitive: false, path: "order.avsc")
    #expect {
      try VersionHistory.earlierVersions(request)
    } throws: { error in
      guard case .notAGitRepository = error as? WorkspaceError else { return false }
      return true
    }
  }

  @Test func logParserReadsRenamesAndSkipsDeletions() {
    let log =
      "c3\0\n:100644 100644 a b R100\0old.avsc\0new.avsc\0c2\0\n:100644 000000 b 0000000000 D\0old.avsc\0c1\0\n:000000 100644 0000 a A\0old.avsc\0"
    let revisions = GitLogParser.revisions(fromRawLog: Array(log.utf8))
    #expect(
      revisions == [
        GitFileRevision(commit: "c3", path: "new.avsc", blob: "b"),
        GitFileRevision(commit: "c1", path: "old.avsc", blob: "a"),
      ])
  }
}
