import Parsers
import SchemaModel
import Validation

/// Builds descriptor indexes from `.proto` text for the Protobuf payload tests.
enum ProtoIndexTestImages {
  /// Parses `text` as `path`, links it with `imports` and the built-in well-known types, and
  /// indexes the result. Returns nil when parsing or linking reported an error.
  static func index(
    _ text: String, path: String = "schema.proto", imports: [String: String] = [:]
  ) -> ProtoDescriptorIndex? {
    let parsed = ProtoParser.parse(Array(text.utf8), path: path)
    let image = ProtoLinker.link(
      targets: [parsed.file], loader: InMemoryProtoImportLoader(imports))
    let diagnostics = parsed.diagnostics + image.diagnostics
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    return ProtoDescriptorIndex(image: image)
  }
}
