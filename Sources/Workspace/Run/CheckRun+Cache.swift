import Compat
import Foundation
import Parsers
import SchemaModel

/// `check --cache`: a subject whose inputs are all unchanged since a run that stored its outcome
/// takes that outcome instead of reading its history, parsing, linking and comparing.
///
/// One entry per subject, not per (new, earlier) pair: a transitive mode stops at the first
/// earlier version that fails and names the versions by labels in its messages, so the outcome
/// is a function of the whole ordered history, and reading and comparing the versions is only
/// skipped when that whole history is known to be unchanged.
extension CheckRun {
  /// Whether a subject may go through the cache at all. Payload fixtures are validated on every
  /// run (their files are not covered by the key), and a schema written inside an AsyncAPI
  /// document is cheap: such subjects are checked as without the cache.
  func isCacheable(_ subject: Subject) -> Bool {
    subject.embeddedSchema == nil && subject.examples.isEmpty && subject.counterexamples.isEmpty
      && subject.inlineExamples.isEmpty
  }

  /// The key fields every subject of the run shares: the settings that can change a verdict.
  /// The config's `compat:` rules and suppressions are left out: they apply to cached and
  /// fresh outcomes alike, after the cache.
  func runKeyBuilder() -> CacheKeyBuilder {
    var builder = CacheKeyBuilder("check subject")
    builder.add("display prefix", displayPrefix)
    builder.add("mode override", modeOverride?.name ?? "")
    // Roots as written and as resolved (the git loader follows links), relative to the
    // config's folder when inside it, so that a checkout in another place shares the entries.
    let base = baseDirectory.standardizedFileURL.path
    let realBase = baseDirectory.resolvingSymlinksInPath().standardizedFileURL.path
    for root in proto.roots {
      let path = root.standardizedFileURL.path
      let real = root.resolvingSymlinksInPath().standardizedFileURL.path
      builder.add(
        "proto root", path.hasPrefix(base + "/") ? String(path.dropFirst(base.count)) : path)
      builder.add(
        "proto root resolved",
        real.hasPrefix(realBase + "/") ? String(real.dropFirst(realBase.count)) : real)
    }
    if let selection = proto.selection(for: modeOverride) {
      for rule in selection.use { builder.add("buf use", rule) }
      for rule in selection.except { builder.add("buf except", rule) }
      for path in selection.ignore { builder.add("buf ignore", path) }
      for entry in selection.ignoreOnly {
        builder.add("buf ignore-only", entry.rule)
        for path in entry.paths { builder.add("buf ignore-only path", path) }
      }
    }
    builder.add("json-schema draft", jsonSchema.draft?.rawValue ?? "")
    builder.add("json-schema policy", jsonSchema.policy.rawValue)
    if case .directory(_, let display) = against { builder.add("against folder", display) }
    return builder
  }

  /// Asks git, before the subjects run in parallel, whether each repository is a shallow clone:
  /// there the history of a commit can still grow (`git fetch --unshallow`), so its subjects
  /// are not cached.
  func prepareCache(_ store: CheckCache, git: GitCache) {
    var folders: Set<String> = []
    for subject in subjects where subject.versionsPattern == nil && isCacheable(subject) {
      let folder = subject.file.deletingLastPathComponent()
      guard folders.insert(folder.path).inserted,
        let repository = try? git.repository(containing: folder)
      else { continue }
      if store.isShallow(repository) == nil {
        store.setShallow((try? repository.isShallow()) ?? true, for: repository)
      }
    }
  }

