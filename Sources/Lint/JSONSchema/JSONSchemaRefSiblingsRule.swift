import Parsers
import SchemaModel

/// `$ref` next to other keywords in drafts 4, 6 and 7, where the reference replaces the whole
/// schema and the siblings are ignored.
public struct JSONSchemaRefSiblingsRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_JSON_SCHEMA_REF_SIBLINGS", .jsonSchema,
    "a `$ref` has sibling keywords in draft 4, 6 or 7, where they are ignored",
    "up to draft 7 a schema with `$ref` is the referenced schema and nothing else, so a "
      + "`minimum` or `description` beside it never applies; wrap both in `allOf` (2019-09 "
      + "and later apply siblings, so the rule is silent there)",
    severity: .warning)

  /// Keys beside `$ref` that do no harm: where the draft is declared, comments, definitions
  /// that references reach by pointer, and extensions.
  static let harmless: Set<String> = ["$schema", "$comment", "definitions", "$defs"]

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.readableJSONSchema, file.draft <= .draft7 else { return [] }
    return JSONSchemaWalk.nodes(of: file).compactMap { node in
      guard node.has("$ref") else { return nil }
      let siblings = node.members.filter {
        $0.key != "$ref" && !Self.harmless.contains($0.key) && !$0.key.hasPrefix("x-")
      }
      guard let first = siblings.first else { return nil }
      let names = siblings.map { "'\($0.key)'" }.joined(separator: ", ")
      return finding(
        "$ref at \(node.pointer) has sibling keywords (\(names)) that \(file.draft.displayName) "
          + "ignores; put them beside the reference in \"allOf\"",
        at: input.location(first.keyPosition), path: input.path)
    }
  }
}
