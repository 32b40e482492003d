import Parsers
import SchemaModel

/// `maxItems`, `minItems` and `uniqueItems`.
enum ArrayCountKeyword: Sendable {
  case count(Int, isMaximum: Bool)
  case unique
}

extension SchemaCompiler {
  func compileArrayCountKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    if let limit = try count("maxItems", in: schema) {
      keywords.append(.arrayCount(.count(limit, isMaximum: true)))
    }
    if let limit = try count("minItems", in: schema) {
      keywords.append(.arrayCount(.count(limit, isMaximum: false)))
    }
    if let value = schema.value["uniqueItems"] {
      guard case .bool(let unique) = value.kind else {
        throw error("'uniqueItems' must be a boolean", value, schema)
      }
      if unique { keywords.append(.arrayCount(.unique)) }
    }
    return keywords
  }
}

extension SchemaEvaluator {
  func evaluateArrayCount(
    _ keyword: ArrayCountKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue
  ) -> Bool {
    guard let elements = instance.elements else { return true }
    switch keyword {
    case .count(let limit, let isMaximum):
      if isMaximum ? elements.count <= limit : elements.count >= limit { return true }
      report(
        node, keyword: isMaximum ? "maxItems" : "minItems",
        "the array has \(JSONValueComparison.counted(elements.count, "item")), "
          + (isMaximum ? "more than the maximum of \(limit)" : "fewer than the minimum of \(limit)")
      )
      return false
    case .unique:
      guard let (earlier, later) = Self.firstDuplicate(elements) else { return true }
      report(
        node, keyword: "uniqueItems",
        "items \(earlier) and \(later) are equal, but the items must be unique")
      return false
    }
  }

  /// The first pair of equal items: pairwise for short arrays, by canonical key for long ones
  /// (linear, as validation must be).
  private static func firstDuplicate(_ elements: [JSONValue]) -> (Int, Int)? {
    if elements.count <= 16 {
      for later in elements.indices {
        for earlier in 0..<later where JSONValueComparison.equal(elements[earlier], elements[later])
        {
          return (earlier, later)
        }
      }
      return nil
    }
    var seen: [String: Int] = [:]
    for (offset, element) in elements.enumerated() {
      let key = JSONValueComparison.canonicalKey(element)
      if let earlier = seen[key] { return (earlier, offset) }
      seen[key] = offset
    }
    return nil
  }
}
