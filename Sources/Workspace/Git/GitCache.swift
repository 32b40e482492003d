import Foundation

/// What one run learns from git once and reuses for every subject: the repository of each
/// folder, the commit each revision names, the files' blobs at a commit, their histories (read
/// together) and one `cat-file --batch` process per repository. Thread-safe, so subjects can
/// share it.
public final class GitCache: @unchecked Sendable {
  private let lock = NSLock()
  private let computeLock = NSLock()
  private var repositories: [String: Result<GitRepository, WorkspaceError>] = [:]
  /// Folders already placed in a known repository (without a git call).
  private var folderRepositories: [String: GitRepository] = [:]
  /// Per folder: its path inside its repository (`schemas/orders/`, empty at the top).
  private var folderPrefixes: [String: String] = [:]
  private var commits: [String: Result<String?, WorkspaceError>] = [:]
  private var sessions: [String: GitBatchSession] = [:]
  /// Per repository root: the paths whose histories a run will ask for.
  private var expectedHistories: [String: Set<String>] = [:]
  private var historyIndexes: [String: Result<GitHistoryIndex, WorkspaceError>] = [:]
  private var trees: [String: Result<[String: String], WorkspaceError>] = [:]

  public init() {}

  deinit {
    for session in sessions.values { session.close() }
  }

  /// The repository containing `folder` (discovered once per folder; a folder inside a known
  /// repository's work tree, with no nested `.git` on the way up, needs no git call).
  func repository(containing folder: URL) throws(WorkspaceError) -> GitRepository {
    if let placed = lock.withLock({ folderRepositories[folder.path] }) { return placed }
    if let known = knownRepository(containing: folder) {
      lock.withLock { folderRepositories[folder.path] = known }
      return known
    }
    return try cached(&repositories, key: folder.path) { () throws(WorkspaceError) in
      try GitRepository.containing(folder)
    }.get()
  }

  private func knownRepository(containing folder: URL) -> GitRepository? {
    lock.lock()
    let known = repositories.values.compactMap { try? $0.get() }
    lock.unlock()
    let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
    for repository in known {
      let top = repository.root.resolvingSymlinksInPath().path
      guard path == top || path.hasPrefix(top + "/") else { continue }
      var current = URL(fileURLWithPath: path, isDirectory: true)
      var nested = false
      while current.path.count > top.count {
        if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) {
          nested = true
          break
        }
        current = current.deletingLastPathComponent()
      }
      if !nested { return repository }
    }
    return nil
  }

  /// The file's contents at `commit`, or nil when it does not exist there; read through one
  /// `git cat-file --batch` process per repository for the whole run.
  func contents(
    in repository: GitRepository, at commit: String, path: String, displayName: String,
    limit: Int
  ) throws(WorkspaceError) -> [UInt8]? {
    let session = try batchSession(for: repository)
    return try session.contents("\(commit):\(path)", displayName: displayName, limit: limit)
  }

  /// The repository's `git cat-file --batch` process, started on first use.
  func batchSession(for repository: GitRepository) throws(WorkspaceError)
    -> GitBatchSession
  {
    lock.lock()
    defer { lock.unlock() }
    if let session = sessions[repository.root.path] { return session }
    let session = try repository.openBatchSession()
    sessions[repository.root.path] = session
    return session
  }

  /// The path of `file` in `repository`, as git names it; worked out once per folder (it
  /// resolves symbolic links on the way, several system calls per folder level).
  func repositoryPath(of file: URL, in repository: GitRepository) throws(WorkspaceError) -> String {
    let folder = file.deletingLastPathComponent().path
    if let prefix = lock.withLock({ folderPrefixes[folder] }) {
      return prefix + file.lastPathComponent
    }
    let path = try repository.repositoryPath(of: file)
    let name = file.lastPathComponent
    if path.hasSuffix(name), path.count == name.count || path.dropLast(name.count).hasSuffix("/") {
      lock.withLock { folderPrefixes[folder] = String(path.dropLast(name.count)) }
    }
    return path
  }

  /// The blob id of `path` at `commit`, from one `git ls-tree -r` per commit; nil when the
  /// file is not there.
  func blob(of path: String, at commit: String, in repository: GitRepository)
    throws(WorkspaceError) -> String?
  {
    try cached(&trees, key: repository.root.path + "\u{0}" + commit) {
      () throws(WorkspaceError) -> [String: String] in
      try repository.blobs(at: commit)
    }.get()[path]
  }

  /// Notes the files whose histories will be asked for, so that the first request reads them
  /// all with a few `git log` processes.
  func expectHistories(of paths: [String], in repository: GitRepository) {
    lock.withLock { expectedHistories[repository.root.path, default: []].formUnion(paths) }
  }

  /// Every commit from `commit` that changed the file, newest first, renames followed: from
  /// the batched log of the expected files when it covers `path`, else from the file's own
  /// `git log --follow`.
  func history(of path: String, from commit: String, in repository: GitRepository)
    throws(WorkspaceError) -> [GitFileRevision]
  {
    let root = repository.root.path
    let expected = lock.withLock { expectedHistories[root] ?? [] }
    if expected.contains(path) {
      let index = try cached(&historyIndexes, key: root + "\u{0}" + commit) {
        () throws(WorkspaceError) -> GitHistoryIndex in
        try GitHistoryIndex.build(
          Array(expected), from: commit,
          log: { (paths) throws(WorkspaceError) -> [UInt8] in
            try repository.batchedLog(of: paths, from: commit)
          },
          renameTargets: { (creation) throws(WorkspaceError) -> Set<String> in
            try repository.renameTargets(in: creation)
          })
      }.get()
      if let known = index.history(of: path) { return known }
    }
    return try repository.history(of: path, from: commit)
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

  /// Looks `key` up, computing and storing the value (or its error) once: computations are
  /// serialised, so that subjects checked in parallel never run the same git command twice
  /// (and git children are not started concurrently, which stalls Foundation's `Process` on
  /// Linux for up to a second).
  private func cached<Value>(
    _ table: inout [String: Result<Value, WorkspaceError>], key: String,
    compute: () throws(WorkspaceError) -> Value
  ) -> Result<Value, WorkspaceError> {
    computeLock.lock()
    defer { computeLock.unlock() }
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
