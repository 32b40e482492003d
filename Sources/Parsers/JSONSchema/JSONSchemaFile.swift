import SchemaModel

/// A JSON Schema file read from JSON or YAML: its keyword tree for the validator and the
/// compatibility rules, its draft, and its projection into the common model.
public struct JSONSchemaFile: Hashable, Sendable {
  /// The model view (records, enums, unions) with every problem found while reading.
  public var document: SchemaDocument
  /// The schema as written; nil when the text was not JSON/YAML or `$schema` is unknown.
  public var schema: JSONValue?
  /// The draft from `$schema`, else the default the caller gave.
  public var draft: JSONSchemaDraft

  /// Reads `bytes` (YAML when `path` ends in `.yaml`/`.yml`, JSON otherwise); `defaultDraft`
  /// applies to schemas without `$schema`.
  public static func parse(
    _ bytes: [UInt8], path: String, defaultDraft: JSONSchemaDraft = .draft202012
  ) -> JSONSchemaFile {
    let lowered = path.lowercased()
    let value: JSONValue
    if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return failed(
          Diagnostic(
            ruleID: "PARSE_INVALID_UTF8", severity: .error, message: "the file is not UTF-8",
            location: SourceLocation(file: path, line: 1, column: 1)),
          path: path, draft: defaultDraft)
      }
      do {
        value = try YAMLReader.parse(text)
      } catch {
        return failed(error.diagnostic(file: path), path: path, draft: defaultDraft)
      }
    } else {
      do {
        value = try JSONReader.parse(bytes)
      } catch {
        return failed(error.diagnostic(file: path), path: path, draft: defaultDraft)
      }
    }
    return read(value, path: path, defaultDraft: defaultDraft)
  }

  /// Checks `$schema` and projects an already parsed schema.
  public static func read(_ value: JSONValue, path: String, defaultDraft: JSONSchemaDraft)
    -> JSONSchemaFile
  {
    var draft = defaultDraft
    if let declared = value["$schema"] {
      guard let uri = declared.stringValue, let known = JSONSchemaDraft(metaSchemaURI: uri) else {
        let shown = declared.stringValue.map { "'\($0)'" } ?? "a \(declared.typeName)"
        return failed(
          Diagnostic(
            ruleID: "JSONSCHEMA_UNKNOWN_DRAFT", severity: .error,
            message: "unknown $schema \(shown); schemacheck reads drafts 4, 6, 7, 2019-09 and "
              + "2020-12 (https://json-schema.org/draft/2020-12/schema)",
            location: SourceLocation(file: path, position: declared.position)),
          path: path, draft: defaultDraft)
      }
      draft = known
    }
    switch value.kind {
    case .object, .bool: break
    default:
      return failed(
        Diagnostic(
          ruleID: "JSONSCHEMA_NOT_A_SCHEMA", severity: .error,
          message: "a JSON Schema must be an object or a boolean, found \(value.typeName)",
          location: SourceLocation(file: path, position: value.position)),
        path: path, draft: defaultDraft)
    }
    let document = JSONSchemaProjection.project(value, path: path)
    return JSONSchemaFile(document: document, schema: value, draft: draft)
  }

  private static func failed(_ diagnostic: Diagnostic, path: String, draft: JSONSchemaDraft)
    -> JSONSchemaFile
  {
    JSONSchemaFile(
      document: SchemaDocument(format: .jsonSchema, path: path, diagnostics: [diagnostic]),
      schema: nil, draft: draft)
  }
}
