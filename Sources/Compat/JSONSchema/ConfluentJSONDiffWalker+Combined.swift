import SchemaModel

extension ConfluentJSONDiffWalker {
  typealias Combination = (criterion: Node.Criterion, branches: [Int])

  /// `CombinedSchemaDiff`: criterion, size, then a maximum matching of compatible branches.
  mutating func compareCombined(
    _ old: Combination, _ new: Combination, _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    var found: [ConfluentJSONDifference] = []
    let add = { (type: Kind) in Self.difference(type, path, originalNode, updateNode) }
    let oldBranches = distinct(old.branches, in: original)
    let newBranches = distinct(new.branches, in: update)
    if old.criterion != new.criterion {
      let widens =
        new.criterion == .anyOf || (oldBranches.count == 1 && newBranches.count == 1)
        || (oldBranches.count == 1 && new.criterion == .oneOf)
        || (old.criterion == .allOf && newBranches.count == 1)
      guard widens else { return [add(.combinedTypeChanged)] }
      found.append(add(.combinedTypeExtended))
    }
    if newBranches.count > oldBranches.count {
      found.append(add(new.criterion == .allOf ? .productTypeExtended : .sumTypeExtended))
    } else if newBranches.count < oldBranches.count {
      found.append(add(old.criterion == .allOf ? .productTypeNarrowed : .sumTypeNarrowed))
    }
    let matching = maximumMatching(oldBranches, newBranches)
    if matching.count < min(oldBranches.count, newBranches.count) {
      found.append(add(.combinedTypeSubschemasChanged))
      return found
    }
    for (oldOffset, newOffset) in matching.sorted(by: { $0.0 < $1.0 }) {
      found += compare(
        oldBranches[oldOffset], newBranches[newOffset],
        path: path + [old.criterion.rawValue, String(oldOffset)])
    }
    return found
  }

  /// Branches with structural duplicates dropped (Confluent collects them into a set).
  mutating func distinct(_ branches: [Int], in graph: ConfluentJSONGraph) -> [Int] {
    var kept: [Int] = []
    for branch in branches {
      var deepest: TextPosition?
      let duplicate = kept.contains { other in
        var walker = nested(original: graph, update: graph, policy: .strict)
        defer { deepest = deepest ?? walker.tooDeepAt }
        return walker.compare(other, branch, path: []).isEmpty
          && walker.compare(branch, other, path: []).isEmpty
      }
      tooDeepAt = tooDeepAt ?? deepest
      if !duplicate { kept.append(branch) }
    }
    return kept
  }

  /// Kuhn's augmenting paths over the "compatible" relation; pairs (old offset, new offset).
  mutating func maximumMatching(_ old: [Int], _ new: [Int]) -> [(Int, Int)] {
    var edges: [[Int]] = []
    for oldBranch in old {
      var row: [Int] = []
      for (offset, newBranch) in new.enumerated() where isCompatible(oldBranch, newBranch) {
        row.append(offset)
      }
      edges.append(row)
    }
    var matchOfNew = [Int?](repeating: nil, count: new.count)
    func augment(_ oldOffset: Int, _ visited: inout [Bool]) -> Bool {
      for newOffset in edges[oldOffset] where !visited[newOffset] {
        visited[newOffset] = true
        if matchOfNew[newOffset] == nil
          || augment(matchOfNew[newOffset] ?? 0, &visited)
        {
          matchOfNew[newOffset] = oldOffset
          return true
        }
      }
      return false
    }
    for oldOffset in old.indices {
      var visited = [Bool](repeating: false, count: new.count)
      _ = augment(oldOffset, &visited)
    }
    return matchOfNew.enumerated().compactMap { newOffset, oldOffset in
      oldOffset.map { ($0, newOffset) }
    }
  }
}
