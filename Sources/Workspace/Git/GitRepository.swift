import Foundation

/// One commit in which a file had some contents, from `git log --follow`.
struct GitFileRevision: Hashable, Sendable {
  var commit: String
  /// The file's path in the repository at that commit (it changes across renames).
  var path: String
  var blob: String
}

/// Read-only access to a git repository through the `git` executable, without touching the
/// work tree. Revisions are validated and resolved to commit ids before any other use, so that
/// user text never reaches git where it could be read as an option.
struct GitRepository: Sendable {
  /// The top-level folder of the work tree.
  var root: URL
  private var executable: URL

  /// Finds the repository that contains `directory`.
  static func containing(_ directory: URL) throws(WorkspaceError) -> GitRepository {
    guard let executable = ProcessRunner.locate("git") else { throw .gitNotFound }
    let output = try runGit(
      executable, in: directory, ["rev-parse", "--show-toplevel"], description: "rev-parse")
    guard output.status == 0 else {
      throw .notAGitRepository(path: directory.path)
    }
    let top = String(decoding: output.standardOutput, as: UTF8.self)
      .trimmingCharacters(in: .newlines)
    return GitRepository(root: URL(fileURLWithPath: top, isDirectory: true), executable: executable)
  }

  /// The path of `file` relative to the repository root, as git names it.
  func repositoryPath(of file: URL) throws(WorkspaceError) -> String {
    // Usually a prefix away: git reports the root with symbolic links resolved.
    let real = file.resolvingSymlinksInPath().path
    let top = root.resolvingSymlinksInPath().path
    if real.hasPrefix(top + "/") { return String(real.dropFirst(top.count + 1)) }
    let folder = file.deletingLastPathComponent()
    let output = try Self.runGit(
      executable, in: folder, ["rev-parse", "--show-prefix"], description: "rev-parse")
    guard output.status == 0 else {
      throw .notAGitRepository(path: folder.path)
    }
    let prefix = String(decoding: output.standardOutput, as: UTF8.self)
      .trimmingCharacters(in: .newlines)
    return prefix + file.lastPathComponent
  }

  /// Resolves a user-given revision to a commit id; unknown revisions are an error.
  func commit(for revision: String) throws(WorkspaceError) -> String {
    guard !revision.hasPrefix("-") else { throw .revisionLooksLikeOption(revision) }
    guard !revision.isEmpty, let commit = try resolve(revision + "^{commit}") else {
      throw .unknownRevision(revision)
    }
    return commit
  }

  /// The commit `HEAD` points at, or nil in a repository without commits.
  func headCommit() throws(WorkspaceError) -> String? {
    try resolve("HEAD^{commit}")
  }

  /// A `git cat-file --batch` process for this repository, kept open by the caller.
  func openBatchSession() throws(WorkspaceError) -> GitBatchSession {
    do {
      return try GitBatchSession(
        executable: executable, root: root, environment: Self.gitEnvironment)
    } catch {
      throw .gitFailed(command: "cat-file", message: "\(error)")
    }
  }

  /// True in a shallow clone, where the history behind a commit can still grow.
  func isShallow() throws(WorkspaceError) -> Bool {
    let output = try run(["rev-parse", "--is-shallow-repository"])
    guard output.status == 0 else {
      throw .gitFailed(command: "rev-parse", message: output.standardError)
    }
    return String(decoding: output.standardOutput, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines) == "true"
  }

  /// Every commit that changed the file, newest first, following renames, starting at `commit`.
  func history(of path: String, from commit: String) throws(WorkspaceError) -> [GitFileRevision] {
    let output = try run([
      "log", "--follow", "--format=%H", "--raw", "--no-abbrev", "-z", "--end-of-options", commit,
      "--", path,
    ])
    guard output.status == 0 else {
      throw .gitFailed(command: "log", message: output.standardError)
    }
    return GitLogParser.revisions(fromRawLog: output.standardOutput)
  }

  /// `git log` of several paths at once, for `GitHistoryIndex`: every commit from `commit`
  /// that changed one of them, with its parents, and the raw changes to those paths.
  func batchedLog(of paths: [String], from commit: String) throws(WorkspaceError) -> [UInt8] {
    // `:(literal)`: a path is a name, never a pattern (`*`, `?` and `[` are legal in names).
    let output = try run(
      ["log", "--format=%H %P", "--raw", "--no-abbrev", "-z", "--end-of-options", commit, "--"]
        + paths.map { ":(literal)" + $0 })
    guard output.status == 0 else {
      throw .gitFailed(command: "log", message: output.standardError)
    }
    return output.standardOutput
  }

