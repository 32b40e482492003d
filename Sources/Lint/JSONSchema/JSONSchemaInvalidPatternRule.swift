import Parsers
import SchemaModel

/// A `pattern` or `patternProperties` key that is not an ECMA-262 regular expression.
public struct JSONSchemaInvalidPatternRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_INVALID_PATTERN", .jsonSchema,
    "a `pattern` or `patternProperties` key is not a valid ECMA-262 regular expression",
    "JSON Schema patterns are ECMA-262 regular expressions; one that does not compile makes "
      + "validators fail or, worse, skip the constraint, differently in every language")

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema, let checks = context.jsonSchemaChecks else {
      return []
    }
    return JSONSchemaWalk.nodes(of: file).flatMap { node -> [Diagnostic] in
      var found: [Diagnostic] = []
      if let pattern = node.value["pattern"], let text = pattern.stringValue,
        let error = checks.patternError(text)
      {
        found.append(
          finding(
            "pattern '\(text)' at \(node.pointer) is not a valid regular expression: \(error)",
            at: input.location(pattern.position), path: input.path))
      }
      for member in node.value["patternProperties"]?.members ?? [] {
        if let error = checks.patternError(member.key) {
          found.append(
            finding(
              "patternProperties key '\(member.key)' at \(node.pointer) is not a valid regular "
                + "expression: \(error)",
              at: input.location(member.keyPosition), path: input.path))
        }
      }
      return found
    }
  }
}
