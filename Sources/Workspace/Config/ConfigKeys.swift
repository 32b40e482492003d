/// The keys each level of `schemacheck.yaml` accepts, in the order the docs list them.
enum ConfigKeys {
  static let topLevel = [
    "version", "defaults", "subjects", "discover", "proto", "asyncapi", "lint", "catalog",
    "json-schema", "compat", "cache",
  ]
  /// Top-level sections accepted and kept as written, for the commands that will read them.
  static let keptSections: Set<String> = []
  static let defaults = ["compatibility", "json-schema-policy"]
  static let subject = [
    "name", "schema", "message", "compatibility", "versions", "examples", "counterexamples",
    "owner", "channel", "producers", "consumers", "domain", "description", "tags",
    "avro-encoding", "allow-unknown-fields", "framing",
  ]
  static let discover = ["glob", "compatibility"]
  static let proto = ["roots", "breaking", "except", "ignore", "ignore-only"]
  static let jsonSchema = ["refs", "draft"]
  static let compat = ["except", "ignore", "ignore-only", "severity"]
  static let cache = ["dir"]
  static let catalog = ["title", "out", "formats", "git-history"]
  static let lint = [
    "use", "except", "ignore", "ignore-only", "severity", "field-name-case",
    "enum-zero-value-suffix", "service-suffix", "rpc-allow-same-request-response",
    "rpc-allow-google-protobuf-empty-requests", "rpc-allow-google-protobuf-empty-responses",
  ]
}
