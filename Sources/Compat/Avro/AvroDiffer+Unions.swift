import SchemaModel

extension AvroDiffer {
  /// Branches are matched by identity (primitive, unqualified name of a named type or one of
  /// the new branch's aliases, array, map); the rest were added or removed.
  mutating func compareUnions(
    old: [TypeNode], new: [TypeNode], nodes: (old: TypeNode, new: TypeNode),
    at position: Position
  ) {
    let oldResolved = old.map(resolveOld)
    var matchedOld: Set<Int> = []
    for (newIndex, rawBranch) in new.enumerated() {
      let branch = resolveNew(rawBranch)
      let key = Self.branchKey(branch)
      let aliases = Set(AvroReaderWriterChecker.aliases(of: branch).map(\.fullName))
      let match =
        oldResolved.indices.first {
          !matchedOld.contains($0) && Self.branchKey(oldResolved[$0]) == key
        }
        ?? oldResolved.indices.first {
          !matchedOld.contains($0)
            && oldResolved[$0].qualifiedName.map { aliases.contains($0.fullName) } == true
        }
      guard let oldIndex = match else {
        // Only the new schema writes this branch: can the old union read it?
        let forward = breaks(old: nodes.old, new: branch).forward
        record(
          .unionBranchAdded, path: position.newPath + "/\(newIndex)",
          "union of '\(position.element)' gained branch \(Self.describe(branch))",
          old: nodes.old.location, new: branch.location ?? nodes.new.location,
          breaks: (false, forward))
        continue
      }
      matchedOld.insert(oldIndex)
      compare(
        old: old[oldIndex], new: rawBranch,
        at: Position(
          oldPath: position.oldPath + "/\(oldIndex)", newPath: position.newPath + "/\(newIndex)",
          element: position.element, isFieldType: false))
    }
    for (oldIndex, branch) in oldResolved.enumerated() where !matchedOld.contains(oldIndex) {
      // Only the old schema writes this branch: can the new union read it?
      let backward = breaks(old: branch, new: nodes.new).backward
      record(
        .unionBranchRemoved, path: position.oldPath + "/\(oldIndex)",
        "union of '\(position.element)' lost branch \(Self.describe(branch))",
        old: branch.location ?? nodes.old.location, new: nodes.new.location,
        breaks: (backward, false))
    }
  }
}
