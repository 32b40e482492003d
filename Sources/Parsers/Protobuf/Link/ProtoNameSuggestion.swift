/// "Did you mean" for unresolved type names: the visible type whose simple name is closest.
enum ProtoNameSuggestion {
  static func nearest(to name: String, among candidates: [String]) -> String? {
    let wanted = simpleName(name).lowercased()
    let limit = max(1, wanted.count / 3)
    var best: (distance: Int, name: String)?
    for candidate in candidates {
      let distance = editDistance(wanted, simpleName(candidate).lowercased(), limit: limit)
      guard distance <= limit else { continue }
      if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
      best = (distance, candidate)
    }
    return best?.name
  }

  private static func simpleName(_ name: String) -> Substring {
    name.split(separator: ".").last ?? Substring(name)
  }

  /// Levenshtein distance; gives up with `limit + 1` once the lengths alone exceed the limit.
  static func editDistance(_ left: String, _ right: String, limit: Int) -> Int {
    let a = Array(left.unicodeScalars)
    let b = Array(right.unicodeScalars)
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
