import Parsers
import SchemaModel

@testable import Compat

/// Builds linked Protobuf images and versions from `.proto` text for tests.
enum ProtoTestImages {
  /// Parses `text` as the target file and links it with `imports` (import path -> text) and
  /// the built-in well-known types. Parse diagnostics are kept with the link diagnostics.
  static func image(
    _ text: String, path: String = "schema.proto", imports: [String: String] = [:],
    displayPrefix: String = ""
  ) -> ProtoImage {
    let parsed = ProtoParser.parse(
      Array(text.utf8), path: path, displayPath: displayPrefix + path)
    var image = ProtoLinker.link(
      targets: [parsed.file],
      loader: InMemoryProtoImportLoader(imports, displayPrefix: displayPrefix))
    image.diagnostics = parsed.diagnostics + image.diagnostics
    return image
  }

  /// A version of a subject whose schema is `text`, named by `label` (`v1`), with its file
  /// displayed as `label/schema.proto`.
  static func version(_ label: String, _ text: String, imports: [String: String] = [:])
    -> SchemaVersion
  {
    let image = image(text, imports: imports, displayPrefix: label + "/")
    let document = SchemaDocument(
      format: .protobuf, path: label + "/schema.proto", diagnostics: image.diagnostics)
    return SchemaVersion(label: label, document: document, protoImage: image)
  }

  /// Confluent's differences from `original` to `update`, as `TYPE #/path` texts.
  static func differences(
    _ original: String, _ update: String, originalImports: [String: String] = [:],
    updateImports: [String: String] = [:]
  ) -> [String] {
    ConfluentProtobufDiff.compare(
      original: image(original, imports: originalImports),
      update: image(update, imports: updateImports)
    ).map(\.confluentText)
  }
}
