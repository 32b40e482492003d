import Foundation
import Parsers
import SchemaModel
import Validation

/// Why a schema cannot be used to validate payloads: its own diagnostics.
struct PreparationFailure: Error, Sendable {
  var diagnostics: [Diagnostic]
}

/// Reads a schema file of any format and prepares its payload validator.
struct PayloadSchemaPreparation: Sendable {
  var settings: PayloadSettings
  var compiler: any PayloadValidatorCompiling

  func prepare(_ bytes: [UInt8], path: String, file: URL, message: String?)
    -> Result<any PayloadValidating, PreparationFailure>
  {
    switch SchemaParsing.format(path: path, bytes: bytes) {
    case .avro:
      let document = RootSelection.select(message, in: AvroParser.parse(bytes, path: path))
      if document.hasErrors {
        return .failure(PreparationFailure(diagnostics: document.diagnostics))
      }
      return avro(document, types: TypeTable(documents: [document]))
    case .protobuf:
      let importPath =
        ProtoImportPath.of(file, roots: settings.protoRoots.map(\.url)) ?? file.lastPathComponent
      let image = ProtoToolchain.image(
        bytes, importPath: importPath, displayPath: path,
        loader: ProtoRoot.loader(settings.protoRoots))
      return protobuf(image, displayPath: path, message: message)
    case .jsonSchema, nil:
      return jsonSchema(bytes, path: path, file: file)
    }
  }

  /// A JSON Schema compiled with `file` as its base for relative `$ref`s.
  func jsonSchema(_ bytes: [UInt8], path: String, file: URL)
    -> Result<any PayloadValidating, PreparationFailure>
  {
    let schema = JSONSchemaFile.parse(
      bytes, path: path, defaultDraft: settings.jsonSchema.defaultDraft)
    if schema.document.hasErrors {
      return .failure(PreparationFailure(diagnostics: schema.document.diagnostics))
    }
    return compiler.compile(schema, file: file, settings: settings.jsonSchema)
      .mapError { PreparationFailure(diagnostics: [$0.diagnostic]) }
  }
}
