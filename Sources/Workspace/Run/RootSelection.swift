import SchemaModel

/// Applies a subject's `message:`: the named type to use as the root when a file defines
/// several (an Avro file whose top level is a union of records).
enum RootSelection {
  static func select(_ message: String?, in document: SchemaDocument) -> SchemaDocument {
    guard let message, !document.hasErrors, let root = document.root else { return document }
    if root.qualifiedName?.fullName == message { return document }
    var selected = document
    if case .union(let branches) = root.kind,
      let branch = branches.first(where: { $0.qualifiedName?.fullName == message })
    {
      selected.root =
        document.namedTypes.first { $0.qualifiedName?.fullName == message } ?? branch
      return selected
    }
    let defined = document.namedTypes.compactMap { $0.qualifiedName?.fullName }
    let known = defined.isEmpty ? "" : "; it defines \(defined.joined(separator: ", "))"
    selected.diagnostics.append(
      Diagnostic(
        ruleID: "CONFIG_MESSAGE_NOT_FOUND", severity: .error,
        message: "message '\(message)' is not a top-level type of \(document.path)\(known)",
        location: root.location ?? SourceLocation(file: document.path, line: 1, column: 1)))
    return selected
  }
}
