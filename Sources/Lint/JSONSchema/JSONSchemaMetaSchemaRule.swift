import Parsers
import SchemaModel

/// A schema that its draft's meta-schema rejects (`"type": 5`, `"minLength": -1`).
public struct JSONSchemaMetaSchemaRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_META_SCHEMA", .jsonSchema,
    "the schema is invalid against its draft's meta-schema",
    "validators reject such a schema or, leniently, ignore the broken keyword; checked with "
      + "schemacheck's own validator against the bundled meta-schemas of drafts 4 to 2020-12")

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema, let checks = context.jsonSchemaChecks else {
      return []
    }
    return checks.metaSchemaViolations(in: file).map { violation in
      finding(violation.message, at: input.location(violation.position), path: input.path)
    }
  }
}
