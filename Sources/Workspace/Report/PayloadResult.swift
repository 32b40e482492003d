import SchemaModel
import Validation

/// One payload checked against a schema: where it starts and why it does not match.
public struct PayloadResult: Hashable, Sendable {
  /// The payload file as the user named it.
  public var file: String
  /// The line where the payload starts (its line in a JSON Lines file; 1 for binary files).
  public var line: Int
  public var column: Int
  /// The 1-based position of the payload in a file of many binary payloads (an Avro container
  /// file, a length-delimited stream); nil for text payloads and single binary payloads.
  public var record: Int?
  /// Where the payload starts in a binary file.
  public var byteOffset: Int?
  /// The format of the schema it was checked against.
  public var format: SchemaFormat
  /// Whether it must validate (a payload, an example) or must not (a counterexample).
  public var expectation: PayloadExpectation
  /// Errors and warnings, in the order found.
  public var errors: [PayloadError]
  /// Where in the file the first reported problem is (text payloads), for the finding.
  public var problemPosition: TextPosition?
  /// The subject whose fixture it is, in a `check`; nil for `validate --schema`.
  public var subject: String?

  public init(
    file: String, line: Int, column: Int = 1, record: Int? = nil, byteOffset: Int? = nil,
    format: SchemaFormat = .jsonSchema, expectation: PayloadExpectation = .valid,
    errors: [PayloadError]
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.record = record
    self.byteOffset = byteOffset
    self.format = format
    self.expectation = expectation
    self.errors = errors
  }

  /// No error (warnings allowed).
  public var valid: Bool { !errors.hasErrors }

  /// False when the payload is invalid, or when a counterexample validates.
  public var meetsExpectation: Bool {
    switch expectation {
    case .valid: valid
    case .invalid: !valid
    }
  }
}

/// What a payload fixture must do against its schema.
public enum PayloadExpectation: String, Hashable, Sendable {
  /// A payload or an example: it must validate.
  case valid
  /// A counterexample: it must not validate.
  case invalid
}
