import SchemaModel

/// Finds the suppressions of one file covering a position in logarithmic time plus the nesting
/// depth: a linear search per finding made 20,000 suppressed findings take over a minute.
///
/// Spans nest or are disjoint (JSON objects; whole `.proto` lines), so the spans covering a
/// position are the last span starting at or before it and that span's enclosing spans.
struct SuppressionIndex {
  private let suppressions: [Suppression]
  /// Indices of span suppressions sorted by start, larger spans first on equal starts.
  private let order: [Int]
  private let starts: [TextPosition]
  private let ends: [TextPosition]
  /// For each entry of `order`, the entry of the nearest span that encloses it.
  private let parents: [Int?]
  private let wholeFile: [Int]

  init(_ suppressions: [Suppression]) {
    self.suppressions = suppressions
    var spans: [(index: Int, start: TextPosition, end: TextPosition)] = []
    var wholeFile: [Int] = []
    for (index, suppression) in suppressions.enumerated() {
      switch suppression.region {
      case .file: wholeFile.append(index)
      case .span(let start, let end): spans.append((index, start, end))
      case .nowhere: break
      }
    }
    spans.sort { ($0.start, $1.end, $0.index) < ($1.start, $0.end, $1.index) }
    var parents: [Int?] = []
    var open: [Int] = []
    for (position, span) in spans.enumerated() {
      while let last = open.last, spans[last].end < span.end { open.removeLast() }
      parents.append(open.last)
      open.append(position)
    }
    self.order = spans.map(\.index)
    self.starts = spans.map(\.start)
    self.ends = spans.map(\.end)
    self.parents = parents
    self.wholeFile = wholeFile
  }

  /// The index (in the scan's list) of the innermost suppression of `rule` covering `position`.
  func match(_ rule: RuleID, at position: TextPosition) -> Int? {
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= position { low = middle + 1 } else { high = middle }
    }
    var candidate = low > 0 ? low - 1 : nil
    while let entry = candidate {
      let index = order[entry]
      if position <= ends[entry], suppressions[index].ruleIDs.contains(rule) { return index }
      candidate = parents[entry]
    }
    return wholeFile.first { suppressions[$0].ruleIDs.contains(rule) }
  }
}
