extension AvroDatumResolution {
  /// A writer value (not a union) read by a reader union: the branch Java's resolver picks.
  mutating func resolveIntoUnion(
    _ datum: AvroDatum, writer w: Int, branches: [Int], reader r: Int
  ) -> AvroDatum? {
    guard let branch = bestBranch(datum, writer: w, branches: branches) else {
      let names = branches.map { reader[$0].branchName }.joined(separator: ", ")
      report(
        "PAYLOAD_MISSING_UNION_BRANCH",
        "reader union lacking writer type \(describe(writer, w)): none of its branches "
          + "(\(names)) can read the writer's value (MISSING_UNION_BRANCH)")
      return nil
    }
    guard let value = resolve(datum, writer: w, reader: branches[branch]) else { return nil }
    return .union(branch: branch, value: value)
  }

  /// Java's `Resolver.bestBranch`: the first branch of the same type (named types: the same
  /// full name or a reader alias of it); else a record that reads the value, preferring the same
  /// unqualified name; else an enum or fixed with the same unqualified name (the spec's and
  /// `SchemaCompatibility`'s name rule); else the first branch the value promotes to.
  func bestBranch(_ datum: AvroDatum, writer w: Int, branches: [Int]) -> Int? {
    let writerKind = writer[w].kind
    var sameNameRecord: Int?
    var structureMatch: Int?
    var shortNameMatch: Int?
    for (position, branch) in branches.enumerated() {
      switch (writerKind, reader[branch].kind) {
      case (.record(let writerRecord), .record(let readerRecord)):
        if readerRecord.name == writerRecord.name
          || readerRecord.aliases.contains(writerRecord.name)
        {
          return position
        }
        if readerRecord.name.name == writerRecord.name.name {
          if sameNameRecord == nil, reads(datum, writer: w, reader: branch) {
            sameNameRecord = position
          }
        } else if structureMatch == nil, reads(datum, writer: w, reader: branch) {
          structureMatch = position
        }
      case (.enumeration(let writerEnum), .enumeration(let readerEnum)):
        if readerEnum.name == writerEnum.name || readerEnum.aliases.contains(writerEnum.name) {
          return position
        }
        if shortNameMatch == nil && readerEnum.name.name == writerEnum.name.name {
          shortNameMatch = position
        }
      case (.fixed(let writerFixed), .fixed(let readerFixed)):
        if readerFixed.name == writerFixed.name || readerFixed.aliases.contains(writerFixed.name) {
          return position
        }
        if shortNameMatch == nil && readerFixed.name.name == writerFixed.name.name {
          shortNameMatch = position
        }
      default:
        if Self.sameKind(writerKind, reader[branch].kind) { return position }
      }
    }
    if let match = sameNameRecord ?? structureMatch ?? shortNameMatch { return match }
    for (position, branch) in branches.enumerated()
    where Self.promotes(writerKind, to: reader[branch].kind) {
      return position
    }
    return nil
  }

  /// True when the reader node reads the datum without a problem (a trial resolution).
  func reads(_ datum: AvroDatum, writer w: Int, reader r: Int) -> Bool {
    var trial = self
    trial.errors = []
    return trial.resolve(datum, writer: w, reader: r) != nil && trial.errors.isEmpty
      && !trial.exceededDepth
  }

  /// The spec's promotions: int -> long, float, double; long -> float, double; float -> double;
  /// string <-> bytes.
  static func promotes(_ writer: AvroSchemaGraph.Kind, to reader: AvroSchemaGraph.Kind) -> Bool {
    switch (writer, reader) {
    case (.int, .long), (.int, .float), (.int, .double), (.long, .float), (.long, .double),
      (.float, .double), (.string, .bytes), (.bytes, .string):
      true
    default: false
    }
  }
}
