import Compat
import Foundation
import Parsers
import SchemaModel

/// `schemacheck check` (and `compat`): every subject's new version against its earlier ones.
public struct CheckRun: Sendable {
  /// Confluent Schema Registry's default level.
  public static let defaultMode = CompatibilityMode.backward

  public var subjects: [Subject]
  /// The folder schema paths and `versions:` patterns are relative to.
  public var baseDirectory: URL
  public var against: AgainstReference?
  /// `--mode`: replaces every subject's configured gate (a Buf category: Protobuf only).
  public var modeOverride: GateMode?
  /// Import roots and Buf's rules for `.proto` subjects.
  public var proto: ProtoRunSettings
  /// Prepended to schema paths in findings and labels, so that they read from the current
  /// directory rather than from the config's folder.
  public var displayPrefix: String
  /// Draft, `$ref` mappings and policy for JSON Schema subjects.
  public var jsonSchema: JSONSchemaCheckSettings
  /// The config's `compat:` section: findings left out or given another severity.
  public var findingRules = FindingRules()
  /// Findings about the config's AsyncAPI documents (paths relative to the base folder).
  public var asyncAPIFindings: [Diagnostic] = []
  /// Shares earlier versions and their parses between passes (the catalog's); nil reads them
  /// afresh.
  var versionCache: VersionCache?
  /// Told as each subject finishes; nil reports nothing.
  public var progress: RunProgress?
  /// `--cache`: where unchanged subjects' outcomes are kept between runs; nil uses no cache.
  public var cacheSettings: CheckCacheSettings?
  /// False when `--subject` or files narrow the run: the cache then keeps entries it did not
  /// use, which a run over every subject prunes.
  public var coversAllSubjects = true

  public init(
    subjects: [Subject], baseDirectory: URL, against: AgainstReference? = nil,
    modeOverride: GateMode? = nil, proto: ProtoRunSettings? = nil, displayPrefix: String = "",
    jsonSchema: JSONSchemaCheckSettings = JSONSchemaCheckSettings()
  ) {
    self.jsonSchema = jsonSchema
    self.displayPrefix = displayPrefix
    self.proto = proto ?? ProtoRunSettings(roots: [baseDirectory])
    self.subjects = subjects.sorted { $0.name < $1.name }
    self.baseDirectory = baseDirectory
    self.against = against
    self.modeOverride = modeOverride
  }

  /// The config's subjects (listed and discovered); `subjectNames` limits the run to those
  /// subjects (unknown names are an error), empty means all. `files` (paths relative to
  /// `currentDirectory`, as a pre-commit hook passes the changed files) limits it to the subjects
  /// those files belong to: their schema, an earlier version, an example or counterexample;
  /// files of no subject are ignored. Paths in findings are written relative to
  /// `currentDirectory` when given, else relative to the config's folder.
  public init(
    config: Config, against: AgainstReference? = nil, modeOverride: GateMode? = nil,
    subjectNames: [String] = [], files: [String]? = nil, currentDirectory: URL? = nil
  ) throws(WorkspaceError) {
    let asyncAPI = try AsyncAPISources.load(config)
    let resolved = try SubjectResolver.subjects(of: config, asyncAPI: asyncAPI)
    var subjects = resolved.subjects
    if !subjectNames.isEmpty {
      let known = subjects.map(\.name)
      for name in subjectNames where !known.contains(name) {
        throw .unknownSubject(name, known: known)
      }
      subjects = subjects.filter { subjectNames.contains($0.name) }
    }
    if let files {
      let base = config.directory.standardizedFileURL.path
      let relative = files.compactMap { file -> String? in
        let full = PathText.url(file, relativeTo: currentDirectory ?? config.directory)
          .standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : nil
      }
      subjects = subjects.filter { subject in relative.contains { subject.isAffected(by: $0) } }
    }
    self.init(
      subjects: subjects, baseDirectory: config.directory, against: against,
      modeOverride: modeOverride, proto: ProtoRunSettings(config: config),
      displayPrefix: currentDirectory.map {
        PathText.displayPrefix(of: config.directory, from: $0)
      } ?? "",
      jsonSchema: JSONSchemaCheckSettings(config: config))
    findingRules = config.compat
    asyncAPIFindings = asyncAPI.diagnostics + resolved.notes
    coversAllSubjects = subjectNames.isEmpty && files == nil
  }

