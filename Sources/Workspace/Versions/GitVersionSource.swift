import Foundation

/// Earlier versions from git's object store: the file at a revision, and for transitive modes
/// every distinct content in that revision's history of the file (renames followed).
enum GitVersionSource {
  /// `revision` nil means the file's committed history from HEAD.
  static func versions(_ request: VersionRequest, revision: String?, cache: GitCache)
    throws(WorkspaceError) -> [EarlierVersion]
  {
    let repository = try cache.repository(containing: request.file.deletingLastPathComponent())
    let path = try cache.repositoryPath(of: request.file, in: repository)
    let tipLabel = "\(revision ?? "HEAD"):\(path)"
    let limit = SchemaFileReader.schemaSizeLimit
    // A repository without commits has no history yet.
    guard let commit = try cache.commit(for: revision, in: repository) else { return [] }
    if !request.transitive, revision != nil {
      guard
        let bytes = try cache.contents(
          in: repository, at: commit, path: path, displayName: tipLabel, limit: limit)
      else { return [] }
      return [EarlierVersion(label: tipLabel, bytes: bytes, gitCommit: commit)].distinctContents(
        excluding: request.newBytes)
    }
    // The tip and every earlier blob come through the run's one `cat-file --batch` process,
    // and the history from the run's batched log: a subject starts no process of its own
    // (unless its file was renamed where it was created: then `git log --follow`).
    let session = try cache.batchSession(for: repository)
    guard let tip = try session.blob("\(commit):\(path)", displayName: tipLabel, limit: limit)
    else { return [] }
    let entries = ordered(
      try cache.history(of: path, from: commit, in: repository), tipBlob: tip.id,
      tipLabel: tipLabel,
      tipCommit: commit)
    // A non-transitive check needs only the latest content that differs from the new one;
    // blobs are read newest first, and only as far as that for it.
    var versions: [EarlierVersion] = []
    for entry in entries.reversed() {
      let bytes: [UInt8]
      if entry.blob == tip.id {
        bytes = tip.bytes
      } else {
        guard let read = try session.contents(entry.blob, displayName: entry.label, limit: limit)
        else { throw .unreadableGitObject(entry.label, reason: "git has no object \(entry.blob)") }
        bytes = read
      }
      if bytes == request.newBytes { continue }
      versions.append(EarlierVersion(label: entry.label, bytes: bytes, gitCommit: entry.commit))
      if !request.transitive { break }
    }
    return Array(versions.reversed())
  }

  struct Entry: Equatable {
    var blob: String
    var label: String
    var commit: String? = nil
  }

  /// Distinct blobs oldest first, each at its oldest commit, except the content at the tip,
  /// which is always the latest earlier version (even when it reverts an older one).
  static func ordered(
    _ newestFirst: [GitFileRevision], tipBlob: String, tipLabel: String, tipCommit: String? = nil
  ) -> [Entry] {
    var seen: Set<String> = [tipBlob]
    var entries: [Entry] = []
    for revision in newestFirst.reversed() where seen.insert(revision.blob).inserted {
      entries.append(
        Entry(
          blob: revision.blob, label: "\(revision.commit.prefix(7)):\(revision.path)",
          commit: revision.commit))
    }
    entries.append(Entry(blob: tipBlob, label: tipLabel, commit: tipCommit))
    return entries
  }
}
