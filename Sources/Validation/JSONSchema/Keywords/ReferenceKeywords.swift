import Parsers
import SchemaModel

/// `$ref`, `$dynamicRef` (2020-12) and `$recursiveRef` (2019-09).
enum ReferenceKeyword: Sendable {
  case ref(Int)
  /// `anchor` is set when the static target declares that `$dynamicAnchor`, so the target is
  /// looked up in the dynamic scope at run time.
  case dynamicRef(Int, anchor: String?)
  /// `dynamic` is set when the static target has `$recursiveAnchor: true`.
  case recursiveRef(Int, dynamic: Bool)
}

extension SchemaCompiler {
  func compileReferenceKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    if let value = schema.value["$ref"] {
      guard let reference = value.stringValue else {
        throw error("'$ref' must be a string", value, schema)
      }
      keywords.append(.reference(.ref(node(for: try resolve(reference, from: schema, at: value)))))
    }
    if schema.draft >= .draft202012, let value = schema.value["$dynamicRef"] {
      guard let reference = value.stringValue else {
        throw error("'$dynamicRef' must be a string", value, schema)
      }
      let target = try resolve(reference, from: schema, at: value)
      let fragment = URIReference(parsing: reference).fragment
      var anchor: String?
      if let fragment, !fragment.hasPrefix("/"), index.subschemas[target].dynamicAnchor == fragment
      {
        anchor = fragment
      }
      keywords.append(.reference(.dynamicRef(node(for: target), anchor: anchor)))
    }
    if schema.draft == .draft201909, let value = schema.value["$recursiveRef"] {
      guard let reference = value.stringValue else {
        throw error("'$recursiveRef' must be a string", value, schema)
      }
      let target = try resolve(reference, from: schema, at: value)
      keywords.append(
        .reference(
          .recursiveRef(node(for: target), dynamic: index.subschemas[target].recursiveAnchor)))
    }
    return keywords
  }
}

extension SchemaEvaluator {
  func evaluateReference(
    _ reference: ReferenceKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    let target: Int
    let keyword: String
    switch reference {
    case .ref(let node):
      target = node
      keyword = "$ref"
    case .dynamicRef(let node, let anchor):
      keyword = "$dynamicRef"
      target =
        anchor.flatMap { name in
          dynamicScope.lazy.compactMap { self.program.dynamicAnchors[$0]?[name] }.first
        } ?? node
    case .recursiveRef(let node, let dynamic):
      keyword = "$recursiveRef"
      target =
        dynamic
        ? (dynamicScope.lazy.compactMap { self.program.recursiveAnchors[$0] }.first ?? node) : node
    }
    let outcome = applySubschema(target, instance, keyword: keyword)
    if outcome.valid { evaluated.merge(outcome.evaluated) }
    return outcome.valid
  }
}
