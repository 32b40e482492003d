import SchemaModel

extension AvroReaderWriterChecker {
  /// Java's `checkReaderWriterRecordFields`: every reader field, at `fields/<reader position>`,
  /// must be found in the writer (by name or reader alias) or have a default. Writer fields the
  /// reader lacks, field order, `doc`, `order` and the default's value are never looked at.
  mutating func checkRecordFields(
    reader: RecordType, writer: RecordType, nodes: (reader: TypeNode, writer: TypeNode),
    element: String
  ) throws(AmbiguousFieldAlias) -> [AvroIncompatibility] {
    var found: [AvroIncompatibility] = []
    location.append("fields")
    defer { location.removeLast() }
    let recordName = nodes.reader.qualifiedName?.name ?? element
    for (position, readerField) in reader.fields.enumerated() {
      location.append(String(position))
      defer { location.removeLast() }
      let fieldElement = "\(recordName).\(readerField.name)"
      guard
        let writerField = try lookupWriterField(
          writer: writer, writerNode: nodes.writer, readerField: readerField,
          element: fieldElement)
      else {
        found += try missingWriterField(
          readerField: readerField, writerRecord: nodes.writer, element: fieldElement)
        continue
      }
      found += try compatibility(
        token: "type", reader: readerField.type, writer: writerField.type, element: fieldElement)
    }
    return found
  }

  /// A reader field the writer lacks. With no field default, Java checks an enum-typed field
  /// that has an enum-level default against the writer *record* (always TYPE_MISMATCH at
  /// `/fields/<n>/type`); any other type gives READER_FIELD_MISSING_DEFAULT_VALUE.
  mutating func missingWriterField(readerField: Field, writerRecord: TypeNode, element: String)
    throws(AmbiguousFieldAlias) -> [AvroIncompatibility]
  {
    if readerField.defaultValue != nil { return [] }
    let readerType = resolveReader(readerField.type)
    if case .enumeration(let enumeration) = readerType.kind, enumeration.defaultSymbol != nil {
      return try compatibility(
        token: "type", reader: readerType, writer: writerRecord, element: element)
    }
    return [
      AvroIncompatibility(
        kind: .readerFieldMissingDefaultValue, location: locationString,
        message: readerField.name, element: element,
        readerFragment: "field \(readerField.name)", writerFragment: writerRecord.displayName,
        readerLocation: readerField.location ?? readerType.location,
        writerLocation: writerRecord.location)
    ]
  }

  /// Java's `lookupWriterField`: the writer field named like the reader field, plus one per
  /// reader alias naming a writer field; more than one match throws in Java.
  func lookupWriterField(
    writer: RecordType, writerNode: TypeNode, readerField: Field, element: String
  ) throws(AmbiguousFieldAlias) -> Field? {
    var matches: [Field] = []
    if let direct = writer.fields.first(where: { $0.name == readerField.name }) {
      matches.append(direct)
    }
    // Java keeps field aliases in a set: a repeated alias counts once.
    var seen: Set<String> = []
    for alias in readerField.aliases where seen.insert(alias).inserted {
      if let aliased = writer.fields.first(where: { $0.name == alias }) {
        matches.append(aliased)
      }
    }
    guard matches.count > 1 else { return matches.first }
    let writerName = writerNode.qualifiedName?.fullName ?? writerNode.displayName
    let names = matches.map { "'\($0.name)'" }.joined(separator: ", ")
    throw AmbiguousFieldAlias(
      incompatibility: AvroIncompatibility(
        kind: .ambiguousFieldAlias, location: locationString,
        message:
          "Unexpected exception during compatibility check: Reader record field "
          + "\(readerField.name) matches multiple fields in writer record schema \(writerName) "
          + "(\(names))",
        element: element, readerFragment: "field \(readerField.name)",
        writerFragment: writerNode.displayName, readerLocation: readerField.location,
        writerLocation: matches.last?.location ?? writerNode.location))
  }
}
