import SchemaModel

/// The rules the workspace itself reports: configuration, history, files and examples.
enum WorkspaceRules {
  /// Every rule the Workspace module reports, in no particular order.
  static let all: [RuleDescription] = [
    .own(
      "ASYNCAPI_DOCUMENT_MISSING", nil,
      "a glob of the config's `asyncapi:` section matches no file",
      "a renamed or moved AsyncAPI document would otherwise drop its services silently",
      severity: .warning),
    .own(
      "ASYNCAPI_PAYLOAD_DIFFERS", nil,
      "an AsyncAPI message joins a subject but names another payload than the subject's schema",
      "the document and the config would describe the same event with two contracts; the "
        + "subject's schema is the one checked", severity: .warning),
    .own(
      "ASYNCAPI_PAYLOAD_NOT_CHECKED", nil,
      "an AsyncAPI message's payload is not checked (Protobuf written inline, no payload)",
      "says so instead of skipping the message silently; give the payload as a `$ref` to a "
        + ".proto file", severity: .note),
    .own(
      "CONFIG_MESSAGE_NOT_FOUND", .protobuf,
      "a subject's `message` is not a top-level message of its .proto file; fix the name",
      "Confluent registers one message per subject; checking a guessed one would mislead"),
    .own(
      "CONFIG_UNKNOWN_BUF_RULE", .protobuf,
      "`proto.breaking`, `except` or `ignore_only` names a Buf rule or category that does not "
        + "exist",
      "`buf breaking` rejects unknown ids in buf.yaml the same way"),
    .own(
      "COUNTEREXAMPLE_VALID", nil,
      "a subject's counterexample validates against the schema, but it must be rejected",
      "counterexamples pin what a schema refuses; one that passes means the schema got looser"),
    .own(
      "HISTORY_VERSION_UNREADABLE", nil,
      "an earlier version of the schema has errors and was not compared",
      "Confluent compares against stored versions only; a broken old version is skipped with "
        + "a warning rather than failing every later change", severity: .warning),
    .own(
      "JSONSCHEMA_COMPILE_ERROR", .jsonSchema,
      "the JSON Schema cannot be used for validation (bad `$ref`, invalid `pattern`, ...)",
      "validators (Ajv, networknt) refuse to compile such a schema rather than skip keywords"),
    .own(
      "PARSE_UNSUPPORTED_FORMAT", nil,
      "the file's format is not one schemacheck reads; set the subject's `format`",
      "says so instead of skipping the file silently"),
    .own(
      "PAYLOAD_BACKWARD_UNREADABLE", nil,
      "the new schema cannot read an example written with an earlier version",
      "BACKWARD compatibility in data, not just schemas: Avro's schema resolution with the "
        + "earlier version as writer"),
    .own(
      "PAYLOAD_BINARY_UNSUPPORTED", .jsonSchema,
      "a binary payload was given for a JSON Schema; give JSON, YAML or JSON Lines",
      "JSON Schema validates JSON values only"),
    .own(
      "PAYLOAD_CONTAINER_BROKEN", .avro,
      "an Avro object container file cannot be read to its end",
      "DataFileReader fails on a damaged file; the records read before are still reported"),
    .own(
      "PAYLOAD_CONTAINER_UNSUPPORTED", nil,
      "an Avro object container file (.avro) was given for a non-Avro schema",
      "container files hold Avro data only"),
    .own(
      "PAYLOAD_FIXTURE_MISSING", nil,
      "a subject's `examples`/`counterexamples` pattern matches no file",
      "a pattern that matches nothing usually is a typo; the check would pass vacuously",
      severity: .warning),
    .own(
      "PAYLOAD_FORWARD_UNREADABLE", nil,
      "an earlier version cannot read an example written with the new schema",
      "FORWARD compatibility in data: Avro's schema resolution with the new schema as writer"),
    .own(
      "PAYLOAD_NO_SUBJECT", nil,
      "a payload file belongs to no subject; name its schema with `--schema`",
      "validating against a guessed schema would give a meaningless verdict"),
    .own(
      "PAYLOAD_SCHEMA_UNUSABLE", nil,
      "the schema has errors, so payloads cannot be validated against it",
      "a verdict against a half-read schema would be a guess"),
    .own(
      "PAYLOAD_RECORDS_OMITTED", nil,
      "a payload file has more records with findings than a report lists (1,000 per file); "
        + "the rest are counted",
      "a report that kept every record of a multi-gigabyte file would grow with the file; the "
        + "totals stay exact and the finding says how many more failed"),
    .own(
      "PAYLOAD_STREAM_BROKEN", nil,
      "a length-delimited or JSON Lines payload stream breaks off; later records are not read",
      "the record boundaries are lost, so nothing after the break can be trusted"),
    .own(
      "SUPPRESSION_UNKNOWN_RULE", nil,
      "an inline suppression names a rule id that does not exist (or none at all)",
      "a misspelt id would silently suppress nothing", severity: .warning),
    .own(
      "SUPPRESSION_UNUSED", nil,
      "an inline suppression matched no finding of its rule; it can be removed",
      "stale suppressions hide future findings of the same rule on that element",
      severity: .note),
    .own(
      "SUPPRESSION_WITHOUT_REASON", .protobuf,
      "a `// schemacheck:ignore` comment gives no reason after its rule ids",
      "the reason tells reviewers why a finding was accepted; it is still applied",
      severity: .warning),
  ]

}
