import Parsers
import SchemaModel

/// A root schema without `$schema`: which draft it is written in then depends on the reader.
public struct JSONSchemaSchemaMissingRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_SCHEMA_MISSING", .jsonSchema, "the root schema has no `$schema`",
    "drafts differ in what keywords mean (`items`, `$ref` siblings, `dependencies`); without "
      + "`$schema` the draft comes from each tool's configuration or default, and tools disagree",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema, let root = file.schema, root.members != nil,
      root["$schema"] == nil
    else { return [] }
    return [
      finding(
        "the schema has no $schema; it is read as \(file.draft.displayName) from the config or "
          + "the default (add \"$schema\": \"https://json-schema.org/draft/2020-12/schema\")",
        at: input.location(root.position), path: input.path)
    ]
  }
}
