import SchemaModel

/// Every lint rule, and the runner that applies them to parsed schemas.
public enum LintRules {
  /// All rules, in id order. Each format's rule list adds its own (see `LintRules+*.swift`).
  public static let all: [any LintRule] = (common + avro + protobuf + jsonSchema).sorted {
    type(of: $0).description.id.rawValue < type(of: $1).description.id.rawValue
  }

  /// Rules about names and documentation that apply to every format's model.
  static let common: [any LintRule] = [
    DeprecatedFieldRequiredRule(), EnumSymbolCaseRule(), FieldDocMissingRule(),
    FieldNameCaseRule(), FieldTypeInconsistentRule(), TypeDocMissingRule(), TypeNameCaseRule(),
  ]

  /// Avro's own rules.
  static let avro: [any LintRule] = [
    AvroDecimalPrecisionMissingRule(), AvroEnumDefaultMissingRule(), AvroNamespaceMissingRule(),
    AvroNullDefaultNotFirstRule(),
  ]

  /// Their descriptions with the sets that include them, for the rule registry.
  public static var descriptions: [RuleDescription] {
    all.map { rule in
      var description = type(of: rule).description
      description.lintSets = type(of: rule).sets.sorted().map(\.rawValue)
      return description
    }
  }

  /// The rules in any of `sets` (`ALL` is every rule), plus those named in `ids`.
  public static func selected(sets: Set<LintRuleSet>, ids: Set<String> = []) -> [any LintRule] {
    all.filter { rule in
      let ruleType = type(of: rule)
      return sets.contains(.all) || !ruleType.sets.isDisjoint(with: sets)
        || ids.contains(ruleType.description.id.rawValue)
    }
  }

  /// The findings of `rules` in `inputs`: each file on its own, then across the files, in
  /// report order. A file that did not parse is not linted: its parse errors already say what
  /// is wrong.
  public static func lint(
    _ inputs: [LintInput], rules: [any LintRule] = selected(sets: [.default]),
    context: LintContext = LintContext()
  ) -> [Diagnostic] {
    let parsed = inputs.filter { !$0.document.hasErrors }
    let perFile = parsed.flatMap { input in rules.flatMap { $0.check(input, context: context) } }
    let across = rules.flatMap { $0.check(repository: parsed, context: context) }
    return (perFile + across).sorted(by: Diagnostic.reportOrder)
  }

  /// The findings of `rules` in one parsed schema (its model only).
  public static func lint(
    _ document: SchemaDocument, rules: [any LintRule] = selected(sets: [.default]),
    options: LintOptions = LintOptions()
  ) -> [Diagnostic] {
    lint([LintInput(document: document)], rules: rules, context: LintContext(options: options))
  }
}
