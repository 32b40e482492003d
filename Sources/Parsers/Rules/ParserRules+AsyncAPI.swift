import SchemaModel

extension ParserRules {
  /// The AsyncAPI reader's rules.
  static let asyncAPI: [RuleDescription] = [
    .own(
      "ASYNCAPI_INVALID_DOCUMENT", nil,
      "a field of an AsyncAPI document is missing or has the wrong type (`info`, `channels`, "
        + "an operation's `action` or `channel`)",
      "the AsyncAPI 2.6 and 3.0 specifications; a guessed field would put wrong producers and "
        + "consumers in the catalog"),
    .own(
      "ASYNCAPI_UNSUPPORTED_VERSION", nil,
      "the `asyncapi` version is missing, 1.x or unknown (2.0-2.6 and 3.0-3.1 are read)",
      "1.x documents have another structure (`topics`); convert them with `asyncapi convert`"),
    .own(
      "ASYNCAPI_REF_REFUSED", nil,
      "a `$ref` names a remote URL, an absolute path or a path outside the project folder",
      "checks run offline and read only the project's files; copy the referenced file into "
        + "the project"),
    .own(
      "ASYNCAPI_REF_UNRESOLVED", nil,
      "a `$ref` names a file that does not exist or does not parse, or a pointer to nothing",
      "an unresolved reference would leave a message without its payload"),
    .own(
      "ASYNCAPI_REF_CYCLE", nil,
      "a chain of `$ref`s leads back to itself",
      "a reference cycle has no target; AsyncAPI's parser fails on it too"),
    .own(
      "ASYNCAPI_RECURSIVE_SCHEMA", nil,
      "a payload schema refers to itself; the recursive `$ref` cannot be inlined",
      "recursive JSON Schemas are valid, but the inlined copy keeps the reference as written",
      severity: .warning),
    .own(
      "ASYNCAPI_UNSUPPORTED_SCHEMA_FORMAT", nil,
      "a payload's `schemaFormat` is neither Avro, Protobuf, JSON Schema nor the AsyncAPI schema",
      "OpenAPI, RAML and custom formats are allowed by AsyncAPI but not read; the message is "
        + "listed but its payload is not checked",
      severity: .warning),
    .own(
      "ASYNCAPI_DUPLICATE_MESSAGE_ID", nil,
      "two different message objects have the same id (`messageId`, key or `name`)",
      "a message id names one contract; the second message would silently replace the first",
      severity: .warning),
  ]
}
