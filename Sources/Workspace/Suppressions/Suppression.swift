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

  /// True when a finding at `location` in this file falls inside the region.
  func covers(_ position: TextPosition) -> Bool {
    switch region {
    case .file: true
    case .span(let start, let end): start <= position && position <= end
    case .nowhere: false
    }
  }
}

/// The suppressions of one file and the warnings about how they are written.
struct SuppressionScan: Sendable {
  var suppressions: [Suppression] = []
  var diagnostics: [Diagnostic] = []
}
