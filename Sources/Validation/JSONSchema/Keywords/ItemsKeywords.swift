import Parsers
import SchemaModel

/// `prefixItems` and `items` (2020-12), or `items` in array form with `additionalItems` (before).
struct ItemsKeyword: Sendable {
  /// Schemas for the first items, by position.
  var prefix: [Int]
  var prefixKeyword: String
  /// The schema for every item after the prefix.
  var rest: Int?
  var restKeyword: String
}

extension SchemaCompiler {
  func compileItemsKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keyword = ItemsKeyword(
      prefix: [], prefixKeyword: "prefixItems", rest: nil, restKeyword: "items")
    if schema.draft >= .draft202012 {
      if let elements = schema.value["prefixItems"]?.elements {
        for offset in elements.indices {
          keyword.prefix.append(try childNode(schema, "prefixItems", String(offset)))
        }
      }
      if schema.value["items"] != nil { keyword.rest = try childNode(schema, "items") }
    } else if let items = schema.value["items"] {
      if let elements = items.elements {
        keyword.prefixKeyword = "items"
        for offset in elements.indices {
          keyword.prefix.append(try childNode(schema, "items", String(offset)))
        }
        if schema.value["additionalItems"] != nil {
          keyword.rest = try childNode(schema, "additionalItems")
          keyword.restKeyword = "additionalItems"
        }
      } else {
        keyword.rest = try childNode(schema, "items")
      }
    }
    guard !keyword.prefix.isEmpty || keyword.rest != nil else { return [] }
    return [.items(keyword)]
  }
}

extension SchemaEvaluator {
  func evaluateItems(
    _ keyword: ItemsKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    guard let elements = instance.elements else { return true }
    var valid = true
    for (offset, element) in elements.enumerated() {
      let outcome: SchemaOutcome
      if offset < keyword.prefix.count {
        outcome = applySubschema(
          keyword.prefix[offset], element, keyword: keyword.prefixKeyword, at: String(offset),
          child: String(offset))
      } else if let rest = keyword.rest {
        outcome = applySubschema(
          rest, element, keyword: keyword.restKeyword, child: String(offset))
      } else {
        break
      }
      if !outcome.valid {
        valid = false
        if !collecting { return false }
      }
    }
    if tracksAnnotations {
      if keyword.rest != nil {
        evaluated.allItems = true
      } else {
        evaluated.items.formUnion(0..<min(keyword.prefix.count, elements.count))
      }
    }
    return valid
  }
}
