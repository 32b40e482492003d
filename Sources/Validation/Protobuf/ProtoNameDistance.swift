/// "Did you mean" for message names: the candidate whose simple name (or, failing that, full
/// name) is closest by edit distance, within a third of the name's length.
enum ProtoNameDistance {
  static func nearest(to name: String, among candidates: [String]) -> String? {
    let wantedSimple = Array(simpleName(name).lowercased().utf8)
    let wantedFull = Array(name.lowercased().utf8)
    var best: (distance: Int, name: String)?
    for candidate in candidates {
      let simple = distance(wantedSimple, Array(simpleName(candidate).lowercased().utf8))
      let full = distance(wantedFull, Array(candidate.lowercased().utf8))
      let limit = max(1, wantedSimple.count / 3)
      let score = min(simple, full)
      guard score <= limit, score < (best?.distance ?? .max) else { continue }
      best = (score, candidate)
    }
    return best?.name
  }

  private static func simpleName(_ name: String) -> Substring {
    name.split(separator: ".").last ?? Substring(name)
  }

  /// Levenshtein distance over bytes.
  static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
