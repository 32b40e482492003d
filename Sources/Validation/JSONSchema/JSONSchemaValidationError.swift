/// One reason an instance does not match a schema.
public struct JSONSchemaValidationError: Hashable, Sendable {
  /// JSON Pointer into the instance (`/items/2/price`, `""` for the root).
  public var instanceLocation: String
  /// The keyword path through the schema, `$ref`s included (`/properties/items/items/minimum`).
  public var keywordLocation: String
  /// The same as an absolute URI with a JSON Pointer fragment, when known.
  public var absoluteKeywordLocation: String?
  /// A message a person can act on: `-1 is less than the minimum of 0`.
  public var message: String
  /// True when a `pattern` or `patternProperties` regular expression ran out of its step
  /// budget: the answer is unknown, and the payload is reported as PAYLOAD_PATTERN_TOO_COSTLY.
  public var patternBudgetExceeded = false

  public init(
    instanceLocation: String, keywordLocation: String, absoluteKeywordLocation: String? = nil,
    message: String
  ) {
    self.instanceLocation = instanceLocation
    self.keywordLocation = keywordLocation
    self.absoluteKeywordLocation = absoluteKeywordLocation
    self.message = message
  }
}
