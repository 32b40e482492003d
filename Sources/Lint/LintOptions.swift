/// Choices that shape what some rules accept.
public struct LintOptions: Hashable, Sendable {
  /// The case field names must have.
  public var fieldNameCase: NameCase
  /// The case of JSON Schema property names when it differs from `fieldNameCase` (JSON is
  /// often camelCase where Avro is snake_case).
  public var jsonSchemaFieldNameCase: NameCase?

  public init(fieldNameCase: NameCase = .snake) {
    self.fieldNameCase = fieldNameCase
  }
}
