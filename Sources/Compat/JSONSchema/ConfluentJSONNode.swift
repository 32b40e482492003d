import SchemaModel

/// One schema in the everit-like object model that Confluent's JSON Schema diff walks.
///
/// Sub-schemas are indexes into the owning `ConfluentJSONGraph`, so `$ref` cycles are plain
/// back edges.
struct ConfluentJSONNode: Sendable {
  enum Criterion: String, Sendable { case allOf, anyOf, oneOf }

  enum Kind: Sendable {
    case empty
    case falseSchema
    case string(StringFacets)
    case number(NumberFacets)
    case boolean
    case null
    case object(ObjectFacets)
    case array(ArrayFacets)
    case enumeration([JSONValue])
    case constant(JSONValue)
    case not(Int)
    case combined(Criterion, [Int])
    /// A `$ref`, resolved; the diff looks through it.
    case reference(Int)
  }

  struct StringFacets: Sendable {
    var minLength: JSONNumber?
    var maxLength: JSONNumber?
    var pattern: String?
  }

  struct NumberFacets: Sendable {
    var requiresInteger = false
    var minimum: JSONNumber?
    var maximum: JSONNumber?
    var exclusiveMinimum: JSONNumber?
    var exclusiveMaximum: JSONNumber?
    var multipleOf: JSONNumber?
  }

  /// `additionalProperties`/`additionalItems`: everit keeps a permit flag and an optional schema.
  struct Additional: Sendable {
    var permitted = true
    var schema: Int?
    /// False when the keyword is absent.
    var isWritten = false
  }

  /// `unevaluatedProperties`/`unevaluatedItems`: absent, a boolean, or a schema.
  enum Unevaluated: Sendable, Equatable {
    case absent
    case allowed(Bool)
    case schema(Int)
  }

  struct Property: Sendable {
    var name: String
    var schema: Int
    var position: TextPosition
  }

  struct ObjectFacets: Sendable {
    var properties: [Property] = []
    var required: [String] = []
    var additional = Additional()
    var patternProperties: [(pattern: String, schema: Int)] = []
    var unevaluated = Unevaluated.absent
    var minProperties: JSONNumber?
    var maxProperties: JSONNumber?
    var propertyDependencies: [(name: String, names: [String])] = []
    var schemaDependencies: [(name: String, schema: Int)] = []
  }

  struct ArrayFacets: Sendable {
    var allItems: Int?
    var tupleItems: [Int]?
    var additional = Additional()
    var unevaluated = Unevaluated.absent
    var contains: Int?
    var minItems: JSONNumber?
    var maxItems: JSONNumber?
    var minContains: JSONNumber?
    var maxContains: JSONNumber?
    var uniqueItems = false
  }

  var kind: Kind
  /// The JSON object the schema was read from (nil for synthesised nodes and booleans).
  var raw: JSONValue?
  var position: TextPosition
  var id: String?
  var title: String?
  var description: String?
  var defaultValue: JSONValue?
  /// Kafka Connect's `"connect.type": "bytes"` marker, which Confluent treats as a match.
  var isConnectBytes = false

  /// The everit schema class, which decides TYPE_CHANGED.
  var schemaClass: String {
    switch kind {
    case .empty: "empty"
    case .falseSchema: "false"
    case .string: "string"
    case .number: "number"
    case .boolean: "boolean"
    case .null: "null"
    case .object: "object"
    case .array: "array"
    case .enumeration: "enum"
    case .constant: "const"
    case .not: "not"
    case .combined: "combined"
    case .reference: "reference"
    }
  }

  /// Where a keyword of this schema was written, else the schema itself.
  func position(of keyword: String) -> TextPosition {
    raw?.members?.first { $0.key == keyword }?.value.position ?? position
  }
}
