/// Whether a field must be present, may be absent, or repeats.
public enum FieldPresence: String, Hashable, Sendable, Codable {
  case required
  case optional
  /// Proto3 scalars without `optional`: absent and default are the same on the wire.
  case implicit
  case repeated
}

/// Avro's field `order` attribute.
public enum FieldOrder: String, Hashable, Sendable, Codable {
  case ascending, descending, ignore
}

/// One field of a record, message or object.
public struct Field: Hashable, Sendable {
  public var name: String
  /// The JSON name where the format has one distinct from `name` (Protobuf `json_name`).
  public var jsonName: String?
  /// The field number (Protobuf tag).
  public var number: Int?
  public var type: TypeNode
  public var presence: FieldPresence
  /// The default value as written; `nil` when the field has none (an explicit `null` default is
  /// a JSON null value, not `nil`).
  public var defaultValue: JSONValue?
  public var doc: String?
  /// Alternative names (Avro field aliases).
  public var aliases: [String]
  public var deprecated: Bool
  public var order: FieldOrder?
  public var location: SourceLocation?
  /// Attributes the format allows but schemacheck does not interpret, in source order.
  public var properties: [JSONMember]

  public init(
    name: String,
    jsonName: String? = nil,
    number: Int? = nil,
    type: TypeNode,
    presence: FieldPresence = .required,
    defaultValue: JSONValue? = nil,
    doc: String? = nil,
    aliases: [String] = [],
    deprecated: Bool = false,
    order: FieldOrder? = nil,
    location: SourceLocation? = nil,
    properties: [JSONMember] = []
  ) {
    self.name = name
    self.jsonName = jsonName
    self.number = number
    self.type = type
    self.presence = presence
    self.defaultValue = defaultValue
    self.doc = doc
    self.aliases = aliases
    self.deprecated = deprecated
    self.order = order
    self.location = location
    self.properties = properties
  }
}
