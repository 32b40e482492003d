/// A JSON number kept exactly as written, so integers above 2^53 and long decimals never round.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
  /// The literal text from the source (`-12`, `1.5e3`).
  public var text: String

  public init(text: String) { self.text = text }
  public init(_ value: Int64) { self.text = String(value) }

  /// True when the literal has no fraction and no exponent.
  public var isIntegerLiteral: Bool {
    !text.utf8.contains {
      $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
    }
  }

  /// The value as an Int64 when it is an integer literal in range.
  public var int64Value: Int64? { isIntegerLiteral ? Int64(text) : nil }

  /// The nearest Double (may round).
  public var doubleValue: Double { Double(text) ?? .nan }

  public var description: String { text }
}

/// A JSON value with the position where it starts in its source text.
///
/// Objects keep their members in source order, duplicates included when the reader was asked to
/// keep them, because both the Avro parser (field order) and diagnostics need that order.
public struct JSONValue: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  public var kind: Kind
  public var position: TextPosition

  @inlinable
  public init(_ kind: Kind, at position: TextPosition = TextPosition(line: 0, column: 0)) {
    self.kind = kind
    self.position = position
  }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Hashable, Sendable {
  public var key: String
  public var keyPosition: TextPosition
  public var value: JSONValue

  @inlinable
  public init(key: String, keyPosition: TextPosition, value: JSONValue) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}

extension JSONValue {
  public var stringValue: String? {
    if case .string(let value) = kind { return value }
    return nil
  }

  public var members: [JSONMember]? {
    if case .object(let members) = kind { return members }
    return nil
  }

  public var elements: [JSONValue]? {
    if case .array(let elements) = kind { return elements }
    return nil
  }

  public var isNull: Bool {
    if case .null = kind { return true }
    return false
  }

  /// The first member with this key.
  public subscript(key: String) -> JSONValue? {
    members?.first { $0.key == key }?.value
  }

  /// The JSON type name a person would use in a message.
  public var typeName: String {
    switch kind {
    case .null: "null"
    case .bool: "boolean"
    case .number(let number): number.isIntegerLiteral ? "integer" : "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}
