import Catalog
import Compat
import Foundation
import Parsers
import SchemaModel

/// Builds the catalog from a config: its subjects with their metadata, the check's verdicts and
/// validated fixtures, and each subject's version history. Paths are relative to the config's
/// folder, so the catalog reads the same from wherever it is built.
public struct CatalogBuilder: Sendable {
  public var config: Config
  /// Told as subjects are checked and their histories read.
  public var progress: RunProgress?

  public init(config: Config) {
    self.config = config
  }

  /// The catalog, and the check's outcome (tool failures in it fail the command).
  public func build() async throws(WorkspaceError) -> (catalog: EventCatalog, check: RunOutcome) {
    var run = try CheckRun(config: config)
    run.versionCache = VersionCache()
    run.progress = progress
    let declaredModes = Dictionary(
      run.subjects.map { ($0.name, $0.compatibility ?? CheckRun.defaultMode) },
      uniquingKeysWith: { first, _ in first })
    let useGit = config.catalog.gitHistory && Self.isInGitRepository(config.directory)
    if !useGit {
      // Without git, a subject with no `versions:` folder has no earlier version to compare:
      // it is listed unchecked instead of failing the whole catalog.
      run.subjects = run.subjects.map { subject in
        var subject = subject
        if subject.versionsPattern == nil { subject.compatibility = CompatibilityMode.none }
        return subject
      }
    }
    let outcome = try await run.run()
    let metadata = Dictionary(
      config.subjects.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let results = Dictionary(
      outcome.report.subjects.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let unparseable = Set(outcome.unparseableSchemas)
    let slugs = CatalogSlug.unique(run.subjects.map(\.name))
    let payloads = Dictionary(grouping: outcome.report.payloads) { $0.subject ?? "" }
    let checked = run
    var events = try await run.histories(gitHistory: useGit) { index, history in
      let subject = checked.subjects[index]
      let entry = metadata[subject.name]
      let result = results[subject.name]
      var event = CatalogEvent(
        id: subject.name, slug: slugs[subject.name] ?? CatalogSlug.make(subject.name),
        format: history.document.format, domain: entry?.domain, owner: entry?.owner,
        description: entry?.description, tags: entry?.tags ?? [],
        channel: entry?.channel.map { CatalogChannel(address: $0) },
        producers: (entry?.producers ?? []).sorted(), consumers: (entry?.consumers ?? []).sorted(),
        compatibility: declaredModes[subject.name]?.rawValue,
        status: Self.status(result, unparseable: unparseable.contains(subject.schemaPath)),
        schema: CatalogSchemaSource(
          path: subject.schemaPath,
          // Bytes that are not UTF-8 show as replacement characters.
          text: String(decoding: history.newBytes, as: UTF8.self)),
        versions: history.versions,
        sources: subject.declaredByConfig ? [Self.configName(config)] : [])
      event.examples = examples(of: subject, payloads: payloads[subject.name] ?? [])
      event.fields = fields(
        of: history, text: event.schema.text, path: subject.schemaPath, run: checked)
      return event
    }
    run.versionCache?.releaseInBackground()
    events.sort { $0.id < $1.id }
    let asyncAPI = try AsyncAPIServices.load(config)
    events = Self.addingAsyncAPI(asyncAPI, to: events, entries: metadata)
    return (
      EventCatalog(
        title: config.catalog.title, events: events,
        services: Self.mergingServices(Self.services(of: events), asyncAPI: asyncAPI),
        owners: Self.owners(of: events), generator: "\(ToolInfo.name) \(ToolInfo.version)"),
      outcome
    )
  }

  /// The newest schema's field table; JSON Schema keywords (`maxLength`, `pattern`) are read
  /// from its keyword tree.
  /// The keyword tree is the one the check read when the path and text are the same.
  func fields(of history: SubjectHistory, text: String, path: String, run: CheckRun)
    -> [CatalogField]
  {
    guard !history.document.hasErrors else { return [] }
    guard history.document.format == .jsonSchema else {
      return CatalogFieldTable.rows(of: history.document, types: history.types)
    }
    let file = run.jsonSchemaFile(
      Array(text.utf8), path: path, defaultDraft: config.jsonSchema.draft ?? .draft202012)
    return CatalogFieldTable.rows(of: file, types: history.types)
  }

  /// Whether `folder` is inside a git work tree (and git is installed).
  static func isInGitRepository(_ folder: URL) -> Bool {
    (try? GitCache().repository(containing: folder)) != nil
  }

  static func status(_ result: SubjectResult?, unparseable: Bool) -> CatalogStatus {
    guard let result, !unparseable else { return .invalid }
    if !result.compatible { return .incompatible }
    if (result.mode == .none && result.breaking.isEmpty) || result.checkedAgainst.isEmpty {
      return .unchecked
    }
    return .compatible
  }

  /// The config file relative to its own folder (`schemacheck.yaml`): paths in the catalog
  /// never depend on where it was built.
  static func configName(_ config: Config) -> String {
    URL(fileURLWithPath: config.displayPath).lastPathComponent
  }

  /// The subject's fixtures as the check validated them, one per file (a JSON Lines file or a
  /// container passes when every record does), in path order.
  func examples(of subject: Subject, payloads: [PayloadResult]) -> [CatalogExample] {
    var byFile: [String: CatalogExample] = [:]
    let inlineFiles = Set(subject.inlineExamples.map(\.file))
    for payload in payloads where !inlineFiles.contains(payload.file) {
      if var known = byFile[payload.file] {
        known.passed = known.passed && payload.meetsExpectation
        byFile[payload.file] = known
        continue
      }
      byFile[payload.file] = CatalogExample(
        path: payload.file, expectedValid: payload.expectation == .valid,
        passed: payload.meetsExpectation, text: Self.exampleText(config.url(for: payload.file)))
    }
    // Examples written in AsyncAPI documents: their result is the payload at their position.
    let inline = subject.inlineExamples.compactMap { example -> CatalogExample? in
      let line = Int(example.value.position.line)
      let column = Int(example.value.position.column)
      guard
        let payload = payloads.first(where: {
          $0.file == example.file && $0.line == line && $0.column == column
        })
      else { return nil }
      return CatalogExample(
        path: "\(example.file)#\(example.name ?? "line-\(line)")", expectedValid: true,
        passed: payload.meetsExpectation, text: Self.indentedJSON(example.value))
    }
    return byFile.values.sorted { $0.path < $1.path } + inline
  }

  /// The largest fixture text a page shows.
  static let exampleTextLimit = 16 * 1024

  /// A text fixture's contents (cut at the limit), nil for binary files.
  static func exampleText(_ file: URL) -> String? {
    guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: exampleTextLimit + 1),
      let text = String(data: data.prefix(exampleTextLimit), encoding: .utf8),
      !text.unicodeScalars.contains(where: { $0.value == 0 })
    else { return nil }
    return data.count > exampleTextLimit ? text + "\n…" : text
  }

  /// Every service the events name, with what it produces and consumes.
  static func services(of events: [CatalogEvent]) -> [CatalogService] {
    var produces: [String: Set<String>] = [:]
    var consumes: [String: Set<String>] = [:]
    for event in events {
      for id in event.producers { produces[id, default: []].insert(event.id) }
      for id in event.consumers { consumes[id, default: []].insert(event.id) }
    }
    let ids = Set(produces.keys).union(consumes.keys).sorted()
    let slugs = CatalogSlug.unique(ids)
    return ids.map { id in
      CatalogService(
        id: id, slug: slugs[id] ?? CatalogSlug.make(id),
        produces: (produces[id] ?? []).sorted(), consumes: (consumes[id] ?? []).sorted())
    }
  }

  /// Every owner with the events and services it owns.
  static func owners(of events: [CatalogEvent]) -> [CatalogOwner] {
    var owned: [String: [String]] = [:]
    for event in events {
      if let owner = event.owner { owned[owner, default: []].append(event.id) }
    }
    let ids = owned.keys.sorted()
    let slugs = CatalogSlug.unique(ids)
    return ids.map { id in
      CatalogOwner(
        id: id, slug: slugs[id] ?? CatalogSlug.make(id), events: (owned[id] ?? []).sorted())
    }
  }
}
