import SchemaModel

extension AvroDiffer {
  /// Fields are matched as the reader matches them: by name, then by the new field's aliases
  /// (a rename). Unmatched new fields were added, unmatched old ones removed. Break flags come
  /// from the checker's own per-field step: one reader field against all the other side's fields.
  mutating func compareRecordFields(
    old: RecordType, new: RecordType, nodes: (old: TypeNode, new: TypeNode), at position: Position
  ) {
    let recordName = new.name.name
    listAmbiguousAliases(old: old, new: new, at: position)
    var matchedOld: Set<Int> = []
    for (newIndex, newField) in new.fields.enumerated() {
      let element = "\(recordName).\(newField.name)"
      let byName = old.fields.indices.first {
        !matchedOld.contains($0) && old.fields[$0].name == newField.name
      }
      let byAlias = old.fields.indices.first {
        !matchedOld.contains($0) && newField.aliases.contains(old.fields[$0].name)
      }
      guard let oldIndex = byName ?? byAlias else {
        let withDefault = newField.defaultValue == nil ? "without a default" : "with a default"
        record(
          .fieldAdded, path: position.newPath + "/fields/\(newIndex)",
          "field '\(element)' added \(withDefault)", old: nodes.old.location,
          new: newField.location,
          breaks: (backward: newFieldBreaks(newField, records: (old, new)), forward: false))
        continue
      }
      matchedOld.insert(oldIndex)
      let oldField = old.fields[oldIndex]
      let fieldPosition = position.appending(
        old: "fields/\(oldIndex)", new: "fields/\(newIndex)", element: element)
      if byName == nil {
        record(
          .fieldRenamed, path: fieldPosition.newPath,
          "field '\(recordName).\(oldField.name)' renamed to '\(newField.name)' (alias "
            + "'\(oldField.name)')",
          old: oldField.location, new: newField.location,
          breaks: (
            newFieldBreaks(newField, records: (old, new)),
            oldFieldBreaks(oldField, records: (old, new))
          ))
      }
      // The checker compares the two types only in the directions that pair these fields.
      let paired = (
        backward: Self.uniqueMatch(in: old.fields, for: newField) == oldIndex,
        forward: Self.uniqueMatch(in: new.fields, for: oldField) == newIndex
      )
      compareField(
        old: oldField, new: newField, renamed: byName == nil, paired: paired,
        records: (old, new), at: fieldPosition)
    }
    for (oldIndex, oldField) in old.fields.enumerated() where !matchedOld.contains(oldIndex) {
      let hadDefault = oldField.defaultValue == nil ? "it had no default" : "it had a default"
      record(
        .fieldRemoved, path: position.oldPath + "/fields/\(oldIndex)",
        "field '\(old.name.name).\(oldField.name)' removed (\(hadDefault))",
        old: oldField.location, new: nodes.new.location,
        breaks: (backward: false, forward: oldFieldBreaks(oldField, records: (old, new))))
    }
  }

  /// Java's `lookupWriterField` as an index: the one field named like `field` or one of its
  /// aliases; nil when none or several match.
  static func uniqueMatch(in fields: [Field], for field: Field) -> Int? {
    let matches = matchingIndices(in: fields, for: field)
    return matches.count == 1 ? matches.first : nil
  }

  /// Every match Java's `lookupWriterField` counts (the direct one, then one per distinct alias).
  static func matchingIndices(in fields: [Field], for field: Field) -> [Int] {
    var matches: [Int] = []
    if let direct = fields.firstIndex(where: { $0.name == field.name }) { matches.append(direct) }
    var seen: Set<String> = []
    for alias in field.aliases where seen.insert(alias).inserted {
      if let aliased = fields.firstIndex(where: { $0.name == alias }) { matches.append(aliased) }
    }
    return matches
  }

