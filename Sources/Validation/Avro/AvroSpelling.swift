/// Did-you-mean suggestions for misspelt field names, enum symbols and union branches.
enum AvroSpelling {
  /// ` (did you mean 'color'?)` when one candidate is close to `name`, else empty.
  static func suggestion(for name: String, among candidates: [String]) -> String {
    guard let best = closest(to: name, among: candidates) else { return "" }
    return " (did you mean '\(best)'?)"
  }

  /// The candidate with the smallest edit distance, if it is small for the name's length
  /// (a third of it, at least 1 from three characters on: shorter names match only in another
  /// case); ties go to the earlier candidate.
  static func closest(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased().unicodeScalars)
    let allowed = target.count < 3 ? 0 : max(1, target.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      guard abs(scalars.count - target.count) <= allowed else { continue }
      let distance = editDistance(target, scalars)
      if distance <= allowed, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// Levenshtein distance with one row of memory.
  static func editDistance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar]) -> Int {
    guard !source.isEmpty else { return target.count }
    guard !target.isEmpty else { return source.count }
    var previous = Array(0...target.count)
    var current = Array(repeating: 0, count: target.count + 1)
    for (row, sourceScalar) in source.enumerated() {
      current[0] = row + 1
      for (column, targetScalar) in target.enumerated() {
        let substitution = previous[column] + (sourceScalar == targetScalar ? 0 : 1)
        current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[target.count]
  }
}
