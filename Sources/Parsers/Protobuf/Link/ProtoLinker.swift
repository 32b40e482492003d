import SchemaModel

/// Links parsed `.proto` files: loads their imports (transitively), resolves every type name
/// by protoc's scoping rules, and reports what protoc would reject.
public enum ProtoLinker {
  /// Links `targets` (already parsed) with every file they import, loaded through `loader`
  /// first and from the built-in well-known types second.
  public static func link(targets: [ProtoFile], loader: some ProtoImportLoader) -> ProtoImage {
    var loading = ProtoImportGraph(loader: loader)
    for target in targets { loading.addTarget(target) }
    for target in targets { loading.visit(target.path) }
    var diagnostics = loading.diagnostics

    var table = ProtoSymbolTable()
    for path in loading.order {
      if let file = loading.files[path] { table.add(file) }
    }
    diagnostics += duplicateDiagnostics(table)

    var linked: [ProtoFile] = []
    for path in loading.order {
      guard var file = loading.files[path] else { continue }
      var fileLinker = ProtoFileLinker(
        table: table, visibleFiles: loading.visibleFiles(of: path),
        packages: loading.packages(visibleFrom: path))
      fileLinker.link(&file)
      diagnostics += fileLinker.diagnostics
      linked.append(file)
    }
    return ProtoImage(
      files: linked, targetPaths: Set(targets.map(\.path)), diagnostics: diagnostics)
  }

  /// `a.b.c` gives `a` and `a.b`.
  private static func enclosingNames(of fullName: String) -> [String] {
    var names: [String] = []
    var prefix = ""
    for component in fullName.split(separator: ".").dropLast() {
      prefix = prefix.isEmpty ? String(component) : "\(prefix).\(component)"
      names.append(prefix)
    }
    return names
  }

  /// One finding per clash, at the second definition; names inside a clashing message are not
  /// reported again.
  private static func duplicateDiagnostics(_ table: ProtoSymbolTable) -> [Diagnostic] {
    var reported: Set<String> = []
    var diagnostics: [Diagnostic] = []
    for (first, second) in table.duplicates.sorted(by: { $0.second.fullName < $1.second.fullName })
    {
      let isInsideReported = enclosingNames(of: second.fullName).contains {
        reported.contains($0)
      }
      reported.insert(second.fullName)
      guard !isInsideReported, let location = second.location else { continue }
      let issue = ProtoLinkIssue.duplicateSymbol(
        name: second.fullName, kind: first.kind.rawValue, firstFile: first.file)
      diagnostics.append(
        Diagnostic(
          ruleID: issue.ruleID, severity: issue.severity, message: issue.message,
          location: location,
          notes: first.location.map { [.init(message: "first defined here", location: $0)] } ?? []))
    }
    return diagnostics
  }
}
