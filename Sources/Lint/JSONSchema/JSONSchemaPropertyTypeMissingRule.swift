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
    let nodes = JSONSchemaWalk.nodes(of: file)
    let byPointer = JSONSchemaWalk.nodesByPointer(nodes)
    return nodes.compactMap { node in
      guard node.parentKeyword == "properties", let name = node.name, node.value.members != nil,
        !node.has("type"),
        !JSONSchemaKeywords.typeGiving.contains(where: node.has),
        !Self.refinesAProperty(node, name: name, in: byPointer)
      else { return nil }
      return finding(
        "property '\(name)' at \(node.pointer) has no type; add \"type\" (or a $ref, enum or "
          + "const)", at: input.location(node.namePosition ?? node.value.position),
        path: input.path)
    }
  }

  /// Whether the property schema refines one declared elsewhere (`then: {properties: {x:
  /// {minimum: 1}}}`) rather than declaring it. Properties of `allOf` branches are declarations
  /// (composition) unless the schema holding the `allOf` declares the same name.
  static func refinesAProperty(
    _ node: JSONSchemaNode, name: String, in nodes: [String: JSONSchemaNode]
  ) -> Bool {
    guard let enclosing = node.parentPointer.flatMap({ nodes[$0] }), enclosing.isPartial(in: nodes)
    else { return false }
    guard enclosing.parentKeyword == "allOf" else { return true }
    let holder = enclosing.parentPointer.flatMap { nodes[$0] }
    return holder?.value["properties"]?[name] != nil
  }
}
