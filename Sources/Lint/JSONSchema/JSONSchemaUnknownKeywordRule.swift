import Parsers
import SchemaModel

/// A key in a schema that the file's draft does not define: usually a typo (`requried`), which
/// validators silently ignore, so the constraint it meant never applies.
public struct JSONSchemaUnknownKeywordRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_UNKNOWN_KEYWORD", .jsonSchema,
    "a schema has a keyword its draft does not define (`x-` extensions and Kafka Connect's "
      + "`connect.` annotations excepted)",
    "validators ignore unknown keywords, so a misspelt `requried` or `additionalproperties` "
      + "silently drops the constraint; extensions belong under an `x-` prefix",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema else { return [] }
    let known = JSONSchemaKeywords.defined(in: file.draft)
    return JSONSchemaWalk.nodes(of: file).flatMap { node in
      node.members.filter { !known.contains($0.key) && !Self.isExtension($0.key) }.map { member in
        var message =
          "unknown keyword '\(member.key)' at \(node.pointer) (\(file.draft.displayName))"
        if let replacement = JSONSchemaKeywords.replacement(for: member.key, in: file.draft) {
          message += "; \(file.draft.displayName) writes it '\(replacement)'"
        } else if let suggestion = KeywordSuggestion.suggestion(for: member.key, among: known) {
          message += "; did you mean '\(suggestion)'?"
        } else {
          message += "; prefix extensions with 'x-'"
        }
        return finding(message, at: input.location(member.keyPosition), path: input.path)
      }
    }
  }

  /// Keys that are extensions by convention: `x-` (OpenAPI and schemacheck's own
  /// `x-schemacheck-ignore`) and Kafka Connect's `connect.` annotations, which Confluent's
  /// converter writes and its compatibility check reads (`connect.type`).
  static func isExtension(_ key: String) -> Bool {
    key.hasPrefix("x-") || key.hasPrefix("connect.")
  }
}
