import SchemaModel

/// Field names (Avro fields, JSON Schema property names) in the repository's case
/// (`snake_case` by default, or `camelCase`), so that payloads and generated code read the same
/// across subjects. Protobuf has Buf's FIELD_LOWER_SNAKE_CASE.
public struct FieldNameCaseRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_FIELD_NAME_CASE", nil,
    "a field name is not in the configured case (snake_case by default)",
    "one convention across a repository's contracts keeps payloads and generated code "
      + "predictable; the case is configurable because teams differ",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format != .protobuf else { return [] }
    let wanted =
      document.format == .jsonSchema
      ? context.options.jsonSchemaFieldNameCase ?? context.options.fieldNameCase
      : context.options.fieldNameCase
    return document.records.flatMap { defined in
      defined.record.fields.filter { !wanted.matches($0.name) }.map { field in
        finding(
          "field '\(defined.record.name.name).\(field.name)' is not \(wanted.displayName)",
          at: field.location, in: document)
      }
    }
  }
}
