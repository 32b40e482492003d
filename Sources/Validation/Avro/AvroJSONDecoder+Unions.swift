import SchemaModel

extension AvroJSONDecoder {
  /// The Avro JSON encoding: `null`, or an object whose one key names the branch (a primitive
  /// name, `array`, `map`, or a named type's full name) and whose value the branch reads.
  func readTaggedUnion(
    _ value: JSONValue, _ index: Int, _ branches: [Int], _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    if case .null = value.kind, let position = nullBranch(branches) {
      return keepsDatums ? .union(branch: position, value: .null) : .null
    }
    guard case .object(let members) = value.kind, members.count == 1, let member = members.first
    else {
      let example = branches.first { !isNull($0) }.map { graph[$0].branchName } ?? "null"
      report(
        "PAYLOAD_TYPE_MISMATCH",
        "expected \(typeDescription(index)) written as {\"\(example)\": value} in the Avro JSON "
          + "encoding, found \(describeTagged(value))", &state)
      return nil
    }
    guard let position = branches.firstIndex(where: { plan.branchNames[$0] == member.key }) else {
      let names = branches.map { graph[$0].branchName }
      report(
        "PAYLOAD_UNKNOWN_BRANCH",
        "\(AvroJSONText.quoted(member.key)) is not a branch of \(typeDescription(index))"
          + branchSuggestion(member.key, branches: branches, names: names), &state,
        token: .key(member.key))
      return nil
    }
    let branch = branches[position]
    state.instancePath.append(.key(member.key))
    state.schemaPath.append(.branch(branch))
    let datum = read(member.value, branch, &state)
    state.schemaPath.removeLast()
    state.instancePath.removeLast()
    return datum.map { keepsDatums ? .union(branch: position, value: $0) : .null }
  }

  /// Plain JSON: `null` takes the null branch; otherwise the first branch that reads the value
  /// (fastavro's validate). An object that two record or map branches both read is ambiguous.
  func readInferredUnion(
    _ value: JSONValue, _ index: Int, _ branches: [Int], _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    if case .null = value.kind, let position = nullBranch(branches) {
      return keepsDatums ? .union(branch: position, value: .null) : .null
    }
    if encoding == .plain, let position = hintedBranch(value, branches) {
      return readBranch(value, branches, position, &state)
    }
    var isObject = false
    if case .object = value.kind { isObject = true }
    var chosen: (position: Int, datum: AvroDatum)?
    for (position, branch) in branches.enumerated() where mayRead(value, branch) {
      if let chosen {
        // Only another record or map can also read an object.
        guard isObject, tryBranch(value, branch, &state, keepWarnings: false) != nil else {
          if state.abandoned { return nil }
          continue
        }
        report(
          "PAYLOAD_AMBIGUOUS_UNION",
          "the object fits both \(graph[branches[chosen.position]].branchName) and "
            + "\(graph[branch].branchName) of \(typeDescription(index)); write it in the Avro "
            + "JSON encoding or add a '-type' member naming the record", &state)
        return nil
      }
      if let datum = tryBranch(value, branch, &state, keepWarnings: true) {
        chosen = (position, datum)
        if !isObject { break }
      } else if state.abandoned {
        return nil
      }
    }
    if let chosen {
      return keepsDatums ? .union(branch: chosen.position, value: chosen.datum) : .null
    }
    // No branch reads it. A value tagged with its branch was written in the Avro JSON encoding.
    if case .object(let members) = value.kind, members.count == 1, let member = members.first,
      branches.contains(where: { plan.branchNames[$0] == member.key })
    {
      report(
        "PAYLOAD_TYPE_MISMATCH",
        "expected \(typeDescription(index)), found {\"\(member.key)\": ...} as the Avro JSON "
          + "encoding writes a union; plain JSON writes the value alone (or read the payload as "
          + "the Avro JSON encoding: --avro-encoding json)", &state)
      return nil
    }
    // When only one branch could read it, that branch's own errors say the most.
    let candidates = branches.indices.filter { mayRead(value, branches[$0]) }
    if candidates.count == 1, let position = candidates.first, state.probing == 0 {
      return readBranch(value, branches, position, &state)
    }
    return mismatch(value, index, &state)
  }

