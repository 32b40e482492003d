import Parsers
import SchemaModel

/// `required` naming a property the schema does not declare: usually a typo or a property that
/// was renamed, which makes every payload without that odd name invalid.
public struct JSONSchemaRequiredUndeclaredRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_REQUIRED_UNDECLARED", .jsonSchema,
    "`required` names a property that `properties` does not declare (nor `patternProperties` "
      + "match)",
    "a required name missing from `properties` is usually a typo or a rename left behind; "
      + "payloads must then carry a property no schema describes",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema else { return [] }
    return JSONSchemaWalk.nodes(of: file).flatMap { node -> [Diagnostic] in
      guard let required = node.value["required"]?.elements,
        let declared = Self.declaredProperties(node, draft: file.draft)
      else { return [] }
      return required.compactMap { entry in
        guard let name = entry.stringValue, !declared.names.contains(name),
          !declared.patterns.contains(where: { Self.pattern($0, mayMatch: name) })
        else { return nil }
        var message = "'\(name)' is required at \(node.pointer) but not declared in properties"
        if let suggestion = KeywordSuggestion.suggestion(for: name, among: declared.names) {
          message += "; did you mean '\(suggestion)'?"
        }
        return finding(message, at: input.location(entry.position), path: input.path)
      }
    }
  }

  /// The property names and patterns `node` declares itself or through its inline `allOf`,
  /// `anyOf`, `oneOf` and conditional branches; nil when they cannot be known here (a `$ref`
  /// may declare more) or when the schema declares no properties at all (a `required`-only
  /// branch of `anyOf` constrains properties its parent declares).
  static func declaredProperties(_ node: JSONSchemaNode, draft: JSONSchemaDraft)
    -> (names: Set<String>, patterns: [String])?
  {
    let branchKeywords: Set<String> = ["allOf", "anyOf", "oneOf", "if", "then", "else"]
    let branches = JSONSchemaWalk.children(of: node, draft: draft).filter {
      branchKeywords.contains($0.parentKeyword ?? "")
    }
    let schemas = [node] + branches
    if schemas.contains(where: {
      $0.has("$ref") || $0.has("$dynamicRef") || $0.has("$recursiveRef")
    }) {
      return nil
    }
    guard node.has("properties") || node.has("patternProperties") else { return nil }
    var names: Set<String> = []
    var patterns: [String] = []
    for schema in schemas {
      names.formUnion((schema.value["properties"]?.members ?? []).map(\.key))
      patterns += (schema.value["patternProperties"]?.members ?? []).map(\.key)
    }
    return (names, patterns)
  }

  /// Whether `pattern` may match `name`. Swift's regex engine stands in for ECMA-262 here (Lint
  /// cannot use the validator's); a pattern it cannot read is assumed to match, so the rule
  /// stays silent rather than guess.
  static func pattern(_ pattern: String, mayMatch name: String) -> Bool {
    guard let regex = try? Regex(pattern) else { return true }
    return name.contains(regex)
  }
}
