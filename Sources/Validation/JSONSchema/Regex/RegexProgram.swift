/// One step of the backtracking machine.
enum RegexInstruction: Hashable, Sendable {
  /// Consumes this scalar (reading backwards inside a lookbehind).
  case scalar(UInt32, backward: Bool)
  case anyButLineTerminator(backward: Bool)
  /// Consumes a scalar in `sets[index]`.
  case set(Int, backward: Bool)
  /// Consumes `min...max` scalars matching `atoms[index]` (greedy: as many as possible first),
  /// with one backtrack entry for the whole run instead of one per scalar.
  case repeatAtom(Int, min: Int, max: Int, greedy: Bool, backward: Bool)
  /// Continues at the first target; on failure, at the second.
  case split(Int, Int)
  case jump(Int)
  /// Stores the position in a slot (capture bound or loop mark), undone on backtracking.
  case save(slot: Int)
  /// Clears the capture slots in this range (a new loop iteration forgets old captures).
  case clearSlots(ClosedRange<Int>)
  /// Fails when the position equals the slot: an empty loop iteration ends the loop.
  case requireProgress(slot: Int)
  /// Sets a repetition counter to zero.
  case counterStart(slot: Int)
  /// The head of a counted loop: iterate while below `min`, stop at `max`, else choose.
  case counterLoop(slot: Int, min: Int, max: Int, greedy: Bool, exit: Int)
  /// The end of a counted loop's body: fails on an empty iteration past `min`, else counts
  /// and jumps back to `loop`.
  case counterNext(slot: Int, mark: Int, min: Int, loop: Int)
  case inputStart
  case inputEnd
  case wordBoundary(negated: Bool)
  case backreference(Int, backward: Bool)
  /// Runs the sub-program starting at `start` (which ends in `.match`) at the current position.
  case lookaround(start: Int, negated: Bool)
  case match
}

/// A compiled pattern: instructions, character sets and how many slots a match needs.
struct RegexProgram: Sendable {
  var instructions: [RegexInstruction] = []
  var sets: [RegexCharacterSet] = []
  var atoms: [RegexAtom] = []
  var slotCount = 0
  /// True when every match must start at position 0 (the pattern begins with `^`).
  var anchoredAtStart = false
  /// One of these must match the first scalar of any match, when known (a search skips start
  /// positions that cannot begin a match).
  var firstAtoms: [RegexAtom]?
}

/// Something that matches exactly one scalar: the body of a fast repetition.
enum RegexAtom: Hashable, Sendable {
  case scalar(UInt32)
  case anyButLineTerminator
  case set(RegexCharacterSet)

  func matches(_ value: UInt32) -> Bool {
    switch self {
    case .scalar(let expected): value == expected
    case .anyButLineTerminator: !RegexScalarPredicate.isLineTerminator(value)
    case .set(let set): set.contains(value)
    }
  }
}
