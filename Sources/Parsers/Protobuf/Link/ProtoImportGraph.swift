import SchemaModel

/// Loads the import closure of the target files depth first, in protoc's order (every file
/// after the files it imports), and reports missing imports and cycles.
struct ProtoImportGraph<Loader: ProtoImportLoader> {
  let loader: Loader
  private(set) var files: [String: ProtoFile] = [:]
  /// Every loaded file, imports before importers.
  private(set) var order: [String] = []
  private(set) var diagnostics: [Diagnostic] = []
  /// Import paths that could not be loaded (reported once, at the first import).
  private var missing: Set<String> = []
  private var finished: Set<String> = []
  private var stack: [String] = []

  /// Import chains deeper than this are reported instead of followed (the walk recurses).
  static var depthLimit: Int { 500 }

  init(loader: Loader) { self.loader = loader }

  mutating func addTarget(_ file: ProtoFile) {
    if files[file.path] == nil { files[file.path] = file }
  }

  /// Visits `path` and, first, everything it imports.
  mutating func visit(_ path: String) {
    guard !finished.contains(path), let file = files[path] else { return }
    stack.append(path)
    for statement in file.imports {
      if let start = stack.firstIndex(of: statement.path) {
        let chain = Array(stack[start...]) + [statement.path]
        diagnostics.append(
          ProtoLinkIssue.importCycle(chain: chain)
            .diagnostic(file: file.displayPath, at: statement.span.start))
        continue
      }
      if stack.count >= Self.depthLimit, !finished.contains(statement.path) {
        diagnostics.append(
          ProtoLinkIssue.importTooDeep(limit: Self.depthLimit)
            .diagnostic(file: file.displayPath, at: statement.span.start))
        continue
      }
      guard load(statement, from: file) else { continue }
      visit(statement.path)
    }
    stack.removeLast()
    finished.insert(path)
    order.append(path)
  }

  /// Makes sure the imported file is loaded; false when it cannot be.
  private mutating func load(_ statement: ProtoImport, from importer: ProtoFile) -> Bool {
    let path = statement.path
    if files[path] != nil { return true }
    if missing.contains(path) {
      // Each importing file gets its own finding, as protoc reports it per import.
      diagnostics.append(
        ProtoLinkIssue.importNotFound(path: path)
          .diagnostic(file: importer.displayPath, at: statement.pathSpan.start))
      return false
    }
    let bytes: [UInt8]
    let displayPath: String
    switch loader.load(importPath: path) {
    case .found(let found, let display):
      bytes = found
      displayPath = display
    case .failed(let reason):
      missing.insert(path)
      diagnostics.append(
        ProtoLinkIssue.importFailed(path: path, reason: reason)
          .diagnostic(file: importer.displayPath, at: statement.pathSpan.start))
      return false
    case .notFound:
      guard let builtIn = ProtoWellKnownFiles.source(path) else {
        missing.insert(path)
        diagnostics.append(
          ProtoLinkIssue.importNotFound(path: path)
            .diagnostic(file: importer.displayPath, at: statement.pathSpan.start))
        return false
      }
      bytes = Array(builtIn.utf8)
      displayPath = path
    }
    let parsed = ProtoParser.parse(bytes, path: path, displayPath: displayPath)
    diagnostics += parsed.diagnostics
    files[path] = parsed.file
    return true
  }

  /// The file itself, its direct imports, and what those re-export with `import public`.
  func visibleFiles(of path: String) -> Set<String> {
    var visible: Set<String> = [path]
    guard let file = files[path] else { return visible }
    var pending = file.imports.map(\.path)
    while let next = pending.popLast() {
      guard files[next] != nil, visible.insert(next).inserted, let imported = files[next] else {
        continue
      }
      pending += imported.imports.filter { $0.modifier == .public }.map(\.path)
    }
    return visible
  }

  /// The packages of the files `path` sees.
  func packages(visibleFrom path: String) -> [String] {
    visibleFiles(of: path).sorted().compactMap { files[$0]?.package }
  }
}
