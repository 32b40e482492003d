import Compat
import SchemaModel

/// Every rule id schemacheck can report, with its description, in one list.
public enum RuleRegistry {
  /// All rules, sorted by id.
  public static let all: [RuleDescription] = {
    let compat = CompatRuleCatalog.all.map {
      RuleDescription(
        id: $0.id, format: $0.format, family: $0.family, summary: $0.summary,
        rationale: $0.rationale)
    }
    var seen: Set<RuleID> = []
    return compat.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
  }()

  private static let byID: [RuleID: RuleDescription] = Dictionary(
    all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The description of `id`, nil for an id the registry does not list.
  public static func description(for id: RuleID) -> RuleDescription? { byID[id] }
}
