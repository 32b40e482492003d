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
    let savedField = field
    defer { field = savedField }
    var fields: [AvroDatum] = []
    fields.reserveCapacity(reader.fields.count)
    var failed = false
    for position in reader.fields.indices {
      let name = reader.fields[position].name
      field = (reader.name, name)
      guard let writerIndex = writerField(for: position, reader: reader, writer: writer) else {
        failed = true
        continue
      }
      if writerIndex >= 0 {
        path.append(.field(writer.fields[writerIndex].name))
        let value = resolve(
          values[writerIndex], writer: writer.fields[writerIndex].type,
          reader: reader.fields[position].type)
        path.removeLast()
        if let value { fields.append(value) } else { failed = true }
        continue
      }
      path.append(.field(name))
      defer { path.removeLast() }
      guard let defaultValue = reader.fields[position].defaultValue else {
        report(
          "PAYLOAD_MISSING_FIELD",
          "reader field '\(name)' is not in the writer's record \(writer.name.fullName) and has "
            + "no default (READER_FIELD_MISSING_DEFAULT_VALUE)")
        failed = true
        continue
      }
      let type = reader.fields[position].type
      guard let value = AvroDefaultDatum.datum(defaultValue, node: type, in: self.reader) else {
        report(
          "PAYLOAD_INVALID_DEFAULT",
          "the default of reader field '\(name)' is not a value of its type "
            + "\(describe(self.reader, type))")
        failed = true
        continue
      }
      fields.append(value)
    }
    return failed ? nil : .record(name: reader.name, fields: fields)
  }

  /// Java's `lookupWriterField`: the writer field named like the reader field or one of its
  /// aliases; -1 when there is none; nil (after reporting) when several match.
  mutating func writerField(
    for position: Int, reader: AvroSchemaGraph.Record, writer: AvroSchemaGraph.Record
  ) -> Int? {
    let name = reader.fields[position].name
    var direct: Int?
    // Most readers keep the writer's field order: compare in place before hashing the name.
    if position < writer.fields.count && writer.fields[position].name == name {
      direct = position
    } else {
      direct = writer.fieldIndex[name]
    }
    guard !reader.fields[position].aliases.isEmpty else { return direct ?? -1 }
    var matches = direct.map { [$0] } ?? []
    for alias in reader.fields[position].aliases {
      if let aliased = writer.fieldIndex[alias], !matches.contains(aliased) {
        matches.append(aliased)
      }
    }
    guard matches.count > 1 else { return matches.first ?? -1 }
    let names = matches.map { "'\(writer.fields[$0].name)'" }.joined(separator: ", ")
    path.append(.field(name))
    report(
      "PAYLOAD_AMBIGUOUS_FIELD_ALIAS",
      "reader field '\(name)' matches several fields of the writer's record "
        + "\(writer.name.fullName) (\(names)) by name and aliases")
    path.removeLast()
    return nil
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
