/// The outcome of matching a `pattern` against a string.
public enum PatternMatch: Sendable {
  case match
  case noMatch
  /// The match took more steps than the budget allows.
  case budgetExceeded
}

/// A compiled `pattern`: the one seam between JSON Schema validation and the regex engine.
///
/// For now an adapter over Swift's `Regex`, whose syntax is close to, but not exactly,
/// ECMA-262; the ECMA-262 engine with a step budget replaces it here.
public struct PatternMatcher: @unchecked Sendable {
  // `Regex` is not declared Sendable; a compiled one is immutable and safe to share.
  private let regex: Regex<AnyRegexOutput>
  /// The pattern as written.
  public let pattern: String
  /// The most steps one match may take (Swift's `Regex` cannot be bounded; the ECMA-262
  /// engine that replaces it honours this).
  public let stepBudget: Int

  /// Compiles a pattern; throws when the syntax is not understood.
  public init(pattern: String, stepBudget: Int = 1_000_000) throws {
    self.pattern = pattern
    self.stepBudget = stepBudget
    self.regex = try Regex(pattern)
  }

  /// Whether the pattern matches anywhere in the string (patterns are not anchored).
  public func matches(_ string: String) -> PatternMatch {
    do {
      return try regex.firstMatch(in: string) == nil ? .noMatch : .match
    } catch {
      return .noMatch
    }
  }
}
