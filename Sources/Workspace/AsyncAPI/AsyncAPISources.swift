import Foundation
import Parsers
import SchemaModel

/// The AsyncAPI documents a config names (`asyncapi:` globs), parsed, with what loading them
/// found. Every `$ref` is read through a loader confined to the config's folder.
public struct AsyncAPISources: Sendable {
  /// The documents in path order; their paths are relative to the config's folder.
  public var documents: [AsyncAPIDocument]
  /// Findings about the documents (and globs matching nothing), paths relative to the config's
  /// folder.
  public var diagnostics: [Diagnostic]

  public init(documents: [AsyncAPIDocument] = [], diagnostics: [Diagnostic] = []) {
    self.documents = documents
    self.diagnostics = diagnostics
  }

  /// Reads and parses every document the config's globs match.
  public static func load(_ config: Config) throws(WorkspaceError) -> AsyncAPISources {
    var sources = AsyncAPISources()
    var seen: Set<String> = []
    let loader = AsyncAPIProjectLoader(root: config.directory)
    for glob in config.asyncAPI.documents {
      let paths = GlobExpander.files(matching: GlobPattern(glob), under: config.directory)
      if paths.isEmpty {
        sources.diagnostics.append(
          Diagnostic(
            ruleID: "ASYNCAPI_DOCUMENT_MISSING", severity: .warning,
            message: "no AsyncAPI document matches '\(glob)'",
            location: SourceLocation(file: config.displayPath, position: config.asyncAPI.position)))
      }
      for path in paths where seen.insert(PathText.normalized(path)).inserted {
        let bytes = try SchemaFileReader.read(config.url(for: path), displayPath: path)
        let document = AsyncAPIParser.parse(
          bytes, path: PathText.normalized(path), loader: loader)
        sources.diagnostics += document.diagnostics
        sources.documents.append(document)
      }
    }
    sources.documents.sort { $0.path < $1.path }
    return sources
  }
}
