/// Confluent's `compatibilityPolicy` for JSON Schema: which difference types count as compatible.
public enum JSONSchemaCompatibilityPolicy: String, Hashable, Sendable, Codable, CaseIterable {
  /// The default: content-model changes (closing, narrowing, new properties in open models) break.
  case strict = "STRICT"
  /// Content-model changes are accepted; type changes and required-without-default still break.
  case lenient = "LENIENT"
}
