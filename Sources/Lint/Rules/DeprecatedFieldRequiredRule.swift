import SchemaModel

/// A deprecated field that producers must still send: JSON Schema `deprecated: true` on a
/// property listed in `required`, an Avro field with `"deprecated": true` and no default, a
/// proto2 `required` field with `[deprecated = true]`. Deprecating it announces its removal,
/// but removing a required field breaks the readers that still require it.
public struct DeprecatedFieldRequiredRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_DEPRECATED_FIELD_REQUIRED", nil, "a deprecated field is still required",
    "a deprecated field is on its way out, but while it is required (no Avro default, in JSON "
      + "Schema's \"required\", proto2 \"required\") removing it is a breaking change; make it "
      + "optional first",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    return document.records.flatMap { defined in
      defined.record.fields.filter { $0.deprecated && Self.isRequired($0, in: document.format) }
        .map { field in
          finding(
            "field '\(defined.record.name.name).\(field.name)' is deprecated but still required; "
              + Self.advice(document.format),
            at: field.location, in: document)
        }
    }
  }

  static func isRequired(_ field: Field, in format: SchemaFormat) -> Bool {
    switch format {
    case .avro: field.defaultValue == nil
    case .jsonSchema, .protobuf: field.presence == .required
    }
  }

  static func advice(_ format: SchemaFormat) -> String {
    switch format {
    case .avro: "give it a default so readers can do without it"
    case .jsonSchema: "remove it from \"required\""
    case .protobuf: "make it optional"
    }
  }
}
