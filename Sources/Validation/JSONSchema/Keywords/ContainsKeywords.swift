import Parsers
import SchemaModel

/// `contains` with `minContains` and `maxContains` (2019-09 on).
struct ContainsKeyword: Sendable {
  var schema: Int
  var minimum: Int
  var maximum: Int?
  /// Matching items count as evaluated for `unevaluatedItems` (2020-12 only).
  var annotatesItems: Bool
}

extension SchemaCompiler {
  func compileContainsKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    guard schema.draft >= .draft6, schema.value["contains"] != nil else { return [] }
    let laterDraft = schema.draft >= .draft201909
    return [
      .contains(
        ContainsKeyword(
          schema: try childNode(schema, "contains"),
          minimum: laterDraft ? try count("minContains", in: schema) ?? 1 : 1,
          maximum: laterDraft ? try count("maxContains", in: schema) : nil,
          annotatesItems: schema.draft >= .draft202012))
    ]
  }
}

extension SchemaEvaluator {
  func evaluateContains(
    _ keyword: ContainsKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    guard let elements = instance.elements else { return true }
    var matching: [Int] = []
    silently {
      for (offset, element) in elements.enumerated()
      where applySubschema(keyword.schema, element, keyword: "contains", child: String(offset))
        .valid
      {
        matching.append(offset)
      }
    }
    if keyword.annotatesItems && tracksAnnotations { evaluated.items.formUnion(matching) }
    if matching.count < keyword.minimum {
      report(
        node, keyword: keyword.minimum == 1 ? "contains" : "minContains",
        matching.isEmpty
          ? "no item matches the 'contains' schema"
            + (keyword.minimum > 1 ? " (at least \(keyword.minimum) must)" : "")
          : "only \(matching.count) of the items match the 'contains' schema, fewer than the minimum of "
            + "\(keyword.minimum)")
      return false
    }
    if let maximum = keyword.maximum, matching.count > maximum {
      report(
        node, keyword: "maxContains",
        "\(matching.count) of the items match the 'contains' schema, more than the maximum of \(maximum)"
      )
      return false
    }
    return true
  }
}
