import SchemaModel
import Validation

/// One payload checked against a schema: where it starts and why it does not match.
public struct PayloadResult: Hashable, Sendable {
  /// The payload file as the user named it.
  public var file: String
  /// The line where the payload starts (its line in a JSON Lines file).
  public var line: Int
  public var column: Int
  /// Whether it must validate (a payload, an example) or must not (a counterexample).
  public var expectation: PayloadExpectation
  public var errors: [JSONSchemaValidationError]

  public init(
    file: String, line: Int, column: Int = 1, expectation: PayloadExpectation = .valid,
    errors: [JSONSchemaValidationError]
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.expectation = expectation
    self.errors = errors
  }

  public var valid: Bool { errors.isEmpty }

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
