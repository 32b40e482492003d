import Catalog
import Compat
import Foundation
import Parsers
import SchemaModel

/// Every version of a subject, oldest first, each compared with the one before it: what the
/// catalog's version history shows.
struct SubjectHistory: Sendable {
  /// The newest version's model (its root selected) and the named types it sees.
  var document: SchemaDocument
  var types: TypeTable
  var versions: [CatalogVersion]
  /// The newest schema's bytes as the check read them (file or AsyncAPI-embedded).
  var newBytes: [UInt8]
}

extension CheckRun {
  /// The history of every subject, in subject order, passed through `transform` (with the
  /// subject's index), which runs in the same parallel task, so what the catalog makes of a
  /// subject is made on every core too. Versions come from the subject's `versions:` folder or
  /// its git history, whatever its mode covers; each consecutive pair is diffed and judged by
  /// the subject's mode (Buf's FILE rules added for Protobuf when the config gates with them).
  /// Without `gitHistory`, subjects with no `versions:` folder have one version.
  func histories<Output: Sendable>(
    gitHistory: Bool, _ transform: @escaping @Sendable (Int, SubjectHistory) -> Output
  ) async throws(WorkspaceError) -> [Output] {
    let schemas = try await readNewSchemas()
    let linked = SubjectLinker.link(schemas.map(\.document))
    let cache = GitCache()
    if gitHistory { warmUp(cache) }
    let importCache = ProtoImportCache()
    // Subjects are independent: their histories are read and compared in parallel.
    let total = subjects.count
    let results = await Parallel.map(Array(subjects.indices)) { index in
      defer { progress?.advance("history", total: total) }
      return Result { () throws(WorkspaceError) -> Output in
        let history =
          ProtoSubjectFiles.isProto(subjects[index].schemaPath)
          ? try protoHistory(
            index: index, newBytes: schemas[index].bytes, cache: cache, importCache: importCache,
            gitHistory: gitHistory)
          : try modelHistory(
            index: index, newBytes: schemas[index].bytes, linked: linked, cache: cache,
            gitHistory: gitHistory)
        return transform(index, history)
      }
    }
    var outputs: [Output] = []
    for result in results { outputs.append(try result.get()) }
    return outputs
  }

  /// Every earlier version, oldest first; none from git when `git` is false.
  private func earlierVersions(
    of subject: Subject, newBytes: [UInt8], git: Bool, cache: GitCache
  ) throws(WorkspaceError) -> [EarlierVersion] {
    // A schema written inside an AsyncAPI document has no history of its own.
    guard git || subject.versionsPattern != nil, subject.embeddedSchema == nil else { return [] }
    let request = VersionRequest(
      file: subject.file, displayPath: subject.schemaPath, newBytes: newBytes,
      baseDirectory: baseDirectory, versionsPattern: subject.versionsPattern, against: nil,
      transitive: true, displayPrefix: displayPrefix)
    return try earlierVersions(request, cache: cache)
  }

  private func modelHistory(
    index: Int, newBytes: [UInt8], linked: SubjectLinker.Result, cache: GitCache,
    gitHistory: Bool
  ) throws(WorkspaceError) -> SubjectHistory {
    let subject = subjects[index]
    let document = RootSelection.select(subject.message, in: linked.documents[index])
    let types = linked.types(for: index)
    let newest = withJSONSchema(
      SchemaVersion(label: displayPrefix + subject.schemaPath, document: document, types: types),
      bytes: newBytes)
    var versions: [SchemaVersion] = []
    for earlier in try earlierVersions(
      of: subject, newBytes: newBytes, git: gitHistory, cache: cache)
    {
      let old = RootSelection.select(
        subject.message, in: parsedEarlierVersion(earlier.bytes, label: earlier.label))
      versions.append(
        withJSONSchema(
          SchemaVersion(
            label: earlier.label, document: old, types: linked.types(for: old, of: index)),
          bytes: earlier.bytes))
    }
    versions.append(newest)
    return SubjectHistory(
      document: document, types: types,
      versions: steps(versions, mode: confluentMode(for: subject), bufFile: nil),
      newBytes: newBytes)
  }

