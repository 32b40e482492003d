import Parsers
import SchemaModel

/// Buf's FIELD_NOT_REQUIRED: a field is `required` (proto2 label or editions `field_presence = LEGACY_REQUIRED`).
public struct FieldNotRequiredRule: LintRule {
  public static let description = RuleDescription.buf(
    "FIELD_NOT_REQUIRED",
    "a field is `required` (proto2 label or editions `field_presence = LEGACY_REQUIRED`)",
    "a required field can never be removed or made optional without breaking readers that still demand it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allFields.filter(isRequired).map {
      finding(
        "field \"\($0.name)\" should not be required", at: input.location($0.nameSpan),
        path: input.path)
    }
  }

  private func isRequired(_ field: ProtoField) -> Bool {
    field.label == .required
      || field.options.named("features.field_presence")?.value == .identifier("LEGACY_REQUIRED")
  }
}
