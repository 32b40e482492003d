/// One row of an event's field table.
public struct CatalogField: Hashable, Sendable {
  /// Dotted path from the root (`customer.address.city`; array items as `lines[]`).
  public var path: String
  /// Nesting depth of `path` (0 for top-level fields), for indentation.
  public var depth: Int
  /// The type as users read it: `string`, `long (timestamp-millis)`, `array<OrderLine>`,
  /// `null | string`, `enum Status`, `google.protobuf.Timestamp`.
  public var type: String
  /// Must be present (Avro: no default; JSON Schema: in `required`; Protobuf: proto2
  /// `required`).
  public var required: Bool
  /// The default as JSON text, nil when none.
  public var defaultValue: String?
  /// Constraints in words (`maxLength 64`, `symbols: NEW, PAID`, `precision 9, scale 2`,
  /// `field number 3`).
  public var constraints: [String]
  /// The field's documentation (Avro `doc`, JSON Schema `description`, Protobuf comment).
  public var doc: String?
  public var deprecated: Bool

  public init(
    path: String, depth: Int, type: String, required: Bool, defaultValue: String? = nil,
    constraints: [String] = [], doc: String? = nil, deprecated: Bool = false
  ) {
    self.path = path
    self.depth = depth
    self.type = type
    self.required = required
    self.defaultValue = defaultValue
    self.constraints = constraints
    self.doc = doc
    self.deprecated = deprecated
  }
}
