import Foundation
import Parsers
import SchemaModel
import Validation

/// The compiled JSON Schema validator as a payload validator.
struct JSONSchemaPayloadValidator: PayloadValidating {
  var validator: JSONSchemaValidator

  var format: SchemaFormat { .jsonSchema }

  func validate(_ instance: JSONValue) -> [PayloadError] {
    let errors = validator.validate(instance)
    return errors.isEmpty ? [] : errors.map(PayloadError.init)
  }

  func forWorkerThread() -> any PayloadValidating {
    JSONSchemaPayloadValidator(validator: validator.forWorkerThread())
  }
}

/// Compiles schemas with the JSON Schema validator, loading `$ref`s through the file loader.
public struct JSONSchemaCompiler: PayloadValidatorCompiling {
  public init() {}

  public func compile(
    _ schema: JSONSchemaFile, file: URL, settings: JSONSchemaRunSettings
  ) -> Result<any PayloadValidating, CompileFailure> {
    guard let value = schema.schema else {
      let diagnostic =
        schema.document.diagnostics.first
        ?? Diagnostic(
          ruleID: "JSONSCHEMA_NOT_A_SCHEMA", severity: .error, message: "the schema is unreadable",
          location: SourceLocation(file: schema.document.path, line: 1, column: 1))
      return .failure(CompileFailure(diagnostic))
    }
    let options = JSONSchemaValidatorOptions(
      defaultDraft: schema.draft, assertFormat: settings.assertFormat)
    do {
      let validator = try JSONSchemaValidator(
        schema: value, baseURI: JSONSchemaFileLoader.baseURI(of: file), options: options,
        loader: settings.loader)
      return .success(JSONSchemaPayloadValidator(validator: validator))
    } catch {
      let baseURI = JSONSchemaFileLoader.baseURI(of: file)
      let shownFile = error.displayPath == baseURI ? schema.document.path : error.displayPath
      return .failure(
        CompileFailure(
          Diagnostic(
            ruleID: "JSONSCHEMA_COMPILE_ERROR", severity: .error, message: error.message,
            location: SourceLocation(file: shownFile, position: error.position))))
    }
  }
}
