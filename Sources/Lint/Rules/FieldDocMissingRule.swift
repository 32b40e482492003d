import SchemaModel

/// Fields without documentation (Avro field `doc`, JSON Schema property `description`).
public struct FieldDocMissingRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_FIELD_DOC_MISSING", nil,
    "a field has no documentation (Avro \"doc\", JSON Schema \"description\")",
    "a field's name rarely says its unit, its source or when it is absent; the catalog and "
      + "generated code show the documentation",
    severity: .warning)
  public static let sets: Set<LintRuleSet> = []

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format != .protobuf else { return [] }
    let keyword = document.format == .avro ? "doc" : "description"
    return document.records.flatMap { defined in
      defined.record.fields.filter { TypeDocMissingRule.isBlank($0.doc) }.map { field in
        finding(
          "field '\(defined.record.name.name).\(field.name)' has no \"\(keyword)\"",
          at: field.location, in: document)
      }
    }
  }
}
