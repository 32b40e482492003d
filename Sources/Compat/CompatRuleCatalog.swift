import SchemaModel

/// What one compatibility rule id means: the data behind `schemacheck rules` and the docs.
public struct CompatRuleDescription: Hashable, Sendable {
  public var id: RuleID
  /// The format the rule belongs to; nil for rules about any format.
  public var format: SchemaFormat?
  /// Whose rule this is: `Apache Avro`, `Confluent`, `schemacheck`.
  public var family: String
  /// The severity its findings have unless configured otherwise.
  public var defaultSeverity: Severity
  public var summary: String
  /// Why it matters, or which peer behaviour it follows.
  public var rationale: String

  public init(
    id: RuleID, format: SchemaFormat?, family: String, defaultSeverity: Severity = .error,
    summary: String, rationale: String
  ) {
    self.id = id
    self.format = format
    self.family = family
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.rationale = rationale
  }
}

/// Every rule id the compatibility checker can report.
public enum CompatRuleCatalog {
  public static let differentSchemaType: RuleID = "COMPAT_DIFFERENT_SCHEMA_TYPE"
  public static let schemaHasErrors: RuleID = "COMPAT_SCHEMA_HAS_ERRORS"
  public static let formatNotSupported: RuleID = "COMPAT_FORMAT_NOT_SUPPORTED"
  /// A JSON Schema `$ref` that points nowhere in its document.
  public static let unresolvedReference: RuleID = "COMPAT_UNRESOLVED_REFERENCE"
  /// A JSON Schema whose sub-schemas nest (through `$ref`s too) past the diff's depth limit.
  public static let schemaTooDeep: RuleID = "COMPAT_SCHEMA_TOO_DEEP"

  public static let all: [CompatRuleDescription] =
    AvroIncompatibilityKind.allCases.map(\.ruleDescription)
    + ConfluentDifferenceType.allCases.filter { !$0.isCompatible }.map(\.ruleDescription)
    + ConfluentJSONDifferenceType.allCases.filter { !$0.isCompatible(under: .strict) }
    .map(\.ruleDescription) + [
      CompatRuleDescription(
        id: differentSchemaType, format: nil, family: "Confluent",
        summary: "the new schema and an earlier version are of different formats",
        rationale: "Confluent: \"Incompatible because of different schema type\""),
      CompatRuleDescription(
        id: schemaHasErrors, format: nil, family: "schemacheck",
        summary: "a schema could not be read, so it was not compared",
        rationale: "a verdict on a half-read schema would be a guess"),
      CompatRuleDescription(
        id: unresolvedReference, format: .jsonSchema, family: "schemacheck",
        summary: "a JSON Schema `$ref` points nowhere in its document, so it was not compared",
        rationale: "Confluent's diff throws on an unresolved reference"),
      CompatRuleDescription(
        id: schemaTooDeep, format: .jsonSchema, family: "schemacheck",
        summary: "a JSON Schema nests deeper than the diff's limit (counting `$ref`s "
          + "followed), so it was not compared",
        rationale: "a fixed limit keeps a hostile `$ref` chain from exhausting the stack"),
      CompatRuleDescription(
        id: formatNotSupported, format: nil, family: "schemacheck", defaultSeverity: .warning,
        summary: "compatibility of this format is not checked yet",
        rationale: "says so instead of passing silently"),
    ]
}

extension AvroIncompatibilityKind {
  /// This kind's entry in the rule catalog.
  public var ruleDescription: CompatRuleDescription {
    let (summary, rationale): (String, String) =
      switch self {
      case .nameMismatch:
        (
          "a record, enum or fixed has another name and no reader alias names the writer's",
          "Avro matches named types by unqualified name (namespace ignored since 1.9.1) or the "
            + "reader's aliases"
        )
      case .fixedSizeMismatch:
        ("a fixed type changed its size", "fixed values are read byte for byte")
      case .missingEnumSymbols:
        (
          "the writer can write enum symbols the reader lacks, and the reader enum has no default",
          "an unknown symbol fails to decode unless the reader enum declares a default"
        )
      case .readerFieldMissingDefaultValue:
        (
          "the reader has a field the writer lacks, with no default",
          "the reader has nothing to fill the field with"
        )
      case .typeMismatch:
        (
          "the writer's type cannot be read as the reader's type",
          "only int->long->float->double and string<->bytes are promoted; logical types are ignored"
        )
      case .missingUnionBranch:
        (
          "the reader's union has no branch that reads a writer type",
          "every writer branch must be readable by some reader branch"
        )
      case .ambiguousFieldAlias:
        (
          "a reader field's name and aliases match several writer fields",
          "Java's checker throws; Confluent reports \"Unexpected exception during compatibility "
            + "check\" and rejects the schema"
        )
      }
    return CompatRuleDescription(
      id: ruleID, format: .avro,
      family: self == .ambiguousFieldAlias ? "Confluent" : "Apache Avro",
      summary: summary, rationale: rationale)
  }
}
