import SchemaModel

extension ParserRules {
  /// The Avro parser's and linker's rules (`AvroIssue`).
  static let avro: [RuleDescription] = [
    .own(
      "AVRO_DUPLICATE_FIELD", .avro, "a record declares two fields with the same name",
      "Apache Avro's Schema.Parser rejects it (\"Duplicate field\")"),
    .own(
      "AVRO_DUPLICATE_SYMBOL", .avro, "an enum lists the same symbol twice",
      "Apache Avro's Schema.Parser rejects it (\"Duplicate enum symbol\")"),
    .own(
      "AVRO_DUPLICATE_TYPE", .avro,
      "a named type is defined twice, in one file or in two files of the same subject",
      "Apache Avro's Schema.Parser rejects a redefinition (\"Can't redefine\")"),
    .own(
      "AVRO_EMPTY_FILE", .avro, "the schema file is empty",
      "an empty file is no schema; Apache Avro's parser fails on it"),
    .own(
      "AVRO_INVALID_ATTRIBUTE", .avro,
      "an attribute has a wrong type or value (`order`, `size`, an enum default not a symbol)",
      "Apache Avro's specification and Schema.Parser checks"),
    .own(
      "AVRO_INVALID_DEFAULT", .avro,
      "a field's default is not a value of its type (for a union: of any branch)",
      "Apache Avro's Schema.isValidDefault, on since 1.9 (unions per the 1.12 specification); "
        + "a bad default breaks readers that need it. Stored earlier versions are read "
        + "leniently, as Confluent's registry does"),
    .own(
      "AVRO_INVALID_LOGICAL_TYPE", .avro,
      "a logical type is unknown or does not fit its base type; it is read as the base type",
      "Apache Avro ignores an invalid logical type and keeps the underlying type",
      severity: .warning),
    .own(
      "AVRO_INVALID_NAME", .avro,
      "a name or namespace is not `[A-Za-z_][A-Za-z0-9_]*` (dot-separated), or redefines a "
        + "primitive type", "Apache Avro's name rules (Schema.Parser with validation on)"),
    .own(
      "AVRO_INVALID_SCHEMA", .avro,
      "the JSON is not an Avro schema (not a type name, object or union array)",
      "Apache Avro's specification: a schema is a JSON string, object or array"),
    .own(
      "AVRO_INVALID_UNION", .avro,
      "a union directly contains a union, or two branches of the same type or name",
      "Apache Avro's specification forbids both; Schema.Parser rejects them"),
    .own(
      "AVRO_MISSING_ATTRIBUTE", .avro,
      "a required attribute is missing (`name` of a record, `symbols`, `size`, `items`, ...)",
      "Apache Avro's Schema.Parser requires them"),
    .own(
      "AVRO_NESTING_TOO_DEEP", .avro, "types are nested deeper than the parser's limit",
      "a fixed limit keeps a hostile schema from exhausting the stack"),
    .own(
      "AVRO_NON_PORTABLE_NAME", .avro,
      "a name is accepted by Java but not portable to other Avro implementations",
      "other Avro libraries (Python, C, Rust) enforce the specification's name grammar "
        + "strictly", severity: .warning),
    .own(
      "AVRO_UNKNOWN_TYPE", .avro,
      "a type name refers to no primitive or defined named type; check spelling and namespace",
      "Apache Avro's Schema.Parser fails on an undefined name (\"is not a defined name\")"),
  ]
}
