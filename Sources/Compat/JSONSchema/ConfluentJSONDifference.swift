import SchemaModel

/// One difference Confluent's JSON Schema diff reports between an original and an update.
public struct ConfluentJSONDifference: Hashable, Sendable {
  public var type: ConfluentJSONDifferenceType
  /// Confluent's JSON path (`#/properties/foo`, `#/` for the root).
  public var jsonPath: String
  /// Where the element is in the original document (nil when it exists only in the update).
  public var originalPosition: TextPosition?
  /// Where the element is in the update (the enclosing schema for removals).
  public var updatePosition: TextPosition?

  public init(
    type: ConfluentJSONDifferenceType, jsonPath: String,
    originalPosition: TextPosition? = nil, updatePosition: TextPosition? = nil
  ) {
    self.type = type
    self.jsonPath = jsonPath
    self.originalPosition = originalPosition
    self.updatePosition = updatePosition
  }

  /// Confluent's test-data form: `TYPE_CHANGED #/properties/foo`.
  public var changeString: String { "\(type.rawValue) \(jsonPath)" }
}

extension [ConfluentJSONDifference] {
  /// Confluent's verdict: every difference is a compatible change under `policy`.
  public func isCompatible(policy: JSONSchemaCompatibilityPolicy) -> Bool {
    allSatisfy { $0.type.isCompatible(under: policy) }
  }
}
