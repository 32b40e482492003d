import Lint
import SchemaModel

/// The `lint:` section: which lint rules run, where, and how severe.
public struct LintConfig: Hashable, Sendable {
  /// `use:` names this set for every rule that runs by default.
  public static let defaultSet = "DEFAULT"

  /// Rule ids or `DEFAULT`; empty means `DEFAULT`.
  public var use: [String] = []
  /// `except`, `ignore`, `ignore-only` and `severity`, as in `compat:`.
  public var rules = FindingRules()
  /// The case field names must have.
  public var fieldNameCase: NameCase = .snake

  public init() {}

  /// The rules that run: `use` (DEFAULT is every rule today), less `except`.
  public var selectedRules: [any LintRule] {
    let wanted = use.isEmpty || use.contains(Self.defaultSet) ? nil : Set(use)
    return LintRules.all.filter { rule in
      let id = type(of: rule).description.id
      return (wanted?.contains(id.rawValue) ?? true) && !rules.except.contains(id)
    }
  }
}
