import Parsers
import SchemaModel

/// `if`, `then` and `else` (draft 7 on).
struct ConditionalKeyword: Sendable {
  var condition: Int
  var then: Int?
  var otherwise: Int?
}

extension SchemaCompiler {
  func compileConditionalKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    guard schema.draft >= .draft7, schema.value["if"] != nil else { return [] }
    let then = schema.value["then"] == nil ? nil : try childNode(schema, "then")
    let otherwise = schema.value["else"] == nil ? nil : try childNode(schema, "else")
    guard then != nil || otherwise != nil || tracksAnnotationsOfIf else { return [] }
    return [
      .conditional(
        ConditionalKeyword(condition: try childNode(schema, "if"), then: then, otherwise: otherwise)
      )
    ]
  }

  /// `if` alone still yields annotations for `unevaluated*`, so it is kept.
  private var tracksAnnotationsOfIf: Bool { true }
}

extension SchemaEvaluator {
  func evaluateConditional(
    _ keyword: ConditionalKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    let condition = silently { applySubschema(keyword.condition, instance, keyword: "if") }
    if condition.valid { evaluated.merge(condition.evaluated) }
    guard let branch = condition.valid ? keyword.then : keyword.otherwise else { return true }
    let outcome = applySubschema(branch, instance, keyword: condition.valid ? "then" : "else")
    if outcome.valid { evaluated.merge(outcome.evaluated) }
    return outcome.valid
  }
}
