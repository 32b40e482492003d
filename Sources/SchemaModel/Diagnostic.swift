/// How much a finding matters. Ordered from least to most severe.
public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A permanent rule identifier: the peer's own name where one exists (`TYPE_MISMATCH`),
/// otherwise an area-prefixed name of ours (`PARSE_UNEXPECTED_TOKEN`).
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public var rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

/// One finding about a user's schema, payload or configuration.
public struct Diagnostic: Hashable, Sendable, Codable {
  public struct Note: Hashable, Sendable, Codable {
    public var message: String
    public var location: SourceLocation?

    public init(message: String, location: SourceLocation? = nil) {
      self.message = message
      self.location = location
    }
  }

  public var ruleID: RuleID
  public var severity: Severity
  public var message: String
  /// In the new file when there is one.
  public var location: SourceLocation?
  /// In the old file, for findings about an earlier version (a deleted field, say).
  public var previousLocation: SourceLocation?
  /// The element the finding is about, as a path (`/fields/2/type`); stable across edits.
  public var path: String?
  public var notes: [Note]

  public init(
    ruleID: RuleID,
    severity: Severity,
    message: String,
    location: SourceLocation? = nil,
    previousLocation: SourceLocation? = nil,
    path: String? = nil,
    notes: [Note] = []
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.location = location
    self.previousLocation = previousLocation
    self.path = path
    self.notes = notes
  }
}

extension Diagnostic {
  /// The deterministic report order: file, line, column, rule id, message.
  public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    let left = (
      lhs.location?.file ?? "", lhs.location?.line ?? 0, lhs.location?.column ?? 0,
      lhs.ruleID.rawValue, lhs.message
    )
    let right = (
      rhs.location?.file ?? "", rhs.location?.line ?? 0, rhs.location?.column ?? 0,
      rhs.ruleID.rawValue, rhs.message
    )
    return left < right
  }
}

extension Sequence<Diagnostic> {
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
