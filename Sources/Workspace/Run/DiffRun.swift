import Compat
import Foundation
import Parsers
import SchemaModel

/// `schemacheck diff OLD NEW`: every change between two schema files, whatever the mode.
public enum DiffRun {
  /// Paths are relative to `currentDirectory` (or absolute). Diagnostics of either file are
  /// findings; changes are listed only when both files are valid; a file that does not parse
  /// makes the outcome's exit status 2. `.proto` files are linked with imports from
  /// `protoPaths` (default: the current directory).
  public static func run(
    old: String, new: String, protoPaths: [String] = [], currentDirectory: URL
  ) throws(WorkspaceError) -> RunOutcome {
    if ProtoSubjectFiles.isProto(old), ProtoSubjectFiles.isProto(new) {
      return try protoRun(
        old: old, new: new, protoPaths: protoPaths, currentDirectory: currentDirectory)
    }
    let oldDocument = try InspectRun.document(at: old, currentDirectory: currentDirectory)
    let newDocument = try InspectRun.document(at: new, currentDirectory: currentDirectory)
    return outcome(
      old: try withJSONSchema(
        SchemaVersion(label: oldDocument.path, document: oldDocument), path: old,
        currentDirectory: currentDirectory),
      new: try withJSONSchema(
        SchemaVersion(label: newDocument.path, document: newDocument), path: new,
        currentDirectory: currentDirectory),
      extraChanges: [])
  }

  /// A JSON Schema version carries its keyword tree, which Confluent's rules compare.
  private static func withJSONSchema(
    _ version: SchemaVersion, path: String, currentDirectory: URL
  ) throws(WorkspaceError) -> SchemaVersion {
    guard version.document.format == .jsonSchema, !version.document.hasErrors else {
      return version
    }
    let bytes = try SchemaFileReader.read(
      PathText.url(path, relativeTo: currentDirectory), displayPath: path)
    var version = version
    version.jsonSchema = JSONSchemaFile.parse(bytes, path: version.document.path).schema
    return version
  }

  private static func outcome(old: SchemaVersion, new: SchemaVersion, extraChanges: [Change])
    -> RunOutcome
  {
    var report = Report()
    report.findings = (old.document.diagnostics + new.document.diagnostics)
      .sorted(by: Diagnostic.reportOrder).map { Finding($0) }
    let unparseable = [old.document, new.document].filter(SchemaReadability.isUnparseable)
    if !old.document.hasErrors, !new.document.hasErrors {
      report.changes = SchemaDiffer.diff(old: old, new: new) + extraChanges
    }
    return RunOutcome(report: report, unparseableSchemas: unparseable.map(\.path).sorted())
  }

  /// Both files linked under the NEW file's import path (so that Buf compares them as one
  /// file); Confluent's differences, then every finding of Buf's FILE rules (the strictest
  /// category, so nothing Buf would flag is left out).
  private static func protoRun(
    old: String, new: String, protoPaths: [String], currentDirectory: URL
  ) throws(WorkspaceError) -> RunOutcome {
    let roots = try ProtoPathOption.roots(protoPaths, currentDirectory: currentDirectory)
    let loader = ProtoRoot.loader(roots)
    let newURL = PathText.url(new, relativeTo: currentDirectory)
    let importPath =
      ProtoImportPath.of(newURL, roots: roots.map(\.url)) ?? newURL.lastPathComponent
    let oldBytes = try SchemaFileReader.read(
      PathText.url(old, relativeTo: currentDirectory), displayPath: old)
    let newBytes = try SchemaFileReader.read(newURL, displayPath: new)
    let oldImage = ProtoToolchain.image(
      oldBytes, importPath: importPath, displayPath: old, loader: loader)
    let newImage = ProtoToolchain.image(
      newBytes, importPath: importPath, displayPath: new, loader: loader)
    let oldVersion = SchemaVersion(
      label: old, document: ProtoToolchain.document(of: oldImage, displayPath: old, message: nil),
      protoImage: oldImage)
    let newVersion = SchemaVersion(
      label: new, document: ProtoToolchain.document(of: newImage, displayPath: new, message: nil),
      protoImage: newImage)
    var bufChanges: [Change] = []
    if !oldVersion.document.hasErrors, !newVersion.document.hasErrors {
      bufChanges = ProtoToolchain.breakingFindings(
        previous: oldImage, current: newImage,
        selection: ProtoBreakingSelection(use: [BufCategory.file.rawValue]), fallback: new
      ).map { finding in
        Change(
          kind: finding.ruleID, path: "buf:FILE", message: finding.message,
          newLocation: finding.location, breaksBackward: true, breaksForward: true)
      }
    }
    return outcome(old: oldVersion, new: newVersion, extraChanges: bufChanges)
  }
}

/// `--proto-path DIR` (repeatable): import roots relative to the current directory, checked to
/// exist; none given means the current directory.
public enum ProtoPathOption {
  static func roots(_ paths: [String], currentDirectory: URL) throws(WorkspaceError)
    -> [ProtoRoot]
  {
    guard !paths.isEmpty else { return [ProtoRoot(url: currentDirectory, displayPrefix: "")] }
    var roots: [ProtoRoot] = []
    for path in paths {
      let url = PathText.url(path, relativeTo: currentDirectory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { throw .directoryNotFound(path: path) }
      let shown = PathText.normalized(path)
      roots.append(
        ProtoRoot(
          url: url, displayPrefix: shown == "." || shown.isEmpty ? "" : shown + "/"))
    }
    return roots
  }
}
