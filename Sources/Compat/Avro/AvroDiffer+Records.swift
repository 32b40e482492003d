import SchemaModel

extension AvroDiffer {
  /// Fields are matched as the reader matches them: by name, then by the new field's aliases
  /// (a rename). Unmatched new fields were added, unmatched old ones removed.
  mutating func compareRecordFields(
    old: RecordType, new: RecordType, nodes: (old: TypeNode, new: TypeNode), at position: Position
  ) {
    let recordName = new.name.name
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
        fieldAdded(newField, newIndex: newIndex, records: (old, new), at: position)
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
          breaks: fieldBreaks(old: oldField, new: newField, records: (old, new)))
      }
      compareField(old: oldField, new: newField, renamed: byName == nil, at: fieldPosition)
    }
    for (oldIndex, oldField) in old.fields.enumerated() where !matchedOld.contains(oldIndex) {
      let hadDefault = oldField.defaultValue == nil ? "it had no default" : "it had a default"
      record(
        .fieldRemoved, path: position.oldPath + "/fields/\(oldIndex)",
        "field '\(old.name.name).\(oldField.name)' removed (\(hadDefault))",
        old: oldField.location, new: nodes.new.location,
        breaks: fieldBreaks(old: oldField, new: nil, records: (old, new)))
    }
  }

  mutating func fieldAdded(
    _ field: Field, newIndex: Int, records: (old: RecordType, new: RecordType),
    at position: Position
  ) {
    let withDefault = field.defaultValue == nil ? "without a default" : "with a default"
    record(
      .fieldAdded, path: position.newPath + "/fields/\(newIndex)",
      "field '\(records.new.name.name).\(field.name)' added \(withDefault)",
      old: nil, new: field.location,
      breaks: fieldBreaks(old: nil, new: field, records: records))
  }

  /// The checker run on two one-field records (an absent field is an empty record), both named
  /// like the new record so that only the field is judged.
  func fieldBreaks(old: Field?, new: Field?, records: (old: RecordType, new: RecordType))
    -> (backward: Bool, forward: Bool)
  {
    let name = records.new.name
    let oldRecord = TypeNode(.record(RecordType(name: name, fields: old.map { [$0] } ?? [])))
    let newRecord = TypeNode(.record(RecordType(name: name, fields: new.map { [$0] } ?? [])))
    return breaks(old: oldRecord, new: newRecord)
  }

  mutating func compareField(old: Field, new: Field, renamed: Bool, at position: Position) {
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
      record(
        .fieldAliasesChanged, path: position.newPath,
        "\(subject) aliases changed from \(old.aliases) to \(new.aliases)",
        old: old.location, new: new.location)
    }
    var typePosition = position.appending(old: "type", new: "type")
    typePosition.isFieldType = true
    compare(old: old.type, new: new.type, at: typePosition)
  }
}
