/// A named group of lint rules that `lint: use:` can select. `DEFAULT` is what runs when the
/// config names nothing; Buf's categories keep their names so `buf lint` configurations carry
/// over (`use: [MINIMAL]`).
public struct LintRuleSet: RawRepresentable, Hashable, Sendable, Comparable {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The rules that run unless the config says otherwise (Buf's STANDARD is part of it).
  public static let `default` = LintRuleSet(rawValue: "DEFAULT")
  /// Buf's MINIMAL category.
  public static let minimal = LintRuleSet(rawValue: "MINIMAL")
  /// Buf's BASIC category (includes MINIMAL).
  public static let basic = LintRuleSet(rawValue: "BASIC")
  /// Buf's STANDARD category (includes BASIC).
  public static let standard = LintRuleSet(rawValue: "STANDARD")
  /// Buf's opt-in COMMENTS category.
  public static let comments = LintRuleSet(rawValue: "COMMENTS")
  /// Buf's opt-in UNARY_RPC category.
  public static let unaryRPC = LintRuleSet(rawValue: "UNARY_RPC")
  /// Every rule, including those off by default.
  public static let all = LintRuleSet(rawValue: "ALL")

  /// The set names `use:` accepts.
  public static let known: [LintRuleSet] = [
    .default, .all, .minimal, .basic, .standard, .comments, .unaryRPC,
  ]

  /// Buf's MINIMAL, BASIC, STANDARD and our DEFAULT: a rule in Buf's MINIMAL category.
  public static let fromMinimal: Set<LintRuleSet> = [.minimal, .basic, .standard, .default]
  /// A rule in Buf's BASIC category (and so STANDARD and DEFAULT).
  public static let fromBasic: Set<LintRuleSet> = [.basic, .standard, .default]
  /// A rule in Buf's STANDARD category (and so DEFAULT).
  public static let fromStandard: Set<LintRuleSet> = [.standard, .default]

  public static func < (lhs: LintRuleSet, rhs: LintRuleSet) -> Bool { lhs.rawValue < rhs.rawValue }
}
