/// "Did you mean" for unresolved type names: the visible type whose simple name is closest.
struct ProtoNameSuggestion {
  /// A candidate's full name and its lowercased simple name, prepared once.
  private var candidates: [(fullName: String, key: [UInt8])]

  init(candidates: [String]) {
    self.candidates = candidates.sorted().map { ($0, Self.key($0)) }
  }

  /// The closest candidate within a third of the name's length (at least one edit).
  func nearest(to name: String) -> String? {
    let wanted = Self.key(name)
    let limit = max(1, wanted.count / 3)
    var best: (distance: Int, name: String)?
    var previous: [Int] = []
    var current: [Int] = []
    for candidate in candidates where abs(candidate.key.count - wanted.count) <= limit {
      let distance = Self.editDistance(
        wanted, candidate.key, limit: limit, previous: &previous, current: &current)
      guard distance <= limit, distance < (best?.distance ?? .max) else { continue }
      best = (distance, candidate.fullName)
    }
    return best?.name
  }

  static func nearest(to name: String, among candidates: [String]) -> String? {
    ProtoNameSuggestion(candidates: candidates).nearest(to: name)
  }

  private static func key(_ name: String) -> [UInt8] {
    let simple = name.split(separator: ".").last.map(String.init) ?? name
    return Array(simple.lowercased().utf8)
  }

  /// Levenshtein distance over bytes, with the two rows passed in to avoid allocating; gives
  /// `limit + 1` as soon as a whole row exceeds the limit.
  static func editDistance(
    _ a: [UInt8], _ b: [UInt8], limit: Int, previous: inout [Int], current: inout [Int]
  ) -> Int {
    if a.isEmpty { return b.count }
    previous.removeAll(keepingCapacity: true)
    previous.append(contentsOf: 0...b.count)
    current = previous
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      var j = 1
      while j <= b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        current[j] = value
        rowMinimum = min(rowMinimum, value)
        j += 1
      }
      if rowMinimum > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
