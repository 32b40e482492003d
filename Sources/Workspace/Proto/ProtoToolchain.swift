import Compat
import Parsers
import SchemaModel

/// Which of Buf's breaking rules gate a Protobuf subject: categories or rule ids, minus
/// `except`, with findings under `ignore` paths (or `ignoreOnly` per rule) dropped.
public struct ProtoBreakingSelection: Hashable, Sendable {
  public var use: [String]
  public var except: [String]
  /// Paths relative to the base folder (or import paths).
  public var ignore: [String]
  public var ignoreOnly: [ProtoIgnoreOnly]

  public init(
    use: [String], except: [String] = [], ignore: [String] = [],
    ignoreOnly: [ProtoIgnoreOnly] = []
  ) {
    self.use = use
    self.except = except
    self.ignore = ignore
    self.ignoreOnly = ignoreOnly
  }

  /// True when a finding of `rule` in a file at one of `paths` is not reported.
  func ignores(rule: String, paths: [String]) -> Bool {
    let matches = { (patterns: [String]) in
      paths.contains { path in
        patterns.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
      }
    }
    if matches(ignore) { return true }
    return ignoreOnly.contains { $0.rule == rule && matches($0.paths) }
  }
}

/// The one place the workspace meets the Protobuf parser, linker and rule sets.
enum ProtoToolchain {
  /// Parses the target and links it with its imports (transitively) found by `reader`.
  static func image(
    target: ProtoParseCache.Entry, reader: any ProtoSourceReader, cache: ProtoParseCache
  ) throws(WorkspaceError) -> ProtoImage {
    var files = [target.file]
    var diagnostics = target.diagnostics
    var seen: Set<String> = [target.file.path]
    var queue = target.file.imports.map { ($0, target.file) }
    while !queue.isEmpty {
      let (next, importer) = queue.removeFirst()
      guard seen.insert(next.path).inserted else { continue }
      guard let entry = try cache.file(next.path, from: reader) else {
        diagnostics.append(
          Diagnostic(
            ruleID: "PROTO_IMPORT_NOT_FOUND", severity: .error,
            message: "import \"\(next.path)\" was not found under the import roots",
            location: SourceLocation(file: importer.displayPath, position: next.pathSpan.start)))
        continue
      }
      files.append(entry.file)
      diagnostics += entry.diagnostics
      queue += entry.file.imports.map { ($0, entry.file) }
    }
    return ProtoImage(files: files, targetPaths: [target.file.path], diagnostics: diagnostics)
  }

  /// The target file in the unified model, with the image's diagnostics.
  static func document(of image: ProtoImage, displayPath: String) -> SchemaDocument {
    SchemaDocument(
      format: .protobuf, path: displayPath,
      diagnostics: image.diagnostics.sorted(by: Diagnostic.reportOrder))
  }

  /// Buf's breaking findings of `current` against `previous`, as diagnostics in the current
  /// files.
  static func breakingFindings(
    previous: ProtoImage, current: ProtoImage, selection: ProtoBreakingSelection
  ) -> [Diagnostic] {
    let location = current.targetFiles.first.map {
      SourceLocation(file: $0.displayPath, line: 1, column: 1)
    }
    return [
      Diagnostic(
        ruleID: CompatRuleCatalog.formatNotSupported, severity: .warning,
        message: "Buf's breaking rules are not built yet; nothing was compared",
        location: location)
    ]
  }
}
