import SchemaModel

/// One difference between two versions of a schema, whatever the mode.
public struct Change: Hashable, Sendable {
  /// A stable kind (`FIELD_ADDED`, `FIELD_REMOVED`, `FIELD_TYPE_CHANGED`, `SYMBOL_ADDED`, ...).
  public var kind: RuleID
  /// Where in the schema, as a path (`/fields/2/type`) in the new schema, or the old one for
  /// deletions.
  public var path: String
  public var message: String
  public var oldLocation: SourceLocation?
  public var newLocation: SourceLocation?
  /// Data written with the old schema can no longer be read with the new one.
  public var breaksBackward: Bool
  /// Data written with the new schema cannot be read with the old one.
  public var breaksForward: Bool

  public init(
    kind: RuleID, path: String, message: String,
    oldLocation: SourceLocation? = nil, newLocation: SourceLocation? = nil,
    breaksBackward: Bool, breaksForward: Bool
  ) {
    self.kind = kind
    self.path = path
    self.message = message
    self.oldLocation = oldLocation
    self.newLocation = newLocation
    self.breaksBackward = breaksBackward
    self.breaksForward = breaksForward
  }
}
