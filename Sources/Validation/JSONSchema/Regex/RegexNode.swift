/// The parsed form of a pattern.
indirect enum RegexNode: Hashable, Sendable {
  case empty
  case scalar(UInt32)
  /// `.`: any scalar but a line terminator.
  case anyButLineTerminator
  case set(RegexCharacterSet)
  case sequence([RegexNode])
  case alternation([RegexNode])
  /// A group; `capture` is the 1-based capture number, nil for `(?:...)`.
  case group(RegexNode, capture: Int?)
  case quantified(RegexNode, min: Int, max: Int?, greedy: Bool)
  case inputStart
  case inputEnd
  case wordBoundary(negated: Bool)
  case backreference(Int)
  case lookaround(RegexNode, ahead: Bool, negated: Bool)

  /// The capture numbers inside this node, for resetting them on each repetition.
  var captureRange: ClosedRange<Int>? {
    var low = Int.max
    var high = Int.min
    collectCaptures(&low, &high)
    return low <= high ? low...high : nil
  }

  private func collectCaptures(_ low: inout Int, _ high: inout Int) {
    switch self {
    case .sequence(let nodes), .alternation(let nodes):
      for node in nodes { node.collectCaptures(&low, &high) }
    case .group(let node, let capture):
      if let capture {
        low = Swift.min(low, capture)
        high = Swift.max(high, capture)
      }
      node.collectCaptures(&low, &high)
    case .quantified(let node, _, _, _), .lookaround(let node, _, _):
      node.collectCaptures(&low, &high)
    default:
      break
    }
  }
}
