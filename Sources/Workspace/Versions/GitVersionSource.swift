import Foundation

/// Earlier versions from git's object store: the file at a revision, and for transitive modes
/// every distinct content in that revision's history of the file (renames followed).
enum GitVersionSource {
  /// `revision` nil means the file's committed history from HEAD.
  static func versions(_ request: VersionRequest, revision: String?, cache: GitCache)
    throws(WorkspaceError) -> [EarlierVersion]
  {
    let repository = try cache.repository(containing: request.file.deletingLastPathComponent())
    let path = try repository.repositoryPath(of: request.file)
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
    guard let tipBlob = try repository.blob(at: commit, path: path) else { return [] }
    let entries = ordered(
      try repository.history(of: path, from: commit), tipBlob: tipBlob, tipLabel: tipLabel,
      tipCommit: commit)
    // A non-transitive check needs only the latest content that differs from the new one;
    // blobs are read newest first, one at a time for that, all at once otherwise.
    var versions: [EarlierVersion] = []
    if request.transitive {
      let contents = try repository.read(
        blobs: entries.map(\.blob), names: entries.map(\.label), limit: limit)
      for (entry, bytes) in zip(entries, contents).reversed() where bytes != request.newBytes {
        versions.append(EarlierVersion(label: entry.label, bytes: bytes, gitCommit: entry.commit))
      }
    } else {
      for entry in entries.reversed() {
        let bytes = try repository.read(blob: entry.blob, displayName: entry.label, limit: limit)
        if bytes == request.newBytes { continue }
        versions.append(EarlierVersion(label: entry.label, bytes: bytes, gitCommit: entry.commit))
        break
      }
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
