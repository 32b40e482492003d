import Parsers
import SchemaModel

/// A property whose schema says nothing about its type: any JSON value is then accepted.
public struct JSONSchemaPropertyTypeMissingRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_PROPERTY_TYPE_MISSING", .jsonSchema,
    "a property schema has no `type` (nor a `$ref`, `enum`, `const` or combinator giving one)",
    "a property without a type accepts any value, so producers can send a string where "
      + "consumers expect a number, and code generators fall back to untyped values",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema else { return [] }
    return JSONSchemaWalk.nodes(of: file).compactMap { node in
      guard node.parentKeyword == "properties", let name = node.name, node.value.members != nil,
        !node.has("type"),
        !JSONSchemaKeywords.typeGiving.contains(where: node.has)
      else { return nil }
      return finding(
        "property '\(name)' at \(node.pointer) has no type; add \"type\" (or a $ref, enum or "
          + "const)", at: input.location(node.namePosition ?? node.value.position),
        path: input.path)
    }
  }
}
