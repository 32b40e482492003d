import SchemaModel

/// An Avro enum without a `default` symbol: a reader meeting a symbol added by a newer writer
/// cannot resolve it and fails, so adding a symbol is never safe.
public struct AvroEnumDefaultMissingRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_AVRO_ENUM_DEFAULT_MISSING", .avro, "an enum has no \"default\" symbol",
    "readers resolve a symbol they do not know to the enum's default; without one, adding a "
      + "symbol breaks every reader that has not been upgraded",
    severity: .warning)
  public static let sets: Set<LintRuleSet> = []

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format == .avro else { return [] }
    return document.namedTypes.compactMap { node in
      guard case .enumeration(let enumeration) = node.kind, enumeration.defaultSymbol == nil else {
        return nil
      }
      return finding(
        "enum \(enumeration.name.fullName) has no \"default\" symbol; readers cannot resolve "
          + "symbols added later",
        at: node.location, in: document)
    }
  }
}