  /// Reads the value as one branch, reporting its errors.
  private func readBranch(
    _ value: JSONValue, _ branches: [Int], _ position: Int, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    state.schemaPath.append(.branch(branches[position]))
    let datum = read(value, branches[position], &state)
    state.schemaPath.removeLast()
    return datum.map { keepsDatums ? .union(branch: position, value: $0) : .null }
  }

  /// Reads the value as one branch without reporting: nil when the branch does not read it.
  /// Warnings of a branch that reads the value are kept when asked.
  private func tryBranch(
    _ value: JSONValue, _ branch: Int, _ state: inout AvroJSONReadState, keepWarnings: Bool
  ) -> AvroDatum? {
    // Outside any try every union value is read once; inside one, the same value can be tried
    // again for each outer branch, so those outcomes are remembered.
    let key = state.probing > 0 ? AvroJSONReadState.TryKey(value, branch: branch) : nil
    if let key, let outcome = state.tries[key] {
      if outcome.datum != nil, keepWarnings { state.errors += outcome.warnings }
      return outcome.datum
    }
    let mark = state.errors.count
    state.probing += 1
    state.schemaPath.append(.branch(branch))
    let datum = read(value, branch, &state)
    state.schemaPath.removeLast()
    state.probing -= 1
    let read = datum != nil && !state.probeFailed
    // The try was entered with no failure pending, so the flag belongs to this try alone.
    state.probeFailed = false
    // A payload too deep to read keeps its error and unwinds.
    if state.stopped || state.needsLargerStack { return nil }
    if let key {
      state.tries[key] = AvroJSONReadState.TryOutcome(
        datum: read ? datum : nil, warnings: read ? Array(state.errors[mark...]) : [])
    }
    if !read || !keepWarnings { state.errors.removeSubrange(mark...) }
    return read ? datum : nil
  }

  /// A cheap filter on the JSON kind: branches that cannot read the value are never tried.
  func mayRead(_ value: JSONValue, _ branch: Int) -> Bool {
    let step = plan.steps[branch]
    switch (value.kind, step.shape) {
    case (.null, .null), (.bool, .boolean): return true
    case (.number, .int), (.number, .long), (.number, .float), (.number, .double): return true
    case (.number, .bytes), (.number, .fixed):
      return encoding == .plain && step.hasLogicalType
        && graph[branch].logicalType?.name == "decimal"
    case (.string, .string), (.string, .bytes), (.string, .fixed), (.string, .enumeration):
      return true
    case (.string, .int):
      return encoding == .plain && step.hasLogicalType && graph[branch].logicalType?.name == "date"
    case (.string, .float), (.string, .double): return encoding == .json
    case (.array, .array), (.object, .record), (.object, .map): return true
    default: return false
    }
  }

  /// fastavro's `-type` member: a plain-JSON object may name its record's full name.
  private func hintedBranch(_ value: JSONValue, _ branches: [Int]) -> Int? {
    guard case .object(let members) = value.kind,
      let hint = members.first(where: { $0.key == "-type" })?.value.stringValue
    else { return nil }
    return branches.firstIndex { branch in
      if case .record(let layout) = plan.steps[branch].shape { return layout.name.fullName == hint }
      return false
    }
  }

  private func isNull(_ branch: Int) -> Bool {
    if case .null = plan.steps[branch].shape { return true }
    return false
  }

  private func nullBranch(_ branches: [Int]) -> Int? {
    branches.firstIndex { isNull($0) }
  }

  /// ` (did you mean 'com.acme.Money'?)`: short names of named branches first, then spelling.
  private func branchSuggestion(_ key: String, branches: [Int], names: [String]) -> String {
    for branch in branches {
      let name = graph[branch].branchName
      if name.hasSuffix("." + key) {
        return " (did you mean '\(name)'? the Avro JSON encoding names a type by its full name)"
      }
    }
    let suggestion = AvroSpelling.suggestion(for: key, among: names)
    return suggestion.isEmpty ? "; expected one of \(names.joined(separator: ", "))" : suggestion
  }

  private func describeTagged(_ value: JSONValue) -> String {
    guard case .object(let members) = value.kind else { return AvroJSONText.describe(value) }
    return "an object with \(members.count) members"
  }
}
