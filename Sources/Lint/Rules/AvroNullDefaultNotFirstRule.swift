import SchemaModel

/// An optional Avro field (`default: null`) whose union does not start with `null`. Avro 1.12
/// accepts the default when any branch matches, but older readers (and the 1.11 specification)
/// require the default to match the first branch, so such schemas break across versions.
public struct AvroNullDefaultNotFirstRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_AVRO_NULL_DEFAULT_NOT_FIRST", .avro,
    "a field's default is null but its union does not start with \"null\"",
    "before Avro 1.12 a union's default had to match its first branch; readers on older "
      + "libraries reject the schema",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format == .avro else { return [] }
    return document.namedTypes.flatMap { node -> [Diagnostic] in
      guard case .record(let record) = node.kind else { return [] }
      return record.fields.compactMap { field in
        guard case .union(let branches) = field.type.kind,
          let defaultValue = field.defaultValue, case .null = defaultValue.kind,
          let first = branches.first
        else { return nil }
        if case .primitive(.null) = first.kind { return nil }
        return finding(
          "field '\(record.name.name).\(field.name)' defaults to null but its union starts with "
            + "\(first.displayName); put \"null\" first",
          at: field.location, in: document)
      }
    }
  }
}
