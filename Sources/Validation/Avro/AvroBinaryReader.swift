/// The recursive walk of the binary decoder: one schema node, one value.
struct AvroBinaryReader {
  /// Items of a type that takes no bytes (null, an empty record) cost no input, so their count
  /// is bounded by this budget instead of by the bytes left.
  static let zeroSizeItemLimit = 10_000_000

  var cursor: AvroBinaryCursor
  /// The schema laid out for reading (shared with the JSON reader).
  let plan: AvroJSONReadPlan
  let depthLimit: Int
  var depth = 0
  var zeroSizeItems = 0
  /// Whether any value read has a logical type, so the check walk can be skipped.
  var sawLogicalType = false

  init(cursor: AvroBinaryCursor, plan: AvroJSONReadPlan, depthLimit: Int) {
    self.cursor = cursor
    self.plan = plan
    self.depthLimit = depthLimit
  }

  mutating func value(_ index: Int) throws(AvroBinaryFailure) -> AvroDatum {
    let step = plan.steps[index]
    if step.hasLogicalType { sawLogicalType = true }
    switch step.shape {
    case .null: return .null
    case .boolean: return .boolean(try cursor.readBoolean())
    case .int: return .int(try cursor.readInt())
    case .long: return .long(try cursor.readLong())
    case .float: return .float(try cursor.readFloat())
    case .double: return .double(try cursor.readDouble())
    case .bytes: return .bytes(try cursor.readBytes())
    case .string: return .string(try cursor.readString())
    case .fixed(let size): return .fixed(try cursor.readFixed(size: size))
    case .enumeration(let enumeration):
      let start = cursor.position
      let symbol = try cursor.readInt()
      guard symbol >= 0, Int(symbol) < enumeration.symbols.count else {
        throw cursor.failure(
          .enumIndex(
            Int64(symbol), enumName: enumeration.name.fullName,
            symbolCount: enumeration.symbols.count), at: start)
      }
      return .enumSymbol(index: Int(symbol), symbol: enumeration.symbols[Int(symbol)])
    case .record(let record):
      try enter()
      defer { depth -= 1 }
      var fields: [AvroDatum] = []
      fields.reserveCapacity(record.types.count)
      for (position, type) in record.types.enumerated() {
        do throws(AvroBinaryFailure) {
          fields.append(try value(type))
        } catch {
          var failure = error
          failure.enter(field: record.names[position], of: record.name)
          throw failure
        }
      }
      return .record(name: record.name, fields: fields)
    case .union(let branches):
      try enter()
      defer { depth -= 1 }
      let start = cursor.position
      let branch = try cursor.readLong()
      guard branch >= 0, branch < Int64(branches.count) else {
        let names = branches.map { plan.branchNames[$0] }
        throw cursor.failure(.unionIndex(branch, branches: names), at: start)
      }
      return .union(branch: Int(branch), value: try value(branches[Int(branch)]))
    case .array(let items):
      try enter()
      defer { depth -= 1 }
      return .array(try arrayItems(items))
    case .map(let values):
      try enter()
      defer { depth -= 1 }
      return .map(try mapEntries(values))
    }
  }

  private mutating func enter() throws(AvroBinaryFailure) {
    depth += 1
    guard depth <= depthLimit else {
      throw cursor.failure(.tooDeep(limit: depthLimit), at: cursor.position)
    }
  }
}
