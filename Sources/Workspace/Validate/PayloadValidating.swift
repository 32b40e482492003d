import Foundation
import Parsers
import SchemaModel
import Validation

/// A schema of any format, prepared for checking payloads.
public protocol PayloadValidating: Sendable {
  /// The format of the schema payloads are checked against.
  var format: SchemaFormat { get }
  /// One payload read from JSON, YAML or a JSON Lines line.
  func validate(_ instance: JSONValue) -> [PayloadError]
  /// One binary payload (an Avro datum, a Protobuf message), possibly in Confluent's framing.
  func validate(binary: ArraySlice<UInt8>) -> [PayloadError]
  /// Every record of an Avro object container file, read block by block from `source`, each
  /// record's errors handed to `record` in file order; nil when the format has no such files.
  func validate(container source: ContainerSource, record: ([PayloadError]) -> Void)
    -> ContainerValidation?
  /// A validator for one worker thread of a parallel batch (one that shares no reference-counted
  /// state with this one, when sharing would slow the threads down).
  func forWorkerThread() -> any PayloadValidating
  /// What a reader using `reader`'s schema meets when it reads `payload`, written with this
  /// schema (Avro's schema resolution of the datum); nil when the format has no resolution,
  /// and reading means validating against the reader's schema.
  func resolve(_ payload: PayloadInput, readBy reader: any PayloadValidating) -> [PayloadError]?
}

/// One payload as read from its file.
public enum PayloadInput: Sendable {
  case json(JSONValue)
  case binary(ArraySlice<UInt8>)
}

extension PayloadValidating {
  /// Validates a payload of either kind.
  public func validate(_ payload: PayloadInput) -> [PayloadError] {
    switch payload {
    case .json(let value): validate(value)
    case .binary(let bytes): validate(binary: bytes)
    }
  }

  public func resolve(_ payload: PayloadInput, readBy reader: any PayloadValidating)
    -> [PayloadError]?
  { nil }
}

/// How reading a container file ended: at its end, or where it stopped being readable (the
/// records before were handed over).
public enum ContainerValidation: Sendable {
  case complete
  case unreadable(message: String, byteOffset: Int?)
}

extension PayloadValidating {
  public func forWorkerThread() -> any PayloadValidating { self }

  public func validate(binary: ArraySlice<UInt8>) -> [PayloadError] {
    [
      PayloadError(
        ruleID: "PAYLOAD_BINARY_UNSUPPORTED", instanceLocation: "", schemaLocation: "",
        message: "binary payloads are read for Avro and Protobuf schemas only; "
          + "give a JSON, YAML or JSON Lines file for a \(format.rawValue) schema")
    ]
  }

  public func validate(container source: ContainerSource, record: ([PayloadError]) -> Void)
    -> ContainerValidation?
  { nil }
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