  private func protoHistory(
    index: Int, newBytes: [UInt8], cache: GitCache, importCache: ProtoImportCache,
    gitHistory: Bool
  ) throws(WorkspaceError) -> SubjectHistory {
    let subject = subjects[index]
    let displayPath = displayPrefix + subject.schemaPath
    let (newImage, importPath) = newProtoImage(of: subject, bytes: newBytes)
    let document = ProtoToolchain.document(
      of: newImage, displayPath: displayPath, message: subject.message)
    var versions: [SchemaVersion] = []
    for earlier in try earlierVersions(
      of: subject, newBytes: newBytes, git: gitHistory, cache: cache)
    {
      let image = try earlierImage(
        earlier, importPath: importPath, subject: subject, cache: cache, importCache: importCache)
      versions.append(
        SchemaVersion(
          label: earlier.label,
          document: ProtoToolchain.document(
            of: image, displayPath: earlier.label, message: subject.message),
          protoImage: image))
    }
    versions.append(SchemaVersion(label: displayPath, document: document, protoImage: newImage))
    return SubjectHistory(
      document: document, types: TypeTable(documents: [document]),
      versions: steps(
        versions, mode: confluentMode(for: subject), bufFile: proto.selection(for: modeOverride)),
      newBytes: newBytes)
  }

  /// Each version with its changes from the one before and the verdict of its mode.
  private func steps(
    _ versions: [SchemaVersion], mode: CompatibilityMode, bufFile: ProtoBreakingSelection?
  ) -> [CatalogVersion] {
    var steps: [CatalogVersion] = []
    for (position, version) in versions.enumerated() {
      let label = Self.versionLabel(version.label, isNewest: position == versions.count - 1)
      guard position > 0 else {
        steps.append(CatalogVersion(label: label, source: version.label, verdict: .first))
        continue
      }
      let previous = versions[position - 1]
      guard !previous.document.hasErrors, !version.document.hasErrors else {
        steps.append(CatalogVersion(label: label, source: version.label, verdict: .notCompared))
        continue
      }
      let changes = SchemaDiffer.diff(old: previous, new: version).map {
        CatalogChange(
          kind: $0.kind.rawValue, message: $0.message, breaksBackward: $0.breaksBackward,
          breaksForward: $0.breaksForward)
      }
      var errors = Set<String>()
      if mode != .none {
        let verdict = CompatibilityChecker.check(new: version, previous: [previous], mode: mode)
        errors.formUnion(verdict.findings.filter { $0.severity == .error }.map(\.ruleID.rawValue))
      }
      if let bufFile, let old = previous.protoImage, let new = version.protoImage {
        let findings = ProtoToolchain.breakingFindings(
          previous: old, current: new, selection: bufFile, fallback: version.label)
        errors.formUnion(findings.filter { $0.severity == .error }.map(\.ruleID.rawValue))
      }
      let verdict: CatalogVerdict =
        !errors.isEmpty
        ? .incompatible(rules: errors.sorted())
        : (mode == .none && bufFile == nil ? .ungated : .compatible)
      steps.append(
        CatalogVersion(label: label, source: version.label, changes: changes, verdict: verdict))
    }
    return steps
  }

  /// `v2` for a version file (`.../v2.avsc`), the revision for git (`a1b2c3d:path`), and
  /// `current` for the working tree's file unless it is itself a version file (`v10.avsc`).
  static func versionLabel(_ source: String, isNewest: Bool) -> String {
    if !isNewest, let colon = source.firstIndex(of: ":") { return String(source[..<colon]) }
    let name = source.split(separator: "/").last.map(String.init) ?? source
    let stem = name.split(separator: ".").first.map(String.init) ?? name
    guard isNewest else { return stem }
    return ConfigScaffold.isVersionFile(stem) ? stem : "current"
  }
}
