import Compat
import Lint
import Parsers
import SchemaModel
import Validation

/// Every rule id schemacheck can report, with its description, in one list. Each module owns
/// its rules' descriptions; this only assembles them.
public enum RuleRegistry {
  /// All rules, sorted by id. Ids are unique (a test checks it).
  public static let all: [RuleDescription] = {
    let compat = CompatRuleCatalog.all.map {
      RuleDescription(
        id: $0.id, format: $0.format, family: $0.family, defaultSeverity: $0.defaultSeverity,
        summary: $0.summary, rationale: $0.rationale)
    }
    let buf = BufRules.all.map(\.ruleDescription)
    let rules =
      compat + buf + ParserRules.all + PayloadRules.all + WorkspaceRules.all
      + LintRules.descriptions
    return rules.sorted { $0.id < $1.id }
  }()

  private static let byID: [RuleID: RuleDescription] = Dictionary(
    all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The description of `id`, nil for an id the registry does not list.
  public static func description(for id: RuleID) -> RuleDescription? { byID[id] }
}
