/// The outcome of matching a `pattern` against a string.
public enum PatternMatch: Sendable {
  case match
  case noMatch
  /// The match took more steps than the budget allows.
  case budgetExceeded
}

/// A compiled `pattern`: the one seam between JSON Schema validation and the regex engine.
///
/// ECMA-262 semantics (the `u` flag), as the JSON Schema spec requires, through schemacheck's
/// own backtracking engine: it counts steps, so a pathological pattern from a schema ends with
/// `budgetExceeded` instead of hanging the run.
public struct PatternMatcher: Sendable {
  private let regex: ECMARegex
  /// The pattern as written.
  public let pattern: String
  /// The most steps one search may take.
  public let stepBudget: Int

  /// Compiles a pattern; throws `ECMARegexError` when it is not a valid ECMA-262 pattern.
  public init(pattern: String, stepBudget: Int = ECMARegex.defaultStepLimit) throws {
    self.pattern = pattern
    self.stepBudget = stepBudget
    self.regex = try ECMARegex(pattern)
  }

  /// Whether the pattern matches anywhere in the string (patterns are not anchored).
  public func matches(_ string: String) -> PatternMatch {
    switch regex.search(in: string, stepLimit: stepBudget) {
    case .match: .match
    case .noMatch: .noMatch
    case .stepLimitExceeded: .budgetExceeded
    }
  }
}
