/// Choices that shape what some rules accept.
public struct LintOptions: Hashable, Sendable {
  /// The case field names must have.
  public var fieldNameCase: NameCase

  public init(fieldNameCase: NameCase = .snake) {
    self.fieldNameCase = fieldNameCase
  }
}