  /// Runs every subject (in parallel) and reports them sorted by subject name. A tool failure
  /// in any subject (unreadable file, bad revision) is thrown: the first in subject order.
  public func run() async throws(WorkspaceError) -> RunOutcome {
    if case .buf(let category) = modeOverride,
      let other = subjects.first(where: { !ProtoSubjectFiles.isProto($0.schemaPath) })
    {
      throw .bufModeNeedsProtobuf(mode: category.rawValue, subject: other.name)
    }
    let schemas = try await readNewSchemas()
    let linked = SubjectLinker.link(schemas.map(\.document))
    let cache = GitCache()
    warmUp(cache)
    let importCache = ProtoImportCache()
    let store = cacheSettings.map(CheckCache.init)
    if let store { prepareCache(store, git: cache) }
    let runKey = runKeyBuilder()
    let total = subjects.count
    let results = await Parallel.map(Array(subjects.indices)) { index in
      defer { progress?.advance("checking", total: total) }
      return Result { () throws(WorkspaceError) -> SubjectOutcome in
        if let store {
          return try checkSubjectThroughCache(
            index: index, schemas: schemas, linked: linked, git: cache, importCache: importCache,
            store: store, runKey: runKey)
        }
        if ProtoSubjectFiles.isProto(subjects[index].schemaPath) {
          return try checkProtoSubject(
            index: index, newBytes: schemas[index].bytes, cache: cache, importCache: importCache)
        }
        return try checkSubject(
          index: index, newBytes: schemas[index].bytes, linked: linked, cache: cache)
      }
    }
    var report = Report()
    report.isSubjectRun = true
    var unparseable: [String] = []
    for result in results {
      let outcome = configured(try result.get())
      report.findings += outcome.findings
      report.subjects.append(outcome.result)
      report.payloads += outcome.payloads.map { payload in
        var payload = payload
        payload.subject = outcome.result.name
        return payload
      }
      report.omittedPayloads += outcome.omittedPayloads.map { omitted in
        var omitted = omitted
        omitted.subject = outcome.result.name
        return omitted
      }
      if outcome.unparseable { unparseable.append(outcome.result.schemaPath) }
    }
    unparseable.sort()
    report.findings += asyncAPIFindings.map { diagnostic in
      var shown = diagnostic
      shown.location?.file = displayPrefix + (diagnostic.location?.file ?? "")
      return Finding(shown)
    }
    report = suppressionFilter(schemas).apply(to: report, unparseableSchemas: unparseable)
    var outcome = RunOutcome(report: report, unparseableSchemas: unparseable)
    outcome.warnings = store?.finish(prune: coversAllSubjects) ?? []
    return outcome
  }

  /// Reads suppressions from the schemas already in memory, and from disk for other files
  /// findings point into (imports, linked schemas), mapping display paths back to files.
  private func suppressionFilter(_ schemas: [NewSchema]) -> SuppressionFilter {
    let known = Dictionary(
      zip(subjects, schemas).map { (displayPrefix + $0.schemaPath, $1.bytes) },
      uniquingKeysWith: { first, _ in first })
    let base = baseDirectory
    let prefix = displayPrefix
    return SuppressionFilter { path in
      if let bytes = known[path] { return bytes }
      let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
      let url = PathText.url(relative, relativeTo: base)
      return try? SchemaFileReader.read(url, displayPath: path)
    }
  }

  struct NewSchema: Sendable {
    var bytes: [UInt8]
    var document: SchemaDocument
  }

  struct SubjectOutcome: Sendable {
    var result: SubjectResult
    var findings: [Finding]
    var unparseable: Bool
    var payloads: [PayloadResult] = []
    /// Per fixture file, the records counted but not kept in `payloads`.
    var omittedPayloads: [OmittedPayloads] = []
  }

  func readNewSchemas() async throws(WorkspaceError) -> [NewSchema] {
    if let versionCache {
      return try await versionCache.newSchemas { () async throws(WorkspaceError) in
        try await readNewSchemasFromFiles()
      }
    }
    return try await readNewSchemasFromFiles()
  }

