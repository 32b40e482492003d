import Parsers

/// The keywords each JSON Schema draft defines, and where each one holds subschemas: the
/// ground the JSON Schema rules walk on.
enum JSONSchemaKeywords {
  /// How a keyword's value holds subschemas.
  enum Subschemas {
    /// The value is one schema (`not`, `additionalProperties`).
    case single
    /// The value is an array of schemas (`allOf`).
    case array
    /// The value is an object whose member values are schemas (`properties`, `$defs`).
    case map
    /// `items` up to 2019-09: one schema or an array of schemas.
    case singleOrArray
    /// `dependencies`: member values are schemas or arrays of property names.
    case mapOfSchemasOrNames
  }

  /// Every keyword `draft` defines (an `x-` key is an extension, never a keyword).
  static func defined(in draft: JSONSchemaDraft) -> Set<String> {
    switch draft {
    case .draft4: draft4
    case .draft6: draft6
    case .draft7: draft7
    case .draft201909: draft201909
    case .draft202012: draft202012
    }
  }

  /// How `keyword` holds subschemas in `draft`, or nil when its value is not a schema.
  static func subschemas(of keyword: String, in draft: JSONSchemaDraft) -> Subschemas? {
    switch keyword {
    case "not", "additionalProperties": .single
    case "propertyNames", "contains": draft >= .draft6 ? .single : nil
    case "if", "then", "else": draft >= .draft7 ? .single : nil
    case "additionalItems": draft <= .draft201909 ? .single : nil
    case "unevaluatedItems", "unevaluatedProperties", "contentSchema":
      draft >= .draft201909 ? .single : nil
    case "items": draft <= .draft201909 ? .singleOrArray : .single
    case "allOf", "anyOf", "oneOf": .array
    case "prefixItems": draft >= .draft202012 ? .array : nil
    // `$defs` and `definitions` hold schemas in every draft: `$ref`s reach them by pointer.
    case "properties", "patternProperties", "definitions", "$defs": .map
    case "dependentSchemas": draft >= .draft201909 ? .map : nil
    case "dependencies": .mapOfSchemasOrNames
    default: nil
    }
  }

  /// Keywords of other drafts and what `draft` writes instead, for a better hint than a
  /// near spelling: `additionalItems` in 2020-12 is `items`, `dependentRequired` in draft 7 is
  /// `dependencies`.
  static func replacement(for keyword: String, in draft: JSONSchemaDraft) -> String? {
    switch (keyword, draft) {
    case ("additionalItems", .draft202012): "items"
    case ("$recursiveRef", .draft202012): "$dynamicRef"
    case ("$recursiveAnchor", .draft202012): "$dynamicAnchor"
    case ("$dynamicRef", .draft201909): "$recursiveRef"
    case ("$dynamicAnchor", .draft201909): "$recursiveAnchor"
    case ("prefixItems", let older) where older <= .draft201909: "items"
    case ("dependentRequired", let older) where older <= .draft7: "dependencies"
    case ("dependentSchemas", let older) where older <= .draft7: "dependencies"
    case ("const", .draft4): "enum"
    default: nil
    }
  }

  /// The keywords whose presence gives a schema its type without `type`: a reference, a fixed
  /// set of values, or a combinator.
  static let typeGiving: Set<String> = [
    "$ref", "$dynamicRef", "$recursiveRef", "enum", "const", "allOf", "anyOf", "oneOf",
  ]

  /// Draft 4's keywords, and `$comment`: draft 7 named it, but it was always a comment that
  /// every validator skips, so flagging it in older drafts would only be noise.
  private static let draft4: Set<String> = [
    "$comment", "id", "$schema", "$ref", "title", "description", "default", "multipleOf", "maximum",
    "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
    "additionalItems", "items", "maxItems", "minItems", "uniqueItems", "maxProperties",
    "minProperties", "required", "additionalProperties", "definitions", "$defs", "properties",
    "patternProperties", "dependencies", "enum", "type", "allOf", "anyOf", "oneOf", "not",
    "format",
  ]

  private static let draft6: Set<String> = draft4.subtracting(["id"]).union([
    "$id", "examples", "const", "contains", "propertyNames",
  ])

  private static let draft7: Set<String> = draft6.union([
    "$comment", "if", "then", "else", "readOnly", "writeOnly", "contentMediaType",
    "contentEncoding",
  ])

  private static let draft201909: Set<String> = draft7.union([
    "$anchor", "$recursiveRef", "$recursiveAnchor", "$vocabulary", "dependentSchemas",
    "dependentRequired", "unevaluatedItems", "unevaluatedProperties", "maxContains",
    "minContains", "deprecated", "contentSchema",
  ])

  /// 2020-12 replaced `additionalItems` (now `items`) and the recursive references; `dependencies`
  /// stays, as validators still honour it.
  private static let draft202012: Set<String> = draft201909.subtracting([
    "$recursiveRef", "$recursiveAnchor", "additionalItems",
  ]).union(["$dynamicRef", "$dynamicAnchor", "prefixItems"])
}
