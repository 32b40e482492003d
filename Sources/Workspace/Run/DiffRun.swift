import Compat
import Foundation
import SchemaModel

/// `schemacheck diff OLD NEW`: every change between two schema files, whatever the mode.
public enum DiffRun {
  /// Paths are relative to `currentDirectory` (or absolute). Diagnostics of either file are
  /// findings; changes are listed only when both files are valid; a file that does not parse
  /// makes the outcome's exit status 2.
  public static func run(old: String, new: String, currentDirectory: URL)
    throws(WorkspaceError) -> RunOutcome
  {
    let oldDocument = try InspectRun.document(at: old, currentDirectory: currentDirectory)
    let newDocument = try InspectRun.document(at: new, currentDirectory: currentDirectory)
    var report = Report()
    report.findings = (oldDocument.diagnostics + newDocument.diagnostics)
      .sorted(by: Diagnostic.reportOrder).map { Finding($0) }
    let unparseable = [oldDocument, newDocument].filter(SchemaReadability.isUnparseable)
    if !oldDocument.hasErrors, !newDocument.hasErrors {
      report.changes = SchemaDiffer.diff(
        old: SchemaVersion(label: oldDocument.path, document: oldDocument),
        new: SchemaVersion(label: newDocument.path, document: newDocument))
    }
    return RunOutcome(report: report, unparseableSchemas: unparseable.map(\.path).sorted())
  }
}
