import SchemaModel

extension AvroJSONDecoder {
  /// A record is a JSON object: every field present or defaulted, no field the record does not
  /// declare (a warning with `allowUnknownFields`).
  func readRecord(
    _ value: JSONValue, _ index: Int, _ record: AvroSchemaGraph.Record,
    _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .object(let members) = value.kind else { return mismatch(value, index, &state) }
    state.schemaPath.append(.node(index))
    defer { state.schemaPath.removeLast() }
    let fields = record.fields
    var values = [AvroDatum](repeating: .null, count: fields.count)
    var seen = FieldSet(count: fields.count)
    var failed = false
    for (position, member) in members.enumerated() {
      // Producers mostly write fields in schema order: compare before hashing the key.
      let fieldPosition: Int
      if position < fields.count, fields[position].name == member.key {
        fieldPosition = position
      } else if let found = record.fieldIndex[member.key] {
        fieldPosition = found
      } else {
        if !acceptsUndeclaredMember(member, record, &state) {
          failed = true
          if state.abandoned { return nil }
        }
        continue
      }
      seen.insert(fieldPosition)
      state.instancePath.append(.key(member.key))
      state.schemaPath.append(.field(record: index, field: fieldPosition))
      let datum = read(member.value, fields[fieldPosition].type, &state)
      state.schemaPath.removeLast()
      state.instancePath.removeLast()
      if let datum {
        values[fieldPosition] = datum
      } else {
        failed = true
        if state.abandoned { return nil }
      }
    }
    if seen.count < fields.count {
      for position in fields.indices where !seen.contains(position) {
        if let datum = defaultDatum(record: index, field: position, fields[position]) {
          values[position] = datum
          continue
        }
        let reason =
          fields[position].defaultValue == nil ? "no default" : "its default does not fit its type"
        report(
          "PAYLOAD_MISSING_FIELD", "missing required field '\(fields[position].name)' (\(reason))",
          &state, step: .field(record: index, field: position))
        failed = true
        if state.abandoned { return nil }
      }
    }
    return failed ? nil : .record(name: record.name, fields: values)
  }

  /// Whether a member the record does not declare may stay. Plain JSON takes fastavro's
  /// `-type` member naming the record (it picks a union branch); everything else is an unknown
  /// field, an error unless `allowUnknownFields` makes it a warning.
  private func acceptsUndeclaredMember(
    _ member: JSONMember, _ record: AvroSchemaGraph.Record, _ state: inout AvroJSONReadState
  ) -> Bool {
    switch mode {
    case .defaultValue:
      return true
    case .plain where member.key == "-type":
      if case .string(let hint) = member.value.kind, hint == record.name.fullName { return true }
      report(
        "PAYLOAD_TYPE_MISMATCH",
        "the '-type' member names \(AvroJSONText.describe(member.value)), not record "
          + record.name.fullName, &state, token: .key(member.key))
      return false
    case .plain, .json:
      let allowed = options.allowUnknownFields
      report(
        "PAYLOAD_UNKNOWN_FIELD", severity: allowed ? .warning : .error,
        "unknown field \(AvroJSONText.quoted(member.key)) in record \(record.name.fullName)"
          + AvroSpelling.suggestion(for: member.key, among: record.fields.map(\.name)), &state,
        token: .key(member.key))
      return allowed
    }
  }

  /// The datum of a field's default: from the table built once per schema, or read now while
  /// the table itself is being built.
  private func defaultDatum(
    record: Int, field: Int, _ definition: AvroSchemaGraph.Field
  ) -> AvroDatum? {
    if !defaults.isEmpty { return defaults[record][field] }
    return definition.defaultValue.flatMap { defaultDatum($0, type: definition.type) }
  }

  func readArray(
    _ value: JSONValue, _ index: Int, items: Int, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .array(let elements) = value.kind else { return mismatch(value, index, &state) }
    state.schemaPath.append(.items)
    defer { state.schemaPath.removeLast() }
    var datums: [AvroDatum] = []
    datums.reserveCapacity(elements.count)
    var failed = false
    for (position, element) in elements.enumerated() {
      state.instancePath.append(.index(position))
      let datum = read(element, items, &state)
      state.instancePath.removeLast()
      if let datum {
        datums.append(datum)
      } else {
        failed = true
        if state.abandoned { return nil }
      }
    }
    return failed ? nil : .array(datums)
  }

  /// A map is a JSON object; its keys are strings by construction.
  func readMap(
    _ value: JSONValue, _ index: Int, values: Int, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .object(let members) = value.kind else { return mismatch(value, index, &state) }
    state.schemaPath.append(.values)
    defer { state.schemaPath.removeLast() }
    var entries: [(key: String, value: AvroDatum)] = []
    entries.reserveCapacity(members.count)
    var failed = false
    for member in members {
      state.instancePath.append(.key(member.key))
      let datum = read(member.value, values, &state)
      state.instancePath.removeLast()
      if let datum {
        entries.append((member.key, datum))
      } else {
        failed = true
        if state.abandoned { return nil }
      }
    }
    return failed ? nil : .map(entries)
  }
}

/// Which fields of a record a payload wrote: a bit mask, spilling to an array past 64 fields.
struct FieldSet {
  private var bits: UInt64 = 0
  private var overflow: [Bool]
  private(set) var count = 0

  init(count fieldCount: Int) {
    overflow = fieldCount > 64 ? Array(repeating: false, count: fieldCount) : []
  }

  mutating func insert(_ position: Int) {
    guard !contains(position) else { return }
    count += 1
    if overflow.isEmpty {
      bits |= 1 << UInt64(position)
    } else {
      overflow[position] = true
    }
  }

  func contains(_ position: Int) -> Bool {
    overflow.isEmpty ? bits & (1 << UInt64(position)) != 0 : overflow[position]
  }
}
