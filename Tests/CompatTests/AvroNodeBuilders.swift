import SchemaModel

@testable import Compat

/// Small builders for Avro type trees, so checker tests read like the schemas they stand for.
enum Avro {
  static func primitive(_ type: PrimitiveType, logical: LogicalType? = nil) -> TypeNode {
    TypeNode(.primitive(type), logicalType: logical)
  }

  static let null = primitive(.null)
  static let boolean = primitive(.boolean)
  static let int = primitive(.int)
  static let long = primitive(.long)
  static let float = primitive(.float)
  static let double = primitive(.double)
  static let bytes = primitive(.bytes)
  static let string = primitive(.string)

  static func field(
    _ name: String, _ type: TypeNode, default defaultValue: JSONValue? = nil,
    aliases: [String] = []
  ) -> Field {
    Field(name: name, type: type, defaultValue: defaultValue, aliases: aliases)
  }

  static func record(_ fullName: String, aliases: [String] = [], _ fields: [Field]) -> TypeNode {
    TypeNode(
      .record(
        RecordType(
          name: QualifiedName(fullName: fullName),
          aliases: aliases.map { QualifiedName(fullName: $0) }, fields: fields)))
  }

  static func enumeration(
    _ fullName: String, _ symbols: [String], default defaultSymbol: String? = nil,
    aliases: [String] = []
  ) -> TypeNode {
    TypeNode(
      .enumeration(
        EnumType(
          name: QualifiedName(fullName: fullName),
          aliases: aliases.map { QualifiedName(fullName: $0) },
          symbols: symbols.map { EnumSymbol(name: $0) }, defaultSymbol: defaultSymbol)))
  }

  static func fixed(
    _ fullName: String, size: Int, aliases: [String] = [], logical: LogicalType? = nil
  ) -> TypeNode {
    TypeNode(
      .fixed(
        FixedType(
          name: QualifiedName(fullName: fullName),
          aliases: aliases.map { QualifiedName(fullName: $0) }, size: size)),
      logicalType: logical)
  }

  static func array(_ items: TypeNode) -> TypeNode { TypeNode(.array(items: items)) }
  static func map(_ values: TypeNode) -> TypeNode { TypeNode(.map(values: values)) }
  static func union(_ branches: TypeNode...) -> TypeNode { TypeNode(.union(branches)) }
  static func reference(_ fullName: String) -> TypeNode {
    TypeNode(.reference(QualifiedName(fullName: fullName)))
  }

  static let stringDefault = JSONValue(.string("foo"))
  static let nullDefault = JSONValue(.null)
  static func intDefault(_ value: Int64) -> JSONValue { JSONValue(.number(JSONNumber(value))) }

  /// A table of every named type defined inside `node`.
  static func table(_ node: TypeNode) -> TypeTable {
    var table = TypeTable()
    collect(node, into: &table)
    return table
  }

  static func collect(_ node: TypeNode, into table: inout TypeTable) {
    switch node.kind {
    case .record(let record):
      table.add(node)
      for field in record.fields { collect(field.type, into: &table) }
    case .enumeration, .fixed: table.add(node)
    case .array(let items): collect(items, into: &table)
    case .map(let values): collect(values, into: &table)
    case .union(let branches): for branch in branches { collect(branch, into: &table) }
    default: break
    }
  }

  /// A version of a subject whose schema is `root`.
  static func version(_ label: String, _ root: TypeNode) -> SchemaVersion {
    var document = SchemaDocument(format: .avro, path: "\(label).avsc", root: root)
    var table = TypeTable()
    collect(root, into: &table)
    var named: [TypeNode] = []
    gatherNamed(root, into: &named)
    document.namedTypes = named
    return SchemaVersion(label: label, document: document, types: table)
  }

  static func gatherNamed(_ node: TypeNode, into named: inout [TypeNode]) {
    switch node.kind {
    case .record(let record):
      named.append(node)
      for field in record.fields { gatherNamed(field.type, into: &named) }
    case .enumeration, .fixed: named.append(node)
    case .array(let items): gatherNamed(items, into: &named)
    case .map(let values): gatherNamed(values, into: &named)
    case .union(let branches): for branch in branches { gatherNamed(branch, into: &named) }
    default: break
    }
  }

  /// Runs the checker and returns `KIND location` strings in Java's order.
  static func check(reader: TypeNode, writer: TypeNode) -> [String] {
    AvroReaderWriterChecker.check(
      reader: reader, readerTypes: table(reader), writer: writer, writerTypes: table(writer)
    ).incompatibilities.map { "\($0.kind.rawValue) \($0.location)" }
  }
}
