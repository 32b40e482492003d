import Foundation
import Lint
import Parsers
import SchemaModel

/// Reads one schema file into what the lint rules see: the model, plus the `.proto` file linked
/// with its imports under the import roots, or the JSON Schema keyword tree.
struct LintInputReader: Sendable {
  /// Import roots (absolute folders) and how findings show paths under them.
  var protoRoots: [ProtoRoot]
  /// The draft of JSON Schemas without `$schema` (the config's `json-schema.draft`).
  var defaultDraft: JSONSchemaDraft = .draft202012

  /// Roots shown relative to `currentDirectory`; with none, the current directory is the root,
  /// as it is Buf's module root when there is no buf.yaml.
  init(protoRoots: [URL], currentDirectory: URL) {
    let roots = protoRoots.isEmpty ? [currentDirectory] : protoRoots
    self.protoRoots = roots.map {
      ProtoRoot(url: $0, displayPrefix: PathText.displayPrefix(of: $0, from: currentDirectory))
    }
  }

  /// The file at `file`, reported as `path`.
  func input(_ bytes: [UInt8], path: String, file: URL) -> LintInput {
    switch SchemaParsing.format(path: path, bytes: bytes) {
    case .protobuf:
      let importPath =
        ProtoImportPath.of(file, roots: protoRoots.map(\.url)) ?? file.lastPathComponent
      let image = ProtoToolchain.image(
        bytes, importPath: importPath, displayPath: path, loader: ProtoRoot.loader(protoRoots))
      let document =
        ProtoDocumentProjection.documents(image).first
        ?? SchemaDocument(format: .protobuf, path: path, diagnostics: image.diagnostics)
      var linked = document
      linked.diagnostics = image.diagnostics.sorted(by: Diagnostic.reportOrder)
      var input = LintInput(document: linked, protoFile: image.targetFiles.first)
      input.protoImports = image.files.filter { !image.targetPaths.contains($0.path) }
      return input
    case .jsonSchema:
      let parsed = JSONSchemaFile.parse(bytes, path: path, defaultDraft: defaultDraft)
      return LintInput(document: parsed.document, jsonSchema: parsed)
    case .avro, nil:
      return LintInput(document: SchemaParsing.parse(bytes, path: path))
    }
  }
}
