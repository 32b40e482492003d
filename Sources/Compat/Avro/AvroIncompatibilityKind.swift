import SchemaModel

/// Apache Avro's `SchemaCompatibility.SchemaIncompatibilityType`, plus the one case where Java
/// throws instead of reporting (Confluent turns that exception into an incompatibility).
public enum AvroIncompatibilityKind: String, Hashable, Sendable, Codable, CaseIterable {
  case nameMismatch = "NAME_MISMATCH"
  case fixedSizeMismatch = "FIXED_SIZE_MISMATCH"
  case missingEnumSymbols = "MISSING_ENUM_SYMBOLS"
  case readerFieldMissingDefaultValue = "READER_FIELD_MISSING_DEFAULT_VALUE"
  case typeMismatch = "TYPE_MISMATCH"
  case missingUnionBranch = "MISSING_UNION_BRANCH"
  /// Java's `lookupWriterField` throws "Reader record field ... matches multiple fields in writer
  /// record schema ..."; Confluent reports "Unexpected exception during compatibility check".
  case ambiguousFieldAlias = "AVRO_AMBIGUOUS_FIELD_ALIAS"

  /// The rule id findings of this kind carry.
  public var ruleID: RuleID { RuleID(rawValue) }
}

/// One reason why a reader schema cannot read every datum of a writer schema.
public struct AvroIncompatibility: Hashable, Sendable {
  public var kind: AvroIncompatibilityKind
  /// Java's location string (`/fields/0/type`), built from the reader's field positions.
  public var location: String
  /// Java's message text (`reader type: INT not compatible with writer type: LONG`).
  public var message: String
  /// The element a person would name (`OrderPlaced.total`), from the reader's names.
  public var element: String
  /// What the reader has there (`int`, `record com.acme.Money`, `field total`).
  public var readerFragment: String
  /// What the writer has there.
  public var writerFragment: String
  public var readerLocation: SourceLocation?
  public var writerLocation: SourceLocation?

  public init(
    kind: AvroIncompatibilityKind, location: String, message: String, element: String = "",
    readerFragment: String = "", writerFragment: String = "",
    readerLocation: SourceLocation? = nil, writerLocation: SourceLocation? = nil
  ) {
    self.kind = kind
    self.location = location
    self.message = message
    self.element = element
    self.readerFragment = readerFragment
    self.writerFragment = writerFragment
    self.readerLocation = readerLocation
    self.writerLocation = writerLocation
  }
}

/// The outcome of one reader/writer check.
public struct AvroCompatibilityResult: Hashable, Sendable {
  /// Every incompatibility, in Java's order (duplicates from memoized named types included).
  public var incompatibilities: [AvroIncompatibility]

  public init(incompatibilities: [AvroIncompatibility]) {
    self.incompatibilities = incompatibilities
  }

  public var isCompatible: Bool { incompatibilities.isEmpty }
}
