import Parsers
import SchemaModel

/// An object schema that leaves `additionalProperties` unsaid: open by default, which decides
/// what later changes are compatible.
public struct JSONSchemaAdditionalPropertiesUndecidedRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_ADDITIONAL_PROPERTIES_UNDECIDED", .jsonSchema,
    "an object schema has no explicit `additionalProperties` (or `unevaluatedProperties` in "
      + "2019-09 and later)",
    "`additionalProperties` decides Confluent's open or closed content model, and that decides "
      + "compatibility: adding a property is compatible for a closed model and breaking for an "
      + "open one, and the reverse for removing one; leaving it unsaid makes the schema open "
      + "by accident",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema else { return [] }
    let nodes = JSONSchemaWalk.nodes(of: file)
    let byPointer = JSONSchemaWalk.nodesByPointer(nodes)
    return nodes.compactMap { node in
      guard Self.isObjectSchema(node), !Self.decides(node, draft: file.draft),
        // A closed `allOf` or `then` branch rejects the properties its siblings declare, so
        // the decision belongs to the schema that holds the branch.
        !node.isPartial(in: byPointer),
        // Up to draft 7 everything beside `$ref` is ignored; the referenced schema decides.
        !(file.draft <= .draft7 && node.has("$ref"))
      else { return nil }
      let keyword =
        file.draft >= .draft201909
        ? "\"additionalProperties\" or \"unevaluatedProperties\"" : "\"additionalProperties\""
      return finding(
        "object schema at \(node.pointer) does not set \(keyword); say false for a closed "
          + "content model or true for an open one",
        at: input.location(node.namePosition ?? node.value.position), path: input.path)
    }
  }

  static func isObjectSchema(_ node: JSONSchemaNode) -> Bool {
    node.has("properties") || node.value["type"]?.typeNames.contains("object") == true
  }

  static func decides(_ node: JSONSchemaNode, draft: JSONSchemaDraft) -> Bool {
    node.has("additionalProperties")
      || (draft >= .draft201909 && node.has("unevaluatedProperties"))
  }
}
