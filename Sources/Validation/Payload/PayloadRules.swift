import SchemaModel

/// The rules the payload validators report (`PAYLOAD_*`), for `validate` and `check`'s
/// examples. Ids shared by several formats mean the same problem in each.
public enum PayloadRules {
  /// Every payload rule the Validation module reports, in no particular order.
  public static let all: [RuleDescription] = shared + avro + protobuf + jsonSchema

  /// Problems every format's validator can find.
  static let shared: [RuleDescription] = [
    .own(
      "PAYLOAD_INVALID_FORMAT", nil,
      "a string does not have the form its type needs (uuid, base64, timestamp, duration)",
      "Avro's logical types and Protobuf's JSON mapping (protobuf-java JsonFormat) define "
        + "these forms"),
    .own(
      "PAYLOAD_INVALID_FRAMING", nil,
      "a binary payload lacks Confluent's wire framing (magic byte 0, 4-byte schema id)",
      "Confluent's serializers write and expect that prefix; give `--framing none` for "
        + "bare data"),
    .own(
      "PAYLOAD_INVALID_UTF8", nil, "a string value is not valid UTF-8",
      "Apache Avro and Protobuf both define strings as UTF-8; their decoders reject it"),
    .own(
      "PAYLOAD_INVALID_VARINT", nil,
      "a varint is longer than its type allows (over 5 bytes for int, 10 for long)",
      "Apache Avro's BinaryDecoder and protobuf's CodedInputStream reject it (\"Invalid int "
        + "encoding\", \"malformed varint\")"),
    .own(
      "PAYLOAD_MISSING_FIELD", nil,
      "a required field is absent (an Avro field without default, a proto2 required field)",
      "Apache Avro's JSON decoder and resolving reader, and protobuf's required-field check"),
    .own(
      "PAYLOAD_OUT_OF_RANGE", nil,
      "a number does not fit its type (int32, time of day, decimal precision, timestamp range)",
      "Apache Avro's and protobuf's decoders reject values their type cannot hold"),
    .own(
      "PAYLOAD_TOO_DEEP", nil, "the payload is nested deeper than the validator's limit",
      "a fixed limit keeps a hostile payload from exhausting the stack, like protobuf's "
        + "recursion limit of 100"),
    .own(
      "PAYLOAD_TRAILING_BYTES", nil, "bytes are left after the datum or container block ends",
      "a complete datum was read, so the rest was written with another schema or is garbage"),
    .own(
      "PAYLOAD_TRUNCATED", nil, "the data ends inside a value",
      "Apache Avro's BinaryDecoder (EOFException) and protobuf's parser (\"truncated "
        + "message\") fail the same way"),
    .own(
      "PAYLOAD_TYPE_MISMATCH", nil,
      "a value is not of the schema's type (or the reader's type cannot read the writer's)",
      "Apache Avro's decoders and ResolvingDecoder, protobuf's JSON parser"),
    .own(
      "PAYLOAD_UNKNOWN_FIELD", nil,
      "the payload has a field the schema does not declare",
      "Avro's JSON decoder and protobuf's JsonFormat reject unknown fields unless told to "
        + "ignore them (then a warning); unknown binary Protobuf fields are kept (a warning)"),
    .own(
      "PAYLOAD_UNKNOWN_SYMBOL", nil,
      "an enum value is not one of the enum's symbols (or its index is out of range)",
      "Avro rejects unknown symbols without an enum default; open Protobuf enums keep "
        + "unknown numbers in binary (a warning)"),
  ]

