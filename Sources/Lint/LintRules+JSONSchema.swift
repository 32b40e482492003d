extension LintRules {
  /// JSON Schema's own rules.
  static let jsonSchema: [any LintRule] = [
    JSONSchemaAdditionalPropertiesUndecidedRule(), JSONSchemaInvalidPatternRule(),
    JSONSchemaMetaSchemaRule(), JSONSchemaPropertyTypeMissingRule(), JSONSchemaRefSiblingsRule(),
    JSONSchemaRequiredUndeclaredRule(), JSONSchemaSchemaMissingRule(),
    JSONSchemaUnknownKeywordRule(),
  ]
}
