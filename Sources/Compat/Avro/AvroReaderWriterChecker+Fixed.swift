import SchemaModel

extension AvroReaderWriterChecker {
  /// Java's `checkFixedSize`: FIXED_SIZE_MISMATCH at `size`, "expected: <writer>, found: <reader>".
  /// A `decimal` logical type on the fixed changes nothing: its size is what is compared.
  mutating func checkFixedSize(
    reader: FixedType, writer: FixedType, nodes: (reader: TypeNode, writer: TypeNode),
    element: String
  ) -> [AvroIncompatibility] {
    guard reader.size != writer.size else { return [] }
    location.append("size")
    defer { location.removeLast() }
    return [
      incompatibility(
        .fixedSizeMismatch, message: "expected: \(writer.size), found: \(reader.size)",
        element: element, reader: nodes.reader, writer: nodes.writer)
    ]
  }
}