  private func readNewSchemasFromFiles() async throws(WorkspaceError) -> [NewSchema] {
    let results = await Parallel.map(subjects) { subject in
      Result { () throws(WorkspaceError) -> NewSchema in
        let path = displayPrefix + subject.schemaPath
        let bytes: [UInt8]
        if let embedded = subject.embeddedSchema {
          bytes = embedded
        } else {
          bytes = try SchemaFileReader.read(subject.file, displayPath: path)
        }
        // Protobuf subjects are parsed and linked with their imports by their own check.
        if ProtoSubjectFiles.isProto(subject.schemaPath) {
          return NewSchema(bytes: bytes, document: SchemaDocument(format: .protobuf, path: path))
        }
        let (document, tree) = SchemaParsing.parseKeepingTree(bytes, path: path)
        if let tree { versionCache?.remember(tree, bytes: bytes, path: path) }
        return NewSchema(bytes: bytes, document: document)
      }
    }
    var schemas: [NewSchema] = []
    for result in results { schemas.append(try result.get()) }
    return schemas
  }

  func checkSubject(
    index: Int, newBytes: [UInt8], linked: SubjectLinker.Result, cache: GitCache
  ) throws(WorkspaceError) -> SubjectOutcome {
    let subject = subjects[index]
    let mode = confluentMode(for: subject)
    let document = RootSelection.select(subject.message, in: linked.documents[index])
    let displayPath = displayPrefix + subject.schemaPath
    let newVersion = withJSONSchema(
      SchemaVersion(label: displayPath, document: document, types: linked.types(for: index)),
      bytes: newBytes)
    var findings = document.diagnostics.sorted(by: Diagnostic.reportOrder)
    var previous: [SchemaVersion] = []
    var earlierBytes: [[UInt8]] = []
    // A schema written inside an AsyncAPI document has no history of its own.
    if mode != .none, !document.hasErrors, subject.embeddedSchema == nil {
      let request = VersionRequest(
        file: subject.file, displayPath: subject.schemaPath, newBytes: newBytes,
        baseDirectory: baseDirectory, versionsPattern: subject.versionsPattern, against: against,
        transitive: mode.isTransitive, displayPrefix: displayPrefix)
      for earlier in try earlierVersions(request, cache: cache) {
        let old = RootSelection.select(
          subject.message, in: parsedEarlierVersion(earlier.bytes, label: earlier.label))
        if old.hasErrors {
          findings.append(Self.skippedVersion(earlier.label, document: old, newDocument: document))
          continue
        }
        previous.append(
          withJSONSchema(
            SchemaVersion(
              label: earlier.label, document: old, types: linked.types(for: old, of: index)),
            bytes: earlier.bytes))
        earlierBytes.append(earlier.bytes)
      }
    }
    // A new schema with errors is not compared: its diagnostics already say why, and the
    // checker would only add that it could not check.
    let verdict =
      document.hasErrors
      ? CompatibilityResult(mode: mode, isCompatible: false, findings: [], checkedAgainst: [])
      : CompatibilityChecker.check(new: newVersion, previous: previous, mode: mode)
    findings += verdict.findings
    var fixtures = PayloadFixtureCheck.Outcome()
    if !document.hasErrors {
      let types = linked.types(for: index)
      fixtures = try checkFixtures(
        of: subject, mode: mode,
        new: {
          validator($0, document: document, types: types, bytes: newBytes, file: subject.file)
        },
        previous: zip(previous, earlierBytes).map { version, bytes in
          (
            version.label,
            {
              validator(
                $0, document: version.document, types: version.types, bytes: bytes,
                file: subject.file)
            }
          )
        })
      findings += fixtures.findings
    }
    let result = SubjectResult(
      name: subject.name, format: document.format, schemaPath: displayPath, mode: mode,
      compatible: verdict.isCompatible, checkedAgainst: verdict.checkedAgainst)
    return SubjectOutcome(
      result: result, findings: findings.map { Finding($0, subject: subject.name) },
      unparseable: SchemaReadability.isUnparseable(document) || fixtures.unreadable,
      payloads: fixtures.payloads, omittedPayloads: fixtures.omitted)
  }

