import Parsers
import SchemaModel

/// Chooses a schema file's format (extension first, content second) and parses it.
public enum SchemaParsing {
  /// The format of a file, or nil when neither its name nor its content tells.
  public static func format(path: String, bytes: [UInt8]) -> SchemaFormat? {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".avsc") { return .avro }
    if lowered.hasSuffix(".proto") { return .protobuf }
    if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return .jsonSchema }
    let text = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
    let firstCharacter = text.first { !$0.isWhitespace }
    let looksLikeJSON = firstCharacter == "{" || firstCharacter == "\"" || firstCharacter == "["
    guard lowered.hasSuffix(".json") || looksLikeJSON else { return nil }
    // An Avro schema written as `.json`: a record/enum/fixed declaration without `$schema`.
    if !text.contains("\"$schema\""),
      text.contains("\"record\"") || text.contains("\"enum\"") || text.contains("\"fixed\"")
    {
      return .avro
    }
    return .jsonSchema
  }

  /// Parses `bytes` with the parser for its format; unsupported formats give one error
  /// diagnostic, `PARSE_UNSUPPORTED_FORMAT`.
  public static func parse(_ bytes: [UInt8], path: String) -> SchemaDocument {
    parseKeepingTree(bytes, path: path).document
  }

  /// `parse`, with the JSON Schema keyword tree it read (draft 2020-12 for files without
  /// `$schema`); nil for other formats. Callers that need the tree too need not parse twice.
  static func parseKeepingTree(_ bytes: [UInt8], path: String) -> (
    document: SchemaDocument, jsonSchema: JSONSchemaFile?
  ) {
    guard let format = format(path: path, bytes: bytes) else {
      let document = unsupported(
        path: path, format: .jsonSchema,
        message:
          "cannot tell the schema format of '\(path)'; use .avsc, .proto, .json, .yaml or .yml")
      return (document, nil)
    }
    switch format {
    case .avro:
      return (AvroParser.parse(bytes, path: path), nil)
    case .protobuf:
      // On its own, without import roots: only the well-known types resolve. Protobuf subjects
      // are linked with their roots by their check; this serves naming and quick looks.
      let parsed = ProtoParser.parse(bytes, path: path, displayPath: path)
      var image = ProtoLinker.link(targets: [parsed.file], loader: InMemoryProtoImportLoader([:]))
      image.diagnostics = parsed.diagnostics + image.diagnostics
      let document =
        ProtoDocumentProjection.documents(image).first
        ?? SchemaDocument(format: .protobuf, path: path, diagnostics: image.diagnostics)
      return (document, nil)
    case .jsonSchema:
      let file = JSONSchemaFile.parse(bytes, path: path, defaultDraft: treeDraft)
      return (file.document, file)
    }
  }

  /// Parses an earlier version as the registry re-reads a stored schema: Confluent validates
  /// defaults only for new schemas (`AvroSchema` parses stored ones without
  /// `setValidateDefaults`), so an invalid default in history does not stop the comparison.
  public static func parseEarlierVersion(_ bytes: [UInt8], path: String) -> SchemaDocument {
    parseEarlierVersionKeepingTree(bytes, path: path).document
  }

  /// `parseEarlierVersion`, with the JSON Schema keyword tree as `parseKeepingTree` gives it.
  static func parseEarlierVersionKeepingTree(_ bytes: [UInt8], path: String) -> (
    document: SchemaDocument, jsonSchema: JSONSchemaFile?
  ) {
    var (document, tree) = parseKeepingTree(bytes, path: path)
    document.diagnostics.removeAll { $0.ruleID == storedSchemaLenientRule }
    return (document, tree)
  }

  /// The draft of JSON Schema files without `$schema` as `parse` reads them.
  static let treeDraft = JSONSchemaDraft.draft202012

  static let storedSchemaLenientRule: RuleID = "AVRO_INVALID_DEFAULT"

  private static func unsupported(path: String, format: SchemaFormat, message: String)
    -> SchemaDocument
  {
    SchemaDocument(
      format: format, path: path,
      diagnostics: [
        Diagnostic(
          ruleID: "PARSE_UNSUPPORTED_FORMAT", severity: .error, message: message,
          location: SourceLocation(file: path, line: 1, column: 1))
      ])
  }
}
