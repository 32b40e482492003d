import SchemaModel

/// A YAML value from the config file with the position where it starts, independent of Yams so
/// that it is `Sendable` and can be kept in the config (`proto`, `lint`, ... sections).
public struct ConfigNode: Hashable, Sendable {
  public enum Value: Hashable, Sendable {
    /// A scalar as written; `isPlain` is false when it was quoted (so `"1"` is not a number).
    case scalar(String, isPlain: Bool)
    case sequence([ConfigNode])
    case mapping([ConfigEntry])
  }

  public var value: Value
  public var position: TextPosition

  public init(_ value: Value, at position: TextPosition) {
    self.value = value
    self.position = position
  }

  /// The scalar's text, or nil for a sequence, a mapping or a YAML null.
  public var scalarText: String? {
    guard case .scalar(let text, let isPlain) = value else { return nil }
    if isPlain, ["", "~", "null", "Null", "NULL"].contains(text) { return nil }
    return text
  }

  public var isNull: Bool {
    if case .scalar(let text, true) = value {
      return ["", "~", "null", "Null", "NULL"].contains(text)
    }
    return false
  }

  /// A person's name for the kind of value, for messages.
  public var kindName: String {
    switch value {
    case .scalar: isNull ? "null" : "a scalar"
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }
}

/// One `key: value` pair of a YAML mapping, in source order.
public struct ConfigEntry: Hashable, Sendable {
  public var key: String
  public var keyPosition: TextPosition
  public var value: ConfigNode

  public init(key: String, keyPosition: TextPosition, value: ConfigNode) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}
