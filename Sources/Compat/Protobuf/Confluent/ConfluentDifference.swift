import SchemaModel

/// One difference Confluent's Protobuf `SchemaDiff` reports between an original schema and an
/// update (for BACKWARD, original = the earlier version, update = the new one).
public struct ConfluentDifference: Hashable, Sendable {
  public var type: ConfluentDifferenceType
  /// Confluent's path: `#/` then the message names, oneof name and field number
  /// (`#/TestMessage/2`, `#/Message/newOneOf/2`, `#/Status/1`; `#/` for the package).
  public var path: String
  /// The element as a person names it (`field 'TestMessage.test_int' (number 2)`).
  public var element: String
  /// What the element is in the original, when the difference is a change (`int32`).
  public var originalDetail: String?
  /// What the element is in the update (`string`).
  public var updateDetail: String?
  /// The element in the original file, or what encloses the place it would be.
  public var originalLocation: SourceLocation?
  /// The element in the update file, or what encloses the place it would be.
  public var updateLocation: SourceLocation?

  public init(
    type: ConfluentDifferenceType, path: String, element: String,
    originalDetail: String? = nil, updateDetail: String? = nil,
    originalLocation: SourceLocation? = nil, updateLocation: SourceLocation? = nil
  ) {
    self.type = type
    self.path = path
    self.element = element
    self.originalDetail = originalDetail
    self.updateDetail = updateDetail
    self.originalLocation = originalLocation
    self.updateLocation = updateLocation
  }

  public var isCompatible: Bool { type.isCompatible }

  /// Confluent's test-data form: `FIELD_ADDED #/TestMessage/3`.
  public var confluentText: String { "\(type.rawValue) \(path)" }
}
