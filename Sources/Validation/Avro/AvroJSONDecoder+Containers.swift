import SchemaModel

extension AvroJSONDecoder {
  /// A record is a JSON object: every field present or defaulted, no field the record does not
  /// declare (a warning with `allowUnknownFields`).
  func readRecord(
    _ value: JSONValue, _ index: Int, _ record: AvroJSONReadPlan.RecordLayout,
    _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .object(let members) = value.kind else { return mismatch(value, index, &state) }
    state.schemaPath.append(.node(index))
    defer { state.schemaPath.removeLast() }
    let names = record.names
    var values = keepsDatums ? [AvroDatum](repeating: .null, count: names.count) : []
    var seen = FieldSet(count: names.count)
    var failed = false
    for (position, member) in members.enumerated() {
      // Producers mostly write fields in schema order: compare before hashing the key.
      let fieldPosition: Int
      if position < names.count, names[position] == member.key {
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
      let datum = read(member.value, record.types[fieldPosition], &state)
      state.schemaPath.removeLast()
      state.instancePath.removeLast()
      if let datum {
        if keepsDatums { values[fieldPosition] = datum }
      } else {
        failed = true
        if state.abandoned { return nil }
      }
    }
    if seen.count < names.count {
      for position in names.indices where !seen.contains(position) {
        if let datum = defaults[index][position] {
          if keepsDatums { values[position] = datum }
          continue
        }
        report(
          "PAYLOAD_MISSING_FIELD",
          "missing required field '\(names[position])' (\(missingReason(index, position)))",
          &state, step: .field(record: index, field: position))
        failed = true
        if state.abandoned { return nil }
      }
    }
    if failed { return nil }
    return keepsDatums ? .record(name: record.name, fields: values) : .null
  }

  /// Whether a member the record does not declare may stay. Plain JSON takes fastavro's
  /// `-type` member naming the record (it picks a union branch); everything else is an unknown
  /// field, an error unless `allowUnknownFields` makes it a warning.
  private func acceptsUndeclaredMember(
    _ member: JSONMember, _ record: AvroJSONReadPlan.RecordLayout,
    _ state: inout AvroJSONReadState
  ) -> Bool {
    switch encoding {
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
          + AvroSpelling.suggestion(for: member.key, among: record.names), &state,
        token: .key(member.key))
      return allowed
    }
  }

  private func missingReason(_ record: Int, _ field: Int) -> String {
    guard case .record(let definition) = graph[record].kind,
      definition.fields[field].defaultValue != nil
    else { return "no default" }
    return "its default does not fit its type"
  }

  func readArray(
    _ value: JSONValue, _ index: Int, items: Int, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .array(let elements) = value.kind else { return mismatch(value, index, &state) }
    state.schemaPath.append(.items)
    defer { state.schemaPath.removeLast() }
    var datums: [AvroDatum] = []
    if keepsDatums { datums.reserveCapacity(elements.count) }
    var failed = false
    for (position, element) in elements.enumerated() {
      state.instancePath.append(.index(position))
      let datum = read(element, items, &state)
      state.instancePath.removeLast()
      if let datum {
        if keepsDatums { datums.append(datum) }
      } else {
        failed = true
        if state.abandoned { return nil }
      }
    }
    if failed { return nil }
    return keepsDatums ? .array(datums) : .null
  }

  /// A map is a JSON object; its keys are strings by construction.
  func readMap(
    _ value: JSONValue, _ index: Int, values: Int, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .object(let members) = value.kind else { return mismatch(value, index, &state) }
    state.schemaPath.append(.values)
    defer { state.schemaPath.removeLast() }
    var entries: [(key: String, value: AvroDatum)] = []
    if keepsDatums { entries.reserveCapacity(members.count) }
    var failed = false
    for member in members {
      state.instancePath.append(.key(member.key))
      let datum = read(member.value, values, &state)
      state.instancePath.removeLast()
      if let datum {
        if keepsDatums { entries.append((member.key, datum)) }
      } else {
        failed = true
        if state.abandoned { return nil }
      }
    }
    if failed { return nil }
    return keepsDatums ? .map(entries) : .null
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