  /// One subject through the cache: its outcome when an entry matches, else checked and stored.
  func checkSubjectThroughCache(
    index: Int, schemas: [NewSchema], linked: SubjectLinker.Result, git: GitCache,
    importCache: ProtoImportCache, store: CheckCache, runKey: CacheKeyBuilder
  ) throws(WorkspaceError) -> SubjectOutcome {
    let subject = subjects[index]
    let newBytes = schemas[index].bytes
    let isProto = ProtoSubjectFiles.isProto(subject.schemaPath)
    guard isCacheable(subject) else {
      if isProto {
        return try checkProtoSubject(
          index: index, newBytes: newBytes, cache: git, importCache: importCache)
      }
      return try checkSubject(index: index, newBytes: newBytes, linked: linked, cache: git)
    }
    var builder = runKey
    builder.add("subject", subject.name)
    builder.add("schema", subject.schemaPath)
    builder.add("message", subject.message ?? "")
    builder.add("mode", confluentMode(for: subject).rawValue)
    builder.add("versions", subject.versionsPattern ?? "")
    builder.add("new", bytes: newBytes)
    var newImage: (ProtoImage, importPath: String)?
    if isProto {
      // The new file is linked here once, recording the imports it reads, and reused below.
      let recorder = RecordingProtoImportLoader(ProtoRoot.loader(displayRoots(proto.roots)))
      newImage = newProtoImage(of: subject, bytes: newBytes, loader: recorder)
      recorder.addLoads(to: &builder)
    } else {
      // Avro names defined in other subjects' files: the same files for every version.
      for other in linked.references[index] {
        builder.add("reference", subjects[other].schemaPath)
        builder.add("reference bytes", bytes: schemas[other].bytes)
      }
    }
    let check = { () throws(WorkspaceError) -> SubjectOutcome in
      if isProto {
        return try checkProtoSubject(
          index: index, newBytes: newBytes, cache: git, importCache: importCache,
          newImage: newImage)
      }
      return try checkSubject(index: index, newBytes: newBytes, linked: linked, cache: git)
    }
    guard
      addHistory(
        of: subject, newBytes: newBytes, isProto: isProto, git: git, store: store,
        to: &builder)
    else { return try check() }
    let key = builder.key
    if let hit = store.lookup(key), hit.result.name == subject.name {
      return SubjectOutcome(
        result: hit.result, findings: hit.diagnostics.map { Finding($0, subject: subject.name) },
        unparseable: hit.unparseable)
    }
    let outcome = try check()
    if outcome.payloads.isEmpty {
      store.store(
        CachedSubject(
          result: outcome.result, diagnostics: outcome.findings.map { $0.diagnostic },
          unparseable: outcome.unparseable),
        key: key)
    }
    return outcome
  }

  /// Adds what identifies the subject's earlier versions; false when that cannot be pinned down
  /// cheaply and safely (the subject is then checked without the cache).
  private func addHistory(
    of subject: Subject, newBytes: [UInt8], isProto: Bool, git: GitCache, store: CheckCache,
    to builder: inout CacheKeyBuilder
  ) -> Bool {
    let mode = confluentMode(for: subject)
    guard mode != .none || (isProto && proto.selection(for: modeOverride) != nil) else {
      builder.add("history", "none")
      return true
    }
    builder.add("transitive", mode.isTransitive ? "yes" : "no")
    var revision: String?
    if subject.versionsPattern == nil {
      switch against {
      case .revision(let name): revision = name
      case nil: revision = nil
      case .directory: return addVersionFiles(of: subject, newBytes, isProto, git, &builder)
      }
    } else {
      return addVersionFiles(of: subject, newBytes, isProto, git, &builder)
    }
    // A commit pins the file's whole history, and the imports of every commit in it.
    let folder = subject.file.deletingLastPathComponent()
    // Placed in its repository by `prepareCache` (`GitCache` keeps that per folder).
    guard let repository = try? git.repository(containing: folder),
      store.isShallow(repository) == false,
      let path = try? git.repositoryPath(of: subject.file, in: repository)
    else { return false }
    let commit: String?
    do {
      commit = try git.commit(for: revision, in: repository)
    } catch {
      return false
    }
    builder.add("revision", revision ?? "")
    builder.add("path", path)
    guard !isProto, let commit else {
      // A Protobuf version links with the imports of its own commit, which change in commits
      // that never touch the file: only the commit pins them all.
      builder.add("commit", commit ?? "none")
      return true
    }
    // Avro and JSON Schema versions are the file's own blobs: the commits that changed the
    // file and its blob at the tip pin them (and the labels messages show), so the entry
    // survives commits that leave the file alone.
    guard let tip = try? git.blob(of: path, at: commit, in: repository),
      let history = try? git.history(of: path, from: commit, in: repository)
    else { return false }
    builder.add("tip", tip)
    for change in history {
      builder.add("change", "\(change.commit) \(change.blob) \(change.path)")
    }
    return true
  }

  /// Earlier versions from files (`versions:`, `--against DIR`): their labels and bytes. Not for
  /// Protobuf, whose versions there link with imports the key could only cover by linking them.
  private func addVersionFiles(
    of subject: Subject, _ newBytes: [UInt8], _ isProto: Bool, _ git: GitCache,
    _ builder: inout CacheKeyBuilder
  ) -> Bool {
    guard !isProto else { return false }
    let request = VersionRequest(
      file: subject.file, displayPath: subject.schemaPath, newBytes: newBytes,
      baseDirectory: baseDirectory, versionsPattern: subject.versionsPattern, against: against,
      transitive: confluentMode(for: subject).isTransitive, displayPrefix: displayPrefix)
    guard let versions = try? earlierVersions(request, cache: git) else { return false }
    for version in versions {
      builder.add("earlier", version.label)
      builder.add("earlier bytes", bytes: version.bytes)
    }
    return true
  }
}