  /// Asks git, one command at a time, what every subject will ask (its repository, the
  /// revision's commit) before the subjects run in parallel: git children started from several
  /// blocked pool threads at once stall Foundation's `Process` on Linux until libdispatch adds a
  /// worker thread, about a second later. Failures are cached and reported by the subjects.
  func warmUp(_ cache: GitCache) {
    let revision: String?
    switch against {
    case .revision(let name): revision = name
    case nil: revision = nil
    case .directory: return
    }
    var repositories: [String: GitRepository?] = [:]
    var expected: [String: (repository: GitRepository, paths: [String])] = [:]
    for subject in subjects where subject.versionsPattern == nil && subject.embeddedSchema == nil {
      let folder = subject.file.deletingLastPathComponent()
      let known = repositories[folder.path]
      let found = known ?? (try? cache.repository(containing: folder))
      if known == nil {
        repositories[folder.path] = .some(found)
        if let found { _ = try? cache.commit(for: revision, in: found) }
      }
      guard let repository = found else { continue }
      // The histories are read together, on the first subject's request.
      if let path = try? cache.repositoryPath(of: subject.file, in: repository) {
        expected[repository.root.path, default: (repository, [])].paths.append(path)
      }
    }
    for (repository, paths) in expected.values {
      cache.expectHistories(of: paths, in: repository)
    }
  }

  /// The earlier versions of `request`, through the version cache when there is one.
  func earlierVersions(_ request: VersionRequest, cache: GitCache) throws(WorkspaceError)
    -> [EarlierVersion]
  {
    if let versionCache { return try versionCache.earlierVersions(request, git: cache) }
    return try VersionHistory.earlierVersions(request, cache: cache)
  }

  /// An earlier version's model, through the version cache when there is one.
  func parsedEarlierVersion(_ bytes: [UInt8], label: String) -> SchemaDocument {
    versionCache?.parsedEarlierVersion(bytes, label: label)
      ?? SchemaParsing.parseEarlierVersion(bytes, path: label)
  }

  /// A JSON Schema file's keyword tree, through the version cache when there is one.
  func jsonSchemaFile(_ bytes: [UInt8], path: String, defaultDraft: JSONSchemaDraft)
    -> JSONSchemaFile
  {
    versionCache?.jsonSchemaFile(bytes, path: path, defaultDraft: defaultDraft)
      ?? JSONSchemaFile.parse(bytes, path: path, defaultDraft: defaultDraft)
  }

  /// The payload validator of an Avro or JSON Schema version.
  func validator(
    _ preparation: PayloadSchemaPreparation, document: SchemaDocument, types: TypeTable,
    bytes: [UInt8], file: URL
  ) -> Result<any PayloadValidating, PreparationFailure> {
    document.format == .avro
      ? preparation.avro(document, types: types)
      : preparation.jsonSchema(bytes, path: document.path, file: file)
  }

  /// A JSON Schema version carries its keyword tree and the policy for Confluent's rules.
  func withJSONSchema(_ version: SchemaVersion, bytes: [UInt8]) -> SchemaVersion {
    guard version.document.format == .jsonSchema else { return version }
    var version = version
    version.jsonSchema =
      jsonSchemaFile(
        bytes, path: version.document.path, defaultDraft: jsonSchema.draft ?? .draft202012
      )
      .schema
    version.jsonSchemaPolicy = jsonSchema.policy == .lenient ? .lenient : .strict
    return version
  }

  /// The Confluent mode a subject is checked with: `--mode`, else its own, else BACKWARD.
  func confluentMode(for subject: Subject) -> CompatibilityMode {
    switch modeOverride {
    case .confluent(let mode): mode
    case .buf: .none
    case nil: subject.compatibility ?? Self.defaultMode
    }
  }

  /// An earlier version that does not parse (a broken commit) is left out with a warning, as
  /// the registry could never have stored it.
  static func skippedVersion(_ label: String, document: SchemaDocument, newDocument: SchemaDocument)
    -> Diagnostic
  {
    let first = document.diagnostics.first { $0.severity == .error }
    let reason = first.map { ": \($0.location.map { "\($0): " } ?? "")\($0.message)" } ?? ""
    return Diagnostic(
      ruleID: "HISTORY_VERSION_UNREADABLE", severity: .warning,
      message: "earlier version \(label) has errors and was not compared\(reason)",
      location: newDocument.root?.location
        ?? SourceLocation(file: newDocument.path, line: 1, column: 1))
  }
}
