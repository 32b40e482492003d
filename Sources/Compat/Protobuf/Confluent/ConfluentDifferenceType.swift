import SchemaModel

/// Confluent Schema Registry's Protobuf `Difference.Type`: the 26 kinds of change its
/// `SchemaDiff` reports, with the registry's own names.
public enum ConfluentDifferenceType: String, Hashable, Sendable, Codable, CaseIterable {
  case packageChanged = "PACKAGE_CHANGED"
  case messageAdded = "MESSAGE_ADDED"
  case messageRemoved = "MESSAGE_REMOVED"
  case messageMoved = "MESSAGE_MOVED"
  case enumAdded = "ENUM_ADDED"
  case enumRemoved = "ENUM_REMOVED"
  case enumConstAdded = "ENUM_CONST_ADDED"
  case enumConstChanged = "ENUM_CONST_CHANGED"
  case enumConstRemoved = "ENUM_CONST_REMOVED"
  case fieldAdded = "FIELD_ADDED"
  case fieldRemoved = "FIELD_REMOVED"
  case fieldNameChanged = "FIELD_NAME_CHANGED"
  case fieldKindChanged = "FIELD_KIND_CHANGED"
  case fieldScalarKindChanged = "FIELD_SCALAR_KIND_CHANGED"
  case fieldNamedTypeChanged = "FIELD_NAMED_TYPE_CHANGED"
  case fieldNumericLabelChanged = "FIELD_NUMERIC_LABEL_CHANGED"
  case fieldStringOrBytesLabelChanged = "FIELD_STRING_OR_BYTES_LABEL_CHANGED"
  case requiredFieldAdded = "REQUIRED_FIELD_ADDED"
  case requiredFieldRemoved = "REQUIRED_FIELD_REMOVED"
  case oneofAdded = "ONEOF_ADDED"
  case oneofRemoved = "ONEOF_REMOVED"
  case oneofFieldAdded = "ONEOF_FIELD_ADDED"
  case oneofFieldRemoved = "ONEOF_FIELD_REMOVED"
  case oneofFieldMovedToTopLevel = "ONEOF_FIELD_MOVED_TO_TOP_LEVEL"
  case multipleFieldsMovedToOneof = "MULTIPLE_FIELDS_MOVED_TO_ONEOF"
  case fieldMovedToExistingOneof = "FIELD_MOVED_TO_EXISTING_ONEOF"

  /// The rule id findings of this kind carry.
  public var ruleID: RuleID { RuleID(rawValue) }

  /// True when Confluent lists the type in `SchemaDiff.COMPATIBLE_CHANGES` (15 of the 26).
  public var isCompatible: Bool { Self.rules[self]?.isCompatible ?? false }

  /// One line on what the difference is.
  public var summary: String { Self.rules[self]?.summary ?? rawValue }

  /// Why Confluent accepts or rejects it.
  public var rationale: String { Self.rules[self]?.rationale ?? "" }

  /// This type's entry in the rule catalog.
  public var ruleDescription: CompatRuleDescription {
    CompatRuleDescription(
      id: ruleID, format: .protobuf, family: "Confluent", summary: summary,
      rationale: (isCompatible ? "compatible: " : "incompatible: ") + rationale)
  }

  struct Rule {
    var isCompatible: Bool
    var summary: String
    var rationale: String
  }

