import SchemaModel

/// An Avro schema prepared for payload work: every named type once, every reference an index
/// into `nodes`, field and symbol lookups by name. Validators, the binary decoder and schema
/// resolution walk this instead of `TypeNode`, so that no payload step looks up a name.
public struct AvroSchemaGraph: Sendable {
  public enum Kind: Sendable {
    case null, boolean, int, long, float, double, bytes, string
    case record(Record)
    case enumeration(Enumeration)
    case array(items: Int)
    case map(values: Int)
    case union(branches: [Int])
    case fixed(Fixed)
  }

  public struct Node: Sendable {
    public var kind: Kind
    public var logicalType: LogicalType?
    public var location: SourceLocation?
    /// The name the Avro JSON encoding uses for this type as a union branch: the primitive
    /// name, `array`, `map`, or a named type's full name.
    public var branchName: String
  }

  public struct Record: Sendable {
    public var name: QualifiedName
    public var aliases: [QualifiedName]
    public var fields: [Field]
    /// Field index by name (aliases not included).
    public var fieldIndex: [String: Int]
  }

  public struct Field: Sendable {
    public var name: String
    public var aliases: [String]
    /// Index of the field's type in `nodes`.
    public var type: Int
    /// The default as written (`nil`: none; an explicit `null` default is `.null`).
    public var defaultValue: JSONValue?
    public var location: SourceLocation?
  }

  public struct Enumeration: Sendable {
    public var name: QualifiedName
    public var aliases: [QualifiedName]
    public var symbols: [String]
    public var symbolIndex: [String: Int]
    public var defaultSymbol: String?
  }

  public struct Fixed: Sendable {
    public var name: QualifiedName
    public var aliases: [QualifiedName]
    public var size: Int
  }

  public private(set) var nodes: [Node] = []
  public private(set) var root: Int = 0

  /// Prepares `root`, following references through `types` (the subject's linked types).
  public init(root: TypeNode, types: TypeTable) throws(AvroSchemaGraphError) {
    var builder = Builder(types: types)
    let rootIndex = try builder.add(root, depth: 0)
    nodes = builder.nodes
    self.root = rootIndex
  }

  public subscript(index: Int) -> Node { nodes[index] }

  private struct Builder {
    /// Deeper nesting than the JSON reader allows cannot come from a parsed file.
    static let depthLimit = 600

    let types: TypeTable
    var nodes: [Node] = []
    var named: [String: Int] = [:]

    init(types: TypeTable) { self.types = types }

    mutating func add(_ node: TypeNode, depth: Int) throws(AvroSchemaGraphError) -> Int {
      guard depth < Self.depthLimit else { throw .tooDeep }
      switch node.kind {
      case .reference(let name):
        if let index = named[name.fullName] { return index }
        guard let definition = types[name.fullName] else {
          throw .unresolvedReference(name.fullName, node.location)
        }
        return try add(definition, depth: depth + 1)
      case .primitive(let primitive):
        let kind: Kind =
          switch primitive {
          case .null: .null
          case .boolean: .boolean
          case .int: .int
          case .long: .long
          case .float: .float
          case .double: .double
          case .bytes: .bytes
          case .string: .string
          }
        return append(kind, node, branchName: primitive.rawValue)
      case .record(let record):
        if let index = named[record.name.fullName] { return index }
        // The index exists before the fields are built, so a recursive field can point to it.
        let index = append(
          .record(Record(name: record.name, aliases: record.aliases, fields: [], fieldIndex: [:])),
          node, branchName: record.name.fullName)
        named[record.name.fullName] = index
        var fields: [Field] = []
        var fieldIndex: [String: Int] = [:]
        for field in record.fields {
          let type = try add(field.type, depth: depth + 1)
          fieldIndex[field.name] = fields.count
          fields.append(
            Field(
              name: field.name, aliases: field.aliases, type: type,
              defaultValue: field.defaultValue, location: field.location))
        }
        nodes[index].kind = .record(
          Record(
            name: record.name, aliases: record.aliases, fields: fields, fieldIndex: fieldIndex))
        return index
      case .enumeration(let enumeration):
        if let index = named[enumeration.name.fullName] { return index }
        let symbols = enumeration.symbols.map(\.name)
        var symbolIndex: [String: Int] = [:]
        for (offset, symbol) in symbols.enumerated() where symbolIndex[symbol] == nil {
          symbolIndex[symbol] = offset
        }
        let index = append(
          .enumeration(
            Enumeration(
              name: enumeration.name, aliases: enumeration.aliases, symbols: symbols,
              symbolIndex: symbolIndex, defaultSymbol: enumeration.defaultSymbol)),
          node, branchName: enumeration.name.fullName)
        named[enumeration.name.fullName] = index
        return index
      case .fixed(let fixed):
        if let index = named[fixed.name.fullName] { return index }
        let index = append(
          .fixed(Fixed(name: fixed.name, aliases: fixed.aliases, size: fixed.size)), node,
          branchName: fixed.name.fullName)
        named[fixed.name.fullName] = index
        return index
      case .array(let items):
        let index = append(.null, node, branchName: "array")
        nodes[index].kind = .array(items: try add(items, depth: depth + 1))
        return index
      case .map(let values):
        let index = append(.null, node, branchName: "map")
        nodes[index].kind = .map(values: try add(values, depth: depth + 1))
        return index
      case .union(let branches):
        let index = append(.null, node, branchName: "union")
        var indices: [Int] = []
        for branch in branches { indices.append(try add(branch, depth: depth + 1)) }
        nodes[index].kind = .union(branches: indices)
        return index
      case .any:
        throw .notAvro(node.location)
      }
    }

    mutating func append(_ kind: Kind, _ node: TypeNode, branchName: String) -> Int {
      nodes.append(
        Node(
          kind: kind, logicalType: node.logicalType, location: node.location,
          branchName: branchName))
      return nodes.count - 1
    }
  }
}

/// Why a parsed schema cannot be prepared for payloads.
public enum AvroSchemaGraphError: Error, Hashable, Sendable {
  /// A named type that no loaded file defines.
  case unresolvedReference(String, SourceLocation?)
  /// A type the Avro model does not have (the schema is not Avro).
  case notAvro(SourceLocation?)
  case tooDeep

  public var message: String {
    switch self {
    case .unresolvedReference(let name, _): "the type '\(name)' is not defined in any loaded file"
    case .notAvro: "the schema is not an Avro schema"
    case .tooDeep: "the schema nests too deeply to validate payloads with"
    }
  }
}
