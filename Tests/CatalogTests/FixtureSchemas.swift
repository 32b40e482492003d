import Foundation
import Parsers
import SchemaModel

/// Reads the repository's `Fixtures/` schemas with the real parsers.
enum FixtureSchemas {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func bytes(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: root.appendingPathComponent(relative)))
  }

  static func avro(_ relative: String) throws -> SchemaDocument {
    AvroParser.parse(try bytes(relative), path: relative)
  }

  static func jsonSchema(_ relative: String) throws -> JSONSchemaFile {
    JSONSchemaFile.parse(try bytes(relative), path: relative)
  }

  /// A `.proto` under `Fixtures/proto`, linked with its imports; the document of `message`.
  static func proto(_ importPath: String, message: String? = nil) throws -> (
    SchemaDocument, TypeTable
  ) {
    let file = ProtoParser.parse(try bytes("proto/" + importPath), path: importPath).file
    let image = ProtoLinker.link(
      targets: [file],
      loader: FileSystemProtoImportLoader(roots: [root.appendingPathComponent("proto")]))
    let documents = ProtoDocumentProjection.documents(
      image, rootMessage: message, includeImports: true)
    let document = documents.first { $0.path == importPath } ?? documents[0]
    return (document, TypeTable(documents: documents))
  }
}
