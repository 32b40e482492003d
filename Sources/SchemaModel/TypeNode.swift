/// A primitive type of any format. Avro's eight come first; other formats add theirs later.
public enum PrimitiveType: String, Hashable, Sendable, Codable, CaseIterable {
  case null, boolean, int, long, float, double, bytes, string
}

/// A logical type annotation (`decimal(9,2)`, `timestamp-millis`, `uuid`, a JSON Schema
/// `format`). Kept on the node so that catalogs and lint can show it; Avro's compatibility
/// check ignores it, as Apache Avro does.
public struct LogicalType: Hashable, Sendable, Codable, CustomStringConvertible {
  public var name: String
  public var precision: Int?
  public var scale: Int?

  public init(name: String, precision: Int? = nil, scale: Int? = nil) {
    self.name = name
    self.precision = precision
    self.scale = scale
  }

  public var description: String {
    guard let precision else { return name }
    return "\(name)(\(precision),\(scale ?? 0))"
  }
}

/// One node of the unified type model, with where it was written.
public struct TypeNode: Hashable, Sendable {
  public indirect enum Kind: Hashable, Sendable {
    case primitive(PrimitiveType)
    /// The definition of a record (Avro) or message (Protobuf) or closed object.
    case record(RecordType)
    case enumeration(EnumType)
    case array(items: TypeNode)
    case map(values: TypeNode)
    case union([TypeNode])
    case fixed(FixedType)
    /// A use of a named type defined elsewhere (earlier in the file, or in another file).
    case reference(QualifiedName)
    case any
  }

  public var kind: Kind
  public var logicalType: LogicalType?
  public var location: SourceLocation?
  /// Properties the format allows but schemacheck does not interpret (Avro custom attributes),
  /// in source order.
  public var properties: [JSONMember]

  public init(
    _ kind: Kind,
    logicalType: LogicalType? = nil,
    location: SourceLocation? = nil,
    properties: [JSONMember] = []
  ) {
    self.kind = kind
    self.logicalType = logicalType
    self.location = location
    self.properties = properties
  }
}

extension TypeNode {
  /// The name of a named type definition or reference.
  public var qualifiedName: QualifiedName? {
    switch kind {
    case .record(let record): record.name
    case .enumeration(let enumeration): enumeration.name
    case .fixed(let fixed): fixed.name
    case .reference(let name): name
    default: nil
    }
  }

  /// A short human name for messages: `long`, `record com.acme.Money`, `array`, `union`.
  public var displayName: String {
    switch kind {
    case .primitive(let primitive): primitive.rawValue
    case .record(let record): "record \(record.name.fullName)"
    case .enumeration(let enumeration): "enum \(enumeration.name.fullName)"
    case .array: "array"
    case .map: "map"
    case .union: "union"
    case .fixed(let fixed): "fixed \(fixed.name.fullName)"
    case .reference(let name): name.fullName
    case .any: "any"
    }
  }
}

/// A record (Avro), message (Protobuf) or object with known properties (JSON Schema).
public struct RecordType: Hashable, Sendable {
  public var name: QualifiedName
  /// Alternative full names (Avro aliases, already resolved against the namespace).
  public var aliases: [QualifiedName]
  public var doc: String?
  public var fields: [Field]

  public init(
    name: QualifiedName, aliases: [QualifiedName] = [], doc: String? = nil, fields: [Field]
  ) {
    self.name = name
    self.aliases = aliases
    self.doc = doc
    self.fields = fields
  }
}

/// One symbol of an enum, with its number where the format has one (Protobuf).
public struct EnumSymbol: Hashable, Sendable {
  public var name: String
  public var number: Int?
  public var doc: String?
  public var location: SourceLocation?

  public init(name: String, number: Int? = nil, doc: String? = nil, location: SourceLocation? = nil)
  {
    self.name = name
    self.number = number
    self.doc = doc
    self.location = location
  }
}

public struct EnumType: Hashable, Sendable {
  public var name: QualifiedName
  public var aliases: [QualifiedName]
  public var doc: String?
  public var symbols: [EnumSymbol]
  /// The symbol a reader uses for writer symbols it does not know (Avro enum `default`).
  public var defaultSymbol: String?

  public init(
    name: QualifiedName, aliases: [QualifiedName] = [], doc: String? = nil,
    symbols: [EnumSymbol], defaultSymbol: String? = nil
  ) {
    self.name = name
    self.aliases = aliases
    self.doc = doc
    self.symbols = symbols
    self.defaultSymbol = defaultSymbol
  }
}

public struct FixedType: Hashable, Sendable {
  public var name: QualifiedName
  public var aliases: [QualifiedName]
  public var doc: String?
  public var size: Int

  public init(name: QualifiedName, aliases: [QualifiedName] = [], doc: String? = nil, size: Int) {
    self.name = name
    self.aliases = aliases
    self.doc = doc
    self.size = size
  }
}
