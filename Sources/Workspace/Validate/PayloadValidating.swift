import Foundation
import Parsers
import SchemaModel
import Validation

/// A compiled schema that checks payloads (the compiled `JSONSchemaValidator` in commands).
public protocol PayloadValidating: Sendable {
  func validate(_ instance: JSONValue) -> [JSONSchemaValidationError]
  /// A validator for one worker thread of a parallel batch (one that shares no reference-counted
  /// state with this one, when sharing would slow the threads down).
  func forWorkerThread() -> any PayloadValidating
}

extension PayloadValidating {
  public func forWorkerThread() -> any PayloadValidating { self }
}

/// Turns a read schema into a validator; a schema that cannot be compiled is a diagnostic.
public protocol PayloadValidatorCompiling: Sendable {
  func compile(
    _ schema: JSONSchemaFile, file: URL, settings: JSONSchemaRunSettings
  ) -> Result<any PayloadValidating, CompileFailure>
}

/// Why a schema could not be compiled, as a finding.
public struct CompileFailure: Error, Hashable, Sendable {
  public var diagnostic: Diagnostic

  public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}

/// What `validate` and `check` need to compile a JSON Schema: the draft for schemas without
/// `$schema`, `$ref` prefix mappings, whether `format` asserts, and the folder refs stay in.
public struct JSONSchemaRunSettings: Sendable {
  public var defaultDraft: JSONSchemaDraft
  public var assertFormat: Bool
  public var loader: JSONSchemaFileLoader

  public init(defaultDraft: JSONSchemaDraft?, assertFormat: Bool, loader: JSONSchemaFileLoader) {
    self.defaultDraft = defaultDraft ?? .draft202012
    self.assertFormat = assertFormat
    self.loader = loader
  }
}
