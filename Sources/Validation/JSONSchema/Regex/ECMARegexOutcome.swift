/// The result of one bounded search.
public enum ECMARegexOutcome: Hashable, Sendable {
  case match
  case noMatch
  /// The search needed more backtracking steps than it was allowed; the answer is unknown.
  case stepLimitExceeded
}
