import SchemaModel

extension AvroReaderWriterChecker {
  /// Java's `schemaNameEquals` (since AVRO-2400, 1.9.1): the unqualified names are equal, or the
  /// reader's aliases (full names, relative ones already resolved against the reader's namespace)
  /// contain the writer's full name. Writer aliases are never looked at.
  static func namesMatch(reader: TypeNode, writer: TypeNode) -> Bool {
    guard let readerName = reader.qualifiedName, let writerName = writer.qualifiedName else {
      return false
    }
    if readerName.name == writerName.name { return true }
    return aliases(of: reader).contains { $0.fullName == writerName.fullName }
  }

  static func aliases(of node: TypeNode) -> [QualifiedName] {
    switch node.kind {
    case .record(let record): record.aliases
    case .enumeration(let enumeration): enumeration.aliases
    case .fixed(let fixed): fixed.aliases
    default: []
    }
  }

  /// Java's `checkSchemaNames`: NAME_MISMATCH at `name`, "expected: <writer full name>".
  mutating func checkNames(reader: TypeNode, writer: TypeNode, element: String)
    -> [AvroIncompatibility]
  {
    guard !Self.namesMatch(reader: reader, writer: writer) else { return [] }
    location.append("name")
    defer { location.removeLast() }
    let writerName = writer.qualifiedName?.fullName ?? ""
    return [
      incompatibility(
        .nameMismatch, message: "expected: \(writerName)", element: element,
        reader: reader, writer: writer)
    ]
  }
}
