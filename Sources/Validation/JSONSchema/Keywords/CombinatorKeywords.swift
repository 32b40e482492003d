import Parsers
import SchemaModel

/// `allOf`, `anyOf`, `oneOf` and `not`.
enum CombinatorKeyword: Sendable {
  case allOf([Int])
  case anyOf([Int])
  case oneOf([Int])
  case not(Int)
}

extension SchemaCompiler {
  func compileCombinatorKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    for name in ["allOf", "anyOf", "oneOf"] {
      guard let value = schema.value[name] else { continue }
      guard let elements = value.elements, !elements.isEmpty else {
        throw error("'\(name)' must be a non-empty array of schemas", value, schema)
      }
      var nodes: [Int] = []
      for offset in elements.indices { nodes.append(try childNode(schema, name, String(offset))) }
      switch name {
      case "allOf": keywords.append(.combinator(.allOf(nodes)))
      case "anyOf": keywords.append(.combinator(.anyOf(nodes)))
      default: keywords.append(.combinator(.oneOf(nodes)))
      }
    }
    if schema.value["not"] != nil {
      keywords.append(.combinator(.not(try childNode(schema, "not"))))
    }
    return keywords
  }
}

extension SchemaEvaluator {
  func evaluateCombinator(
    _ keyword: CombinatorKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    switch keyword {
    case .allOf(let schemas):
      var valid = true
      for (offset, schema) in schemas.enumerated() {
        let outcome = applySubschema(schema, instance, keyword: "allOf", at: String(offset))
        if outcome.valid {
          evaluated.merge(outcome.evaluated)
        } else {
          valid = false
          if !collecting { return false }
        }
      }
      return valid
    case .anyOf(let schemas):
      let mark = errorMark
      var valid = false
      for (offset, schema) in schemas.enumerated() {
        let outcome = applySubschema(schema, instance, keyword: "anyOf", at: String(offset))
        if outcome.valid {
          valid = true
          evaluated.merge(outcome.evaluated)
          // Later branches only matter for the annotations `unevaluated*` reads.
          if !tracksAnnotations { break }
        }
      }
      if valid {
        dropErrors(since: mark)
        return true
      }
      report(
        node, keyword: "anyOf", "the value matches none of the \(schemas.count) schemas in 'anyOf'")
      return false
    case .oneOf(let schemas):
      let mark = errorMark
      var matching: [Int] = []
      for (offset, schema) in schemas.enumerated() {
        let outcome = applySubschema(schema, instance, keyword: "oneOf", at: String(offset))
        if outcome.valid {
          matching.append(offset)
          evaluated.merge(outcome.evaluated)
          if matching.count > 1 && !collecting { break }
        }
      }
      if matching.count == 1 {
        dropErrors(since: mark)
        return true
      }
      if matching.isEmpty {
        report(
          node, keyword: "oneOf",
          "the value matches none of the \(schemas.count) schemas in 'oneOf'")
      } else {
        dropErrors(since: mark)
        report(
          node, keyword: "oneOf",
          "the value matches more than one schema in 'oneOf' (\(matching.map(String.init).joined(separator: ", "))); "
            + "it must match exactly one")
      }
      return false
    case .not(let schema):
      let outcome = silently { applySubschema(schema, instance, keyword: "not") }
      if !outcome.valid { return true }
      report(node, keyword: "not", "the value must not match the schema in 'not'")
      return false
    }
  }
}
