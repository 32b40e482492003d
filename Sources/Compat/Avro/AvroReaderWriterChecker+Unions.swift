import SchemaModel

extension AvroReaderWriterChecker {
  /// Both unions: every writer branch must be readable by the whole reader union, else
  /// MISSING_UNION_BRANCH at `<branch index>`, "reader union lacking writer type: <TYPE>".
  mutating func unionAgainstUnion(reader: TypeNode, writerBranches: [TypeNode], element: String)
    throws(AmbiguousFieldAlias) -> [AvroIncompatibility]
  {
    var found: [AvroIncompatibility] = []
    for (index, rawBranch) in writerBranches.enumerated() {
      location.append(String(index))
      defer { location.removeLast() }
      // Java's two-argument overload: a fresh location stack, only the verdict is used here.
      let branchResult = try compatibility(
        token: nil, reader: reader, writer: rawBranch, element: element)
      if !branchResult.isEmpty {
        let branch = Self.atUseSite(resolveWriter(rawBranch), rawBranch)
        found.append(
          incompatibility(
            .missingUnionBranch,
            message: "reader union lacking writer type: \(AvroSchemaType(branch).rawValue)",
            element: element, reader: reader, writer: branch))
      }
    }
    return found
  }

  /// Writer union, reader not: the reader must read every writer branch; each branch is checked
  /// under its own index token (AVRO-3612, since 1.12.0; 1.11 reported the parent location).
  mutating func writerUnionAgainstReader(reader: TypeNode, branches: [TypeNode], element: String)
    throws(AmbiguousFieldAlias) -> [AvroIncompatibility]
  {
    var found: [AvroIncompatibility] = []
    for (index, branch) in branches.enumerated() {
      found += try compatibility(
        token: String(index), reader: reader, writer: branch, element: element)
    }
    return found
  }

  /// Reader union, writer not: the first reader branch that reads the writer wins; none gives
  /// MISSING_UNION_BRANCH at the current location.
  mutating func readerUnionAgainstWriter(
    reader: TypeNode, branches: [TypeNode], writer: TypeNode, element: String
  ) throws(AmbiguousFieldAlias) -> [AvroIncompatibility] {
    for branch in branches {
      let branchResult = try compatibility(
        token: nil, reader: branch, writer: writer, element: element)
      if branchResult.isEmpty { return [] }
    }
    return [
      incompatibility(
        .missingUnionBranch,
        message: "reader union lacking writer type: \(AvroSchemaType(writer).rawValue)",
        element: element, reader: reader, writer: writer)
    ]
  }
}
