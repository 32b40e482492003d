extension AvroDatumResolution {
  /// Record fields by reader field: matched by name or reader alias, else the reader's default.
  mutating func resolveRecord(
    _ values: [AvroDatum], writer: AvroSchemaGraph.Record, reader: AvroSchemaGraph.Record,
    nodes: (writer: Int, reader: Int)
  ) -> AvroDatum? {
    guard namesMatch(reader: reader.name, aliases: reader.aliases, writer: writer.name) else {
      return nameMismatch(writer: nodes.writer, reader: nodes.reader)
    }
    guard values.count == writer.fields.count else {
      return notWriterShaped(.record(name: writer.name, fields: values), writer: nodes.writer)
    }
    let savedLocation = schemaLocation
    defer { schemaLocation = savedLocation }
    var fields: [AvroDatum] = []
    fields.reserveCapacity(reader.fields.count)
    var failed = false
    for readerField in reader.fields {
      schemaLocation = reader.name.fullName + "." + readerField.name
      var matches: [Int] = []
      if let direct = writer.fieldIndex[readerField.name] { matches.append(direct) }
      for alias in readerField.aliases {
        if let aliased = writer.fieldIndex[alias], !matches.contains(aliased) {
          matches.append(aliased)
        }
      }
      if matches.count > 1 {
        let names = matches.map { "'\(writer.fields[$0].name)'" }.joined(separator: ", ")
        path.append(.field(readerField.name))
        report(
          "PAYLOAD_AMBIGUOUS_FIELD_ALIAS",
          "reader field '\(readerField.name)' matches several fields of the writer's record "
            + "\(writer.name.fullName) (\(names)) by name and aliases")
        path.removeLast()
        failed = true
        continue
      }
      if let writerIndex = matches.first {
        let writerField = writer.fields[writerIndex]
        path.append(.field(writerField.name))
        let value = resolve(values[writerIndex], writer: writerField.type, reader: readerField.type)
        path.removeLast()
        if let value { fields.append(value) } else { failed = true }
        continue
      }
      path.append(.field(readerField.name))
      defer { path.removeLast() }
      guard let defaultValue = readerField.defaultValue else {
        report(
          "PAYLOAD_MISSING_FIELD",
          "reader field '\(readerField.name)' is not in the writer's record "
            + "\(writer.name.fullName) and has no default (READER_FIELD_MISSING_DEFAULT_VALUE)")
        failed = true
        continue
      }
      guard
        let value = AvroDefaultDatum.datum(defaultValue, node: readerField.type, in: self.reader)
      else {
        report(
          "PAYLOAD_INVALID_DEFAULT",
          "the default of reader field '\(readerField.name)' is not a value of its type "
            + "\(describe(self.reader, readerField.type))")
        failed = true
        continue
      }
      fields.append(value)
    }
    return failed ? nil : .record(name: reader.name, fields: fields)
  }

  /// A writer symbol by name in the reader's enum, or the reader's default symbol.
  mutating func resolveSymbol(
    _ symbol: String, writer: AvroSchemaGraph.Enumeration, reader: AvroSchemaGraph.Enumeration
  ) -> AvroDatum? {
    guard namesMatch(reader: reader.name, aliases: reader.aliases, writer: writer.name) else {
      report(
        "PAYLOAD_NAME_MISMATCH",
        "reader enum \(reader.name.fullName) cannot read the writer's enum "
          + "\(writer.name.fullName): the names differ and no reader alias names it "
          + "(NAME_MISMATCH)")
      return nil
    }
    if let index = reader.symbolIndex[symbol] { return .enumSymbol(index: index, symbol: symbol) }
    if let defaultSymbol = reader.defaultSymbol, let index = reader.symbolIndex[defaultSymbol] {
      return .enumSymbol(index: index, symbol: defaultSymbol)
    }
    report(
      "PAYLOAD_UNKNOWN_SYMBOL",
      "writer symbol '\(symbol)' is not a symbol of the reader's enum \(reader.name.fullName), "
        + "which has no default (MISSING_ENUM_SYMBOLS)")
    return nil
  }
}
