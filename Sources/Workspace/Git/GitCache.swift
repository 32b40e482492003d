import Foundation

/// What one run learns from git once and reuses for every subject: the repository of each
/// folder and the commit each revision names. Thread-safe, so subjects can share it.
public final class GitCache: @unchecked Sendable {
  private let lock = NSLock()
  private var repositories: [String: Result<GitRepository, WorkspaceError>] = [:]
  private var commits: [String: Result<String?, WorkspaceError>] = [:]

  public init() {}

  /// The repository containing `folder` (discovered once per folder).
  func repository(containing folder: URL) throws(WorkspaceError) -> GitRepository {
    try cached(&repositories, key: folder.path) { () throws(WorkspaceError) in
      try GitRepository.containing(folder)
    }.get()
  }

  /// The commit `revision` names (nil revision: HEAD, nil result: no commits yet).
  func commit(for revision: String?, in repository: GitRepository) throws(WorkspaceError)
    -> String?
  {
    let key = repository.root.path + "\u{0}" + (revision ?? "")
    return try cached(&commits, key: key) { () throws(WorkspaceError) -> String? in
      if let revision { return try repository.commit(for: revision) }
      return try repository.headCommit()
    }.get()
  }

  /// Looks `key` up, computing and storing the value (or its error) outside the lock.
  private func cached<Value>(
    _ table: inout [String: Result<Value, WorkspaceError>], key: String,
    compute: () throws(WorkspaceError) -> Value
  ) -> Result<Value, WorkspaceError> {
    lock.lock()
    let known = table[key]
    lock.unlock()
    if let known { return known }
    let result = Result { () throws(WorkspaceError) -> Value in try compute() }
    lock.lock()
    table[key] = result
    lock.unlock()
    return result
  }
}