  /// A field whose name and aliases match several fields of the other version: Java throws
  /// when that version is read, which Confluent reports as incompatible.
  mutating func listAmbiguousAliases(old: RecordType, new: RecordType, at position: Position) {
    for (index, field) in new.fields.enumerated()
    where Self.matchingIndices(in: old.fields, for: field).count > 1 {
      record(
        .fieldAliasAmbiguous, path: position.newPath + "/fields/\(index)",
        "field '\(new.name.name).\(field.name)' matches several fields of the old version by "
          + "name and aliases", old: nil, new: field.location,
        breaks: (newFieldBreaks(field, records: (old, new)), false))
    }
    for (index, field) in old.fields.enumerated()
    where Self.matchingIndices(in: new.fields, for: field).count > 1 {
      record(
        .fieldAliasAmbiguous, path: position.oldPath + "/fields/\(index)",
        "old field '\(old.name.name).\(field.name)' matches several fields of the new version "
          + "by name and aliases", old: field.location, new: nil,
        breaks: (false, oldFieldBreaks(field, records: (old, new))))
    }
  }

  /// Backward, the checker's step for one new (reader) field: it against all old fields.
  func newFieldBreaks(_ field: Field, records: (old: RecordType, new: RecordType)) -> Bool {
    let name = records.new.name
    let reader = TypeNode(.record(RecordType(name: name, fields: [field])))
    let writer = TypeNode(.record(RecordType(name: name, fields: records.old.fields)))
    return !AvroReaderWriterChecker.check(
      reader: reader, readerTypes: newTypes, writer: writer, writerTypes: oldTypes
    ).isCompatible
  }

  /// Forward, the checker's step for one old (reader) field: it against all new fields.
  func oldFieldBreaks(_ field: Field, records: (old: RecordType, new: RecordType)) -> Bool {
    let name = records.new.name
    let reader = TypeNode(.record(RecordType(name: name, fields: [field])))
    let writer = TypeNode(.record(RecordType(name: name, fields: records.new.fields)))
    return !AvroReaderWriterChecker.check(
      reader: reader, readerTypes: oldTypes, writer: writer, writerTypes: newTypes
    ).isCompatible
  }

  mutating func compareField(
    old: Field, new: Field, renamed: Bool, paired: (backward: Bool, forward: Bool),
    records: (old: RecordType, new: RecordType), at position: Position
  ) {
    let subject = "field '\(position.element)'"
    switch (old.defaultValue, new.defaultValue) {
    case (nil, let added?):
      record(
        .fieldDefaultAdded, path: position.newPath,
        "\(subject) got a default (\(JSONText.render(added)))", old: old.location,
        new: new.location)
    case (let removed?, nil):
      record(
        .fieldDefaultRemoved, path: position.newPath,
        "\(subject) lost its default (\(JSONText.render(removed)))", old: old.location,
        new: new.location)
    case (let before?, let after?) where !JSONText.equal(before, after):
      record(
        .fieldDefaultChanged, path: position.newPath,
        "\(subject) default changed from \(JSONText.render(before)) to "
          + "\(JSONText.render(after))", old: old.location, new: new.location)
    default: break
    }
    if old.doc != new.doc {
      record(
        .docChanged, path: position.newPath, "documentation of \(subject) changed",
        old: old.location, new: new.location)
    }
    let oldOrder = old.order ?? .ascending
    let newOrder = new.order ?? .ascending
    if oldOrder != newOrder {
      record(
        .fieldOrderChanged, path: position.newPath,
        "\(subject) sort order changed from \(oldOrder.rawValue) to \(newOrder.rawValue)",
        old: old.location, new: new.location)
    }
    if !renamed, old.aliases != new.aliases {
      // Aliases decide which fields pair up: judge both fields' steps with the new aliases.
      record(
        .fieldAliasesChanged, path: position.newPath,
        "\(subject) aliases changed from \(old.aliases) to \(new.aliases)",
        old: old.location, new: new.location,
        breaks: (newFieldBreaks(new, records: records), oldFieldBreaks(old, records: records)))
    }
    var typePosition = position.appending(old: "type", new: "type")
    typePosition.isFieldType = true
    let savedMask = mask
    mask = ReadMask(
      backward: mask.backward && paired.backward, forward: mask.forward && paired.forward)
    compare(old: old.type, new: new.type, at: typePosition)
    mask = savedMask
  }
}
