/// The keyword a misspelt one most likely meant: the same word in another case first, else the
/// nearest by edit distance (a transposition counts as one edit), when close enough to be a typo.
///
/// Workspace has its own edit distance for config keys; Lint cannot import Workspace, and the
/// two thresholds differ, so this small copy lives here.
enum KeywordSuggestion {
  static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let sorted = candidates.sorted()
    let lowered = word.lowercased()
    if let sameLetters = sorted.first(where: { $0.lowercased() == lowered }) {
      return sameLetters
    }
    let threshold = word.count <= 5 ? 1 : (word.count < 12 ? 2 : 3)
    var best: (candidate: String, distance: Int)?
    for candidate in sorted {
      let distance = distance(lowered, candidate.lowercased())
      if distance <= threshold, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent
  /// transpositions (`requried` is one edit from `required`).
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, table[i - 2][j - 2] + 1)
        }
        table[i][j] = best
      }
    }
    return table[a.count][b.count]
  }
}
