/// One version of an event's schema and what changed from the one before it.
public struct CatalogVersion: Hashable, Sendable {
  /// How the version is named: a version file (`v2`), a git revision (`a1b2c3d`), or
  /// `current` for the working tree's schema.
  public var label: String
  /// Where it was read from (`schemas/orders/order_placed/v2.avsc`, `git:a1b2c3d:path`).
  public var source: String
  /// Changes from the previous version (empty for the first).
  public var changes: [CatalogChange]
  /// The previous version's data read by this one, and the reverse, under the event's mode.
  public var verdict: CatalogVerdict

  public init(
    label: String, source: String, changes: [CatalogChange] = [],
    verdict: CatalogVerdict = .first
  ) {
    self.label = label
    self.source = source
    self.changes = changes
    self.verdict = verdict
  }
}

/// The verdict between two consecutive versions.
public enum CatalogVerdict: Hashable, Sendable {
  /// The first version: nothing before it.
  case first
  /// Allowed by the event's mode against the previous version.
  case compatible
  /// Breaks the mode: the rule ids of the errors.
  case incompatible(rules: [String])
  /// One of the two versions does not parse, so they were not compared.
  case notCompared
  /// The event's mode is NONE: any change is allowed, nothing was gated.
  case ungated
}

/// One change between two versions, as `schemacheck diff` lists it.
public struct CatalogChange: Hashable, Sendable {
  /// The change kind (`FIELD_ADDED`, `SYMBOL_REMOVED`).
  public var kind: String
  public var message: String
  public var breaksBackward: Bool
  public var breaksForward: Bool

  public init(kind: String, message: String, breaksBackward: Bool, breaksForward: Bool) {
    self.kind = kind
    self.message = message
    self.breaksBackward = breaksBackward
    self.breaksForward = breaksForward
  }
}