  /// Avro-only problems: binary encoding, object container files, schema resolution.
  static let avro: [RuleDescription] = [
    .own(
      "PAYLOAD_AMBIGUOUS_FIELD_ALIAS", .avro,
      "a reader field matches several writer fields by name and aliases",
      "Apache Avro's resolver throws on it; see AVRO_AMBIGUOUS_FIELD_ALIAS"),
    .own(
      "PAYLOAD_AMBIGUOUS_UNION", .avro,
      "a plain-JSON object fits several record branches of a union; tag it",
      "plain JSON does not say the branch; write the Avro JSON encoding "
        + "(`{\"com.acme.Order\": {...}}`) instead of guessing"),
    .own(
      "PAYLOAD_BLOCK_SIZE_MISMATCH", .avro,
      "an array, map or container block's declared byte size differs from what it holds",
      "Apache Avro's BinaryDecoder uses the size to skip blocks; a wrong one corrupts reading"),
    .own(
      "PAYLOAD_CONTAINER_INVALID", .avro,
      "an Avro object container file is malformed (magic, header, sync marker)",
      "the Avro specification's object container file layout, as DataFileReader reads it"),
    .own(
      "PAYLOAD_FIXED_SIZE", .avro,
      "a fixed (or duration) value has the wrong number of bytes",
      "fixed values are exactly `size` bytes; Avro's decoders reject any other length"),
    .own(
      "PAYLOAD_INVALID_BOOLEAN", .avro, "a binary boolean byte is neither 0 nor 1",
      "the Avro specification encodes booleans as a single 0 or 1 byte"),
    .own(
      "PAYLOAD_INVALID_BYTES", .avro,
      "a JSON string for `bytes`/`fixed` has a code point above U+00FF",
      "Avro's JSON encoding writes one code point per byte (ISO-8859-1)"),
    .own(
      "PAYLOAD_INVALID_DEFAULT", .avro,
      "the reader needs a field's default and that default is not a value of its type",
      "Apache Avro's ResolvingDecoder fails when it must use an invalid default"),
    .own(
      "PAYLOAD_MISSING_UNION_BRANCH", .avro,
      "no branch of the reader's union can read the writer's value",
      "Apache Avro's resolution (MISSING_UNION_BRANCH)"),
    .own(
      "PAYLOAD_NAME_MISMATCH", .avro,
      "the reader's named type has another name than the writer's and no alias names it",
      "Apache Avro's resolution (NAME_MISMATCH)"),
    .own(
      "PAYLOAD_NEGATIVE_LENGTH", .avro, "a string, bytes or block length is negative",
      "Apache Avro's BinaryDecoder rejects it (\"Malformed data. Length is negative\")"),
    .own(
      "PAYLOAD_TOO_LARGE", .avro,
      "an array, map or string claims more items or bytes than the data can hold",
      "a guard against allocation bombs, like Avro's SystemLimitException"),
    .own(
      "PAYLOAD_UNKNOWN_BRANCH", .avro,
      "a union value names a branch (or index) the union does not have",
      "Avro's JSON and binary decoders reject an unknown branch"),
    .own(
      "PAYLOAD_UNSUPPORTED_CODEC", .avro,
      "a container file uses a codec schemacheck cannot decompress; its records are not read",
      "null and deflate are read; other codecs (snappy, zstd, ...) are reported, not guessed"),
    .own(
      "PAYLOAD_WRITER_SCHEMA_INVALID", .avro,
      "the writer schema embedded in a container file does not parse",
      "DataFileReader needs the embedded schema to read the records"),
  ]

  /// Protobuf-only problems: wire format and the JSON mapping.
  static let protobuf: [RuleDescription] = [
    .own(
      "PAYLOAD_DUPLICATE_FIELD", .protobuf,
      "a JSON payload sets a field twice (by its JSON name and its proto name)",
      "protobuf-java's JsonFormat rejects it"),
    .own(
      "PAYLOAD_GROUP_MISMATCH", .protobuf, "an end-group tag does not match the open group",
      "protobuf's parser rejects it (\"end-group tag did not match\")"),
    .own(
      "PAYLOAD_INVALID_LENGTH", .protobuf,
      "a packed field's length is not a multiple of its element size",
      "protobuf's parser rejects a partial fixed-width element"),
    .own(
      "PAYLOAD_INVALID_TAG", .protobuf,
      "a tag has an invalid wire type or field number (0, or above 2^29-1)",
      "protobuf's parser rejects it (\"invalid tag\", \"invalid wire type\")"),
    .own(
      "PAYLOAD_MESSAGE_INDEX_MISMATCH", .protobuf,
      "the Confluent framing's message indexes name another message than the one validated",
      "Confluent's Protobuf serializer writes the message's indexes after the schema id"),
    .own(
      "PAYLOAD_ONEOF_CONFLICT", .protobuf, "a JSON payload sets two fields of the same oneof",
      "protobuf-java's JsonFormat rejects it"),
    .own(
      "PAYLOAD_UNKNOWN_TYPE", .protobuf,
      "an `Any`'s type URL or a type name resolves to no message of the schema's imports",
      "protobuf's JsonFormat needs a type registry entry to read an Any"),
    .own(
      "PAYLOAD_WIRE_TYPE_MISMATCH", .protobuf,
      "a field's wire type does not match its declared type",
      "protobuf parsers treat it as an unknown field or fail; it means another schema wrote "
        + "it"),
  ]

  /// JSON Schema's one payload rule: the validator's errors, keyword by keyword.
  static let jsonSchema: [RuleDescription] = [
    .own(
      "PAYLOAD_INVALID", .jsonSchema,
      "the payload fails the schema; the message names the keyword and the locations",
      "JSON Schema's validation vocabulary for the schema's draft, as the JSON Schema Test "
        + "Suite specifies it"),
    .own(
      "PAYLOAD_PATTERN_TOO_COSTLY", .jsonSchema,
      "a `pattern` or `patternProperties` regular expression needed more backtracking steps "
        + "than its budget (1,000,000 per match) on this payload; the result is unknown",
      "a schema's regular expression with nested quantifiers (`(a+)+$`) backtracks "
        + "exponentially; a step budget keeps it from hanging the run, as jsonschema-rs's "
        + "backtrack limit does"),
  ]
}
