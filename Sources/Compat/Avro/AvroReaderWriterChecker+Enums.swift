import SchemaModel

extension AvroReaderWriterChecker {
  /// Java's `checkReaderEnumContainsAllWriterEnumSymbols`: writer symbols the reader lacks are
  /// fine when the reader enum declares a `default` among its symbols (AVRO-1340, 1.9.0);
  /// otherwise MISSING_ENUM_SYMBOLS at `symbols` with the sorted missing set (`[B, D]`).
  mutating func checkEnumSymbols(
    reader: EnumType, writer: EnumType, nodes: (reader: TypeNode, writer: TypeNode),
    element: String
  ) -> [AvroIncompatibility] {
    let readerSymbols = Set(reader.symbols.map(\.name))
    let missing = Set(writer.symbols.map(\.name)).subtracting(readerSymbols).sorted()
    guard !missing.isEmpty else { return [] }
    if let defaultSymbol = reader.defaultSymbol, readerSymbols.contains(defaultSymbol) {
      return []
    }
    location.append("symbols")
    defer { location.removeLast() }
    return [
      incompatibility(
        .missingEnumSymbols, message: "[\(missing.joined(separator: ", "))]",
        element: element, reader: nodes.reader, writer: nodes.writer)
    ]
  }
}
