import SchemaModel

/// A `decimal` logical type without `precision`. The Avro parser already reports it as
/// AVRO_INVALID_LOGICAL_TYPE (a warning: the specification says to ignore the logical type and
/// use the bytes or fixed); that parse warning is the check, and this rule reports only the
/// decimals the parser did not, so a schema never gets the same finding twice.
public struct AvroDecimalPrecisionMissingRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_AVRO_DECIMAL_PRECISION_MISSING", .avro,
    "a \"decimal\" logical type has no \"precision\" (the parser reports it as "
      + "AVRO_INVALID_LOGICAL_TYPE)",
    "without a precision the logical type is ignored and readers see raw bytes instead of a "
      + "decimal; the parse warning AVRO_INVALID_LOGICAL_TYPE reports it, this rule only what "
      + "the parser did not",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format == .avro else { return [] }
    let reported = Set(
      document.diagnostics.filter { $0.ruleID == "AVRO_INVALID_LOGICAL_TYPE" }.compactMap(
        \.location))
    return document.allTypeNodes.compactMap { node in
      guard
        let attribute = node.properties.first(where: { $0.key == "logicalType" }),
        attribute.value.stringValue == "decimal",
        !node.properties.contains(where: { $0.key == "precision" })
      else { return nil }
      let location = SourceLocation(file: document.path, position: attribute.value.position)
      guard !reported.contains(location) else { return nil }
      return finding(
        "\(node.displayName) has logical type \"decimal\" without \"precision\"; the logical "
          + "type is ignored",
        at: location, in: document)
    }
  }
}
