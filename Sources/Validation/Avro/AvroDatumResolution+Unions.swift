import SchemaModel

extension AvroDatumResolution {
  /// A writer value (not a union) read by a reader union: the branch Java's resolver picks.
  mutating func resolveIntoUnion(
    _ datum: AvroDatum, writer w: Int, branches: [Int], reader r: Int
  ) -> AvroDatum? {
    guard let branch = bestBranch(writer: w, branches: branches) else {
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

  /// The reader branch for a writer value, as Java's `Resolver.bestBranch` orders the search:
  /// the first branch of the same type (named types: the same full name, or a reader alias of
  /// it); else the first named type of the same kind with the same unqualified name (the name
  /// rule of `SchemaCompatibility`; Java's structural record match is not taken, since records
  /// with other names fail that rule); else the first branch the value promotes to.
  func bestBranch(writer w: Int, branches: [Int]) -> Int? {
    let writerKind = writer.nodes[w].kind
    var shortNameMatch: Int?
    for (position, branch) in branches.enumerated() {
      let readerKind = reader.nodes[branch].kind
      guard let writerName = Self.namedType(writerKind), let readerName = Self.namedType(readerKind)
      else {
        if Self.sameKind(writerKind, readerKind) { return position }
        continue
      }
      guard Self.sameKind(writerKind, readerKind) else { continue }
      if readerName.name == writerName.name || readerName.aliases.contains(writerName.name) {
        return position
      }
      if shortNameMatch == nil && readerName.name.name == writerName.name.name {
        shortNameMatch = position
      }
    }
    if let shortNameMatch { return shortNameMatch }
    for (position, branch) in branches.enumerated()
    where Self.promotes(writerKind, to: reader.nodes[branch].kind) {
      return position
    }
    return nil
  }

  /// The name and aliases of a record, enum or fixed.
  static func namedType(_ kind: AvroSchemaGraph.Kind) -> (
    name: QualifiedName, aliases: [QualifiedName]
  )? {
    switch kind {
    case .record(let record): (record.name, record.aliases)
    case .enumeration(let enumeration): (enumeration.name, enumeration.aliases)
    case .fixed(let fixed): (fixed.name, fixed.aliases)
    default: nil
    }
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
