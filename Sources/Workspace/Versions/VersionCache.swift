import Foundation
import Parsers
import SchemaModel

/// Earlier versions and their parsed models, kept for the length of one command so that a
/// second pass over the same subjects (the catalog reads the check's versions again for its
/// history) neither walks version folders nor parses the same text twice.
final class VersionCache: @unchecked Sendable {
  private let lock = NSLock()
  private var versions: [String: [EarlierVersion]] = [:]
  private var documents: [String: (bytes: [UInt8], document: SchemaDocument)] = [:]
  private var newSchemas: [CheckRun.NewSchema]?
  private var jsonSchemaFiles: [String: (bytes: [UInt8], file: JSONSchemaFile)] = [:]

  /// The subjects' new schemas, read and parsed once.
  func newSchemas(_ read: () async throws(WorkspaceError) -> [CheckRun.NewSchema])
    async throws(WorkspaceError) -> [CheckRun.NewSchema]
  {
    if let known = lock.withLock({ newSchemas }) { return known }
    let schemas = try await read()
    lock.withLock { newSchemas = schemas }
    return schemas
  }

  /// `request`'s earlier versions, read once.
  func earlierVersions(_ request: VersionRequest, git: GitCache) throws(WorkspaceError)
    -> [EarlierVersion]
  {
    let key = [
      request.file.path, request.versionsPattern ?? "", request.transitive ? "all" : "latest",
      "\(String(describing: request.against))", request.displayPrefix,
    ].joined(separator: "\u{0}")
    if let known = lock.withLock({ versions[key] }) { return known }
    let found = try VersionHistory.earlierVersions(request, cache: git)
    lock.withLock { versions[key] = found }
    return found
  }

  /// The stored-schema parse of an earlier version (`SchemaParsing.parseEarlierVersion`), once
  /// per label and content.
  func parsedEarlierVersion(_ bytes: [UInt8], label: String) -> SchemaDocument {
    if let known = lock.withLock({ documents[label] }), known.bytes == bytes {
      return known.document
    }
    let (document, tree) = SchemaParsing.parseEarlierVersionKeepingTree(bytes, path: label)
    lock.withLock { documents[label] = (bytes, document) }
    if let tree { remember(tree, bytes: bytes, path: label) }
    return document
  }

  /// A JSON Schema version's keyword tree (`JSONSchemaFile.parse`), once per path, draft and
  /// content: the check, the history and the field table all read the same versions.
  func jsonSchemaFile(_ bytes: [UInt8], path: String, defaultDraft: JSONSchemaDraft)
    -> JSONSchemaFile
  {
    let key = jsonSchemaKey(path: path, draft: defaultDraft)
    if let known = lock.withLock({ jsonSchemaFiles[key] }), known.bytes == bytes {
      return known.file
    }
    let file = JSONSchemaFile.parse(bytes, path: path, defaultDraft: defaultDraft)
    lock.withLock { jsonSchemaFiles[key] = (bytes, file) }
    return file
  }

  /// A keyword tree `SchemaParsing` read on the way (draft 2020-12 for files without
  /// `$schema`): the one `jsonSchemaFile` gives for that draft.
  func remember(_ tree: JSONSchemaFile, bytes: [UInt8], path: String) {
    let key = jsonSchemaKey(path: path, draft: SchemaParsing.treeDraft)
    lock.withLock { jsonSchemaFiles[key] = (bytes, tree) }
  }

  private func jsonSchemaKey(path: String, draft: JSONSchemaDraft) -> String {
    draft.rawValue + "\u{0}" + path
  }

  /// Empties the cache and frees what it held on a background task: thousands of parsed
  /// versions take a noticeable time to free, which need not hold up the command.
  func releaseInBackground() {
    let held = lock.withLock {
      let held = Held(
        versions: versions, documents: documents, newSchemas: newSchemas,
        jsonSchemaFiles: jsonSchemaFiles)
      versions = [:]
      documents = [:]
      newSchemas = nil
      jsonSchemaFiles = [:]
      return held
    }
    Task.detached(priority: .background) { withExtendedLifetime(held) {} }
  }

  /// What the cache held, moved out to be freed elsewhere.
  private struct Held: @unchecked Sendable {
    var versions: [String: [EarlierVersion]]
    var documents: [String: (bytes: [UInt8], document: SchemaDocument)]
    var newSchemas: [CheckRun.NewSchema]?
    var jsonSchemaFiles: [String: (bytes: [UInt8], file: JSONSchemaFile)]
  }
}
