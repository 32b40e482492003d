import Parsers

/// What a field holds, with message and enum names resolved (full names, no leading dot).
public indirect enum ProtoFieldKind: Hashable, Sendable {
  /// One of the 15 scalar types.
  case scalar(ProtoScalar)
  /// A message, encoded length-prefixed on the wire.
  case message(String)
  /// An enum.
  case enumeration(String)
  /// `map<K, V>`: on the wire a repeated entry message with the key as field 1 and the value as
  /// field 2; `value` is `.scalar`, `.message` or `.enumeration`.
  case map(key: ProtoScalar, value: ProtoFieldKind)
  /// A message encoded as a group on the wire (start-group/end-group tags): a proto2 `group`
  /// field, or an editions message field with `features.message_encoding = DELIMITED`.
  case group(String)
  /// A type name the linker could not resolve, as written; the image has a link error for it.
  case unresolved(String)
}

/// One field of a message, with everything payload validation needs resolved: its names, its
/// kind, its presence and its wire and UTF-8 behaviour under proto2, proto3 or editions rules.
public struct ProtoFieldDescriptor: Hashable, Sendable {
  /// The name as declared (`order_id`; a proto2 group's field name is the lowercased group).
  public var name: String
  /// The field number.
  public var number: Int
  /// The JSON name: the `json_name` option, or protoc's lowerCamelCase of `name` (`orderId`).
  public var jsonName: String
  /// What the field holds.
  public var kind: ProtoFieldKind
  /// Repeated, map, required (proto2 `required`, editions `LEGACY_REQUIRED`), or optional with
  /// explicit or implicit presence.
  public var cardinality: ProtoCardinality
  /// True for a repeated scalar or enum field written packed by default (proto3 and editions
  /// unless `[packed = false]` or `repeated_field_encoding = EXPANDED`; proto2 with
  /// `[packed = true]`). Parsers accept both encodings either way.
  public var isPacked: Bool
  /// True when string values (map keys and values included) must be valid UTF-8: proto3 and
  /// editions `utf8_validation = VERIFY`; false for proto2.
  public var validatesUTF8: Bool
  /// Index into the message's `oneofs` for a member of a real oneof (not proto3 `optional`).
  public var oneofIndex: Int?
  /// The oneof's name, for a oneof member.
  public var oneofName: String?

  public init(
    name: String, number: Int, jsonName: String, kind: ProtoFieldKind,
    cardinality: ProtoCardinality, isPacked: Bool = false, validatesUTF8: Bool = false,
    oneofIndex: Int? = nil, oneofName: String? = nil
  ) {
    self.name = name
    self.number = number
    self.jsonName = jsonName
    self.kind = kind
    self.cardinality = cardinality
    self.isPacked = isPacked
    self.validatesUTF8 = validatesUTF8
    self.oneofIndex = oneofIndex
    self.oneofName = oneofName
  }

  /// True for repeated and map fields (a JSON array or object of values).
  public var isRepeated: Bool { cardinality == .repeated || cardinality == .map }

  /// True when a value equal to the default is still "set" (explicit presence, required,
  /// oneof members, message fields).
  public var hasPresence: Bool {
    cardinality == .optionalExplicit || cardinality == .required
  }
}
