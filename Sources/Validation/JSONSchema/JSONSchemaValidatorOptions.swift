import Parsers

/// How a JSON Schema is compiled and applied.
public struct JSONSchemaValidatorOptions: Sendable {
  /// The draft used when a schema has no `$schema`.
  public var defaultDraft: JSONSchemaDraft
  /// When true, `format` is an assertion; by default it is only an annotation.
  public var assertFormat: Bool
  /// The most steps one `pattern` match may take before it is reported as too costly.
  public var regexStepBudget: Int
  /// The deepest nesting of schema applications (through `$ref` too) before validation stops.
  public var maxDepth: Int

  public init(
    defaultDraft: JSONSchemaDraft = .draft202012, assertFormat: Bool = false,
    regexStepBudget: Int = 1_000_000, maxDepth: Int = 4_000
  ) {
    self.defaultDraft = defaultDraft
    self.assertFormat = assertFormat
    self.regexStepBudget = regexStepBudget
    self.maxDepth = maxDepth
  }
}
