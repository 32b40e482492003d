import SchemaModel

/// One inline suppression written in a schema file: which rules it silences, and where.
struct Suppression: Hashable, Sendable {
  /// The part of the file whose findings it covers.
  enum Region: Hashable, Sendable {
    /// The whole file (`// schemacheck:ignore-file`).
    case file
    /// From `start` up to and including `end`.
    case span(start: TextPosition, end: TextPosition)
    /// Nothing: an ignore comment with no element after it.
    case nowhere
  }

  var ruleIDs: [RuleID]
  var region: Region
  /// Where the suppression itself is written (for its own warnings).
  var location: SourceLocation

}

/// The suppressions of one file and the warnings about how they are written.
struct SuppressionScan: Sendable {
  var suppressions: [Suppression] = []
  var diagnostics: [Diagnostic] = []
}
