import Parsers
import SchemaModel

/// `unevaluatedItems` and `unevaluatedProperties` (2019-09 on): they apply to what no sibling
/// or in-place subschema evaluated, so they run last in their schema.
extension SchemaCompiler {
  func compileUnevaluatedKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    guard schema.draft >= .draft201909 else { return [] }
    var keywords: [SchemaKeyword] = []
    if schema.value["unevaluatedItems"] != nil {
      keywords.append(.unevaluatedItems(try childNode(schema, "unevaluatedItems")))
    }
    if schema.value["unevaluatedProperties"] != nil {
      keywords.append(.unevaluatedProperties(try childNode(schema, "unevaluatedProperties")))
    }
    return keywords
  }
}

extension SchemaEvaluator {
  func evaluateUnevaluatedItems(
    _ schema: Int, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    guard let elements = instance.elements, !evaluated.allItems else { return true }
    var valid = true
    for (offset, element) in elements.enumerated() where !evaluated.items.contains(offset) {
      if !applySubschema(schema, element, keyword: "unevaluatedItems", child: String(offset))
        .valid
      {
        valid = false
        if !collecting { return false }
      }
    }
    evaluated.allItems = true
    return valid
  }

  func evaluateUnevaluatedProperties(
    _ schema: Int, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    guard let members = instance.members, !evaluated.allProperties else { return true }
    var valid = true
    for member in members where !evaluated.properties.contains(member.key) {
      if !applySubschema(
        schema, member.value, keyword: "unevaluatedProperties", child: member.key
      ).valid {
        valid = false
        if !collecting { return false }
      }
      evaluated.properties.insert(member.key)
    }
    evaluated.allProperties = true
    return valid
  }
}
