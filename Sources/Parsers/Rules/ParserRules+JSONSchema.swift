import SchemaModel

extension ParserRules {
  /// The JSON Schema reader's rules.
  static let jsonSchema: [RuleDescription] = [
    .own(
      "JSONSCHEMA_NOT_A_SCHEMA", .jsonSchema,
      "the document is not a JSON Schema (neither an object nor a boolean), or is unreadable",
      "every JSON Schema draft defines a schema as an object or, since draft 6, a boolean"),
    .own(
      "JSONSCHEMA_UNKNOWN_DRAFT", .jsonSchema,
      "`$schema` names a draft schemacheck does not read (4, 6, 7, 2019-09, 2020-12 are read)",
      "drafts differ in what keywords mean (`items`, `dependencies`, `$ref` siblings), so a "
        + "guessed draft would give wrong verdicts"),
  ]
}