  /// The classification and wording of every type, as data (Confluent's `COMPATIBLE_CHANGES`).
  static let rules: [ConfluentDifferenceType: Rule] = [
    .packageChanged: Rule(
      isCompatible: false, summary: "the file's package changed",
      rationale: "every full type name changes with it"),
    .messageAdded: Rule(
      isCompatible: true, summary: "a message exists only in the update",
      rationale: "nothing written with the original refers to it"),
    .messageRemoved: Rule(
      isCompatible: false,
      summary: "a message exists only in the original (also when moved to an imported file)",
      rationale: "data written with the original may use it by its message index"),
    .messageMoved: Rule(
      isCompatible: true, summary: "a message is at another index among its siblings",
      rationale: "message indexes on the wire are relative to the registered schema id"),
    .enumAdded: Rule(
      isCompatible: true, summary: "an enum exists only in the update",
      rationale: "enums are read as numbers"),
    .enumRemoved: Rule(
      isCompatible: true, summary: "an enum exists only in the original",
      rationale: "enums are read as numbers"),
    .enumConstAdded: Rule(
      isCompatible: true, summary: "an enum value number exists only in the update",
      rationale: "unknown enum numbers are kept as numbers"),
    .enumConstChanged: Rule(
      isCompatible: true, summary: "an enum value number has another name",
      rationale: "the binary format carries the number only"),
    .enumConstRemoved: Rule(
      isCompatible: true, summary: "an enum value number exists only in the original",
      rationale: "unknown enum numbers are kept as numbers"),
    .fieldAdded: Rule(
      isCompatible: true, summary: "a field number exists only in the update",
      rationale: "a missing field reads as its default"),
    .fieldRemoved: Rule(
      isCompatible: true, summary: "a field number exists only in the original",
      rationale: "an unknown field is skipped"),
    .fieldNameChanged: Rule(
      isCompatible: true, summary: "a field number has another name",
      rationale: "the binary format carries the number only"),
    .fieldKindChanged: Rule(
      isCompatible: false, summary: "a field changed between scalar (or enum), message and map",
      rationale: "the encodings differ"),
    .fieldScalarKindChanged: Rule(
      isCompatible: false, summary: "a scalar field moved to another wire group",
      rationale:
        "groups: int32/int64/uint32/uint64/bool/enum, sint32/sint64, string/bytes, "
        + "fixed32/sfixed32, fixed64/sfixed64, float, double"),
    .fieldNamedTypeChanged: Rule(
      isCompatible: false,
      summary: "a message field refers to another message, or its message changed incompatibly",
      rationale: "the nested data is read with another layout"),
    .fieldNumericLabelChanged: Rule(
      isCompatible: false,
      summary: "a numeric field changed between optional, required and repeated",
      rationale: "packed and unpacked numbers are encoded differently"),
    .fieldStringOrBytesLabelChanged: Rule(
      isCompatible: true,
      summary: "a string or bytes field changed between optional, required and repeated",
      rationale: "a repeated string is encoded like several single ones"),
    .requiredFieldAdded: Rule(
      isCompatible: false, summary: "a proto2 required field exists only in the update",
      rationale: "data written with the original lacks it and fails to parse"),
    .requiredFieldRemoved: Rule(
      isCompatible: false, summary: "a proto2 required field exists only in the original",
      rationale: "readers with the original require it"),
    .oneofAdded: Rule(
      isCompatible: true, summary: "a oneof name exists only in the update",
      rationale: "a oneof is a set of fields, not a thing on the wire"),
    .oneofRemoved: Rule(
      isCompatible: true, summary: "a oneof name exists only in the original",
      rationale: "a oneof is a set of fields, not a thing on the wire"),
    .oneofFieldAdded: Rule(
      isCompatible: true, summary: "a new field number inside a oneof of the update",
      rationale: "data written with the original never sets it"),
    .oneofFieldRemoved: Rule(
      isCompatible: false,
      summary: "a oneof member disappears while other members of its oneof survive",
      rationale: "data that set it would read as if no member of the oneof were set"),
    .oneofFieldMovedToTopLevel: Rule(
      isCompatible: true, summary: "a oneof member became a plain field",
      rationale: "at most one member was ever set"),
    .multipleFieldsMovedToOneof: Rule(
      isCompatible: false,
      summary: "a oneof of the update gathers several fields that were plain fields",
      rationale: "data that set several of them cannot be read as a oneof"),
    .fieldMovedToExistingOneof: Rule(
      isCompatible: false,
      summary: "a oneof of the update gathers fields from different oneofs or plain fields",
      rationale: "data that set members of different groups cannot be read as one oneof"),
  ]
}