  /// Every file's blob id at `commit` (`git ls-tree -r`), by path.
  func blobs(at commit: String) throws(WorkspaceError) -> [String: String] {
    let output = try run(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit])
    guard output.status == 0 else {
      throw .gitFailed(command: "ls-tree", message: output.standardError)
    }
    // `<mode> <type> <object>\t<path>` per entry.
    var blobs: [String: String] = [:]
    for entry in output.standardOutput.split(separator: 0, omittingEmptySubsequences: true) {
      guard let tab = entry.firstIndex(of: 0x09) else { continue }
      let fields = entry[..<tab].split(separator: 0x20)
      guard fields.count == 3, fields[1].elementsEqual("blob".utf8) else { continue }
      blobs[String(decoding: entry[(tab + 1)...], as: UTF8.self)] = String(
        decoding: fields[2], as: UTF8.self)
    }
    return blobs
  }

  /// The paths `commit` renamed a file to (`git diff-tree -M` against its first parent).
  func renameTargets(in commit: String) throws(WorkspaceError) -> Set<String> {
    let output = try run([
      "diff-tree", "-r", "-M", "--no-commit-id", "--no-abbrev", "-z", "--diff-filter=R",
      "--end-of-options", commit,
    ])
    guard output.status == 0 else {
      throw .gitFailed(command: "diff-tree", message: output.standardError)
    }
    // `:modes blobs R<score>`, the old path, the new path.
    var targets: Set<String> = []
    var tokens = output.standardOutput.split(separator: 0, omittingEmptySubsequences: true)[...]
    while let token = tokens.popFirst() {
      guard token.first == UInt8(ascii: ":") else { continue }
      _ = tokens.popFirst()
      if let target = tokens.popFirst() { targets.insert(String(decoding: target, as: UTF8.self)) }
    }
    return targets
  }

  /// `rev-parse --verify --quiet`: the object id, or nil when the name does not resolve.
  private func resolve(_ name: String) throws(WorkspaceError) -> String? {
    let output = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", name])
    guard output.status == 0 else { return nil }
    let id = String(decoding: output.standardOutput, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return id.isEmpty ? nil : id
  }

  private func run(_ arguments: [String], input: [UInt8]? = nil, outputLimit: Int = 1 << 30)
    throws(WorkspaceError) -> ProcessOutput
  {
    try Self.runGit(
      executable, in: root, arguments, description: arguments.first ?? "", input: input,
      outputLimit: outputLimit)
  }

  private static func runGit(
    _ executable: URL, in directory: URL, _ arguments: [String], description: String,
    input: [UInt8]? = nil, outputLimit: Int = 1 << 30
  ) throws(WorkspaceError) -> ProcessOutput {
    do {
      return try ProcessRunner.run(
        executable: executable, arguments: ["-C", directory.path] + arguments,
        environment: gitEnvironment, input: input, outputLimit: outputLimit)
    } catch {
      throw .gitFailed(command: description, message: "\(error)")
    }
  }

  /// The caller's environment without the variables a git hook sets (they would point git at
  /// another repository than `-C` names), in the C locale, never prompting.
  private static let gitEnvironment: [String: String] = {
    var environment = ProcessInfo.processInfo.environment
    for name in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR"] {
      environment.removeValue(forKey: name)
    }
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    return environment
  }()
}

/// Parses `git log --format=%H --raw --no-abbrev -z` output.
enum GitLogParser {
  /// The file's revisions, newest first; deletions and commits without a change are left out.
  static func revisions(fromRawLog bytes: [UInt8]) -> [GitFileRevision] {
    var result: [GitFileRevision] = []
    var tokens = bytes.split(separator: 0, omittingEmptySubsequences: true).map {
      String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .newlines)
    }[...]
    var commit: String?
    while let token = tokens.popFirst() {
      guard token.hasPrefix(":") else {
        if !token.isEmpty { commit = token }
        continue
      }
      // `:oldmode newmode oldblob newblob status`, then one path, or two for renames/copies.
      let fields = token.split(separator: " ")
      guard fields.count >= 5 else { continue }
      let newBlob = String(fields[3])
      let status = fields[4]
      let pathCount = status.hasPrefix("R") || status.hasPrefix("C") ? 2 : 1
      var path = ""
      for _ in 0..<pathCount { path = tokens.popFirst() ?? path }
      guard let commit, !status.hasPrefix("D"), !newBlob.allSatisfy({ $0 == "0" }) else {
        continue
      }
      result.append(GitFileRevision(commit: commit, path: path, blob: newBlob))
    }
    return result
  }
}
