/// Turns a parsed pattern into instructions for `RegexMachine`.
struct RegexCompiler {
  private var program = RegexProgram()
  private var loopSlots = 0
  private let captureSlots: Int

  /// `{n,m}` up to this count copies the body (fast); larger counts use a counter.
  static let maxExpandedCount = 8

  /// Expanding `{n,m}` copies the body; past this size the pattern is refused.
  static let maxInstructions = 500_000

  init(captureCount: Int) {
    captureSlots = (captureCount + 1) * 2
  }

  static func compile(
    _ node: RegexNode, captureCount: Int
  ) throws(ECMARegexError) -> RegexProgram {
    var compiler = RegexCompiler(captureCount: captureCount)
    compiler.emit(.save(slot: 0))
    try compiler.compile(node, backward: false)
    compiler.emit(.save(slot: 1))
    compiler.emit(.match)
    compiler.program.slotCount = compiler.captureSlots + compiler.loopSlots
    compiler.program.anchoredAtStart = RegexCompiler.startsWithInputStart(node)
    if let (atoms, nullable) = RegexCompiler.firstAtoms(of: node), !nullable, atoms.count <= 8 {
      compiler.program.firstAtoms = atoms
    }
    return compiler.program
  }

  /// The atoms one of which must match the first scalar of a match, and whether the node can
  /// match without consuming anything; nil when unknown (a backreference).
  static func firstAtoms(of node: RegexNode) -> ([RegexAtom], Bool)? {
    switch node {
    case .scalar(let value): return ([.scalar(value)], false)
    case .anyButLineTerminator: return ([.anyButLineTerminator], false)
    case .set(let set): return ([.set(set)], false)
    case .empty, .inputStart, .inputEnd, .wordBoundary, .lookaround: return ([], true)
    case .backreference: return nil
    case .group(let inner, _): return firstAtoms(of: inner)
    case .quantified(let inner, let min, _, _):
      guard let (atoms, nullable) = firstAtoms(of: inner) else { return nil }
      return (atoms, nullable || min == 0)
    case .alternation(let nodes):
      var atoms: [RegexAtom] = []
      var nullable = false
      for inner in nodes {
        guard let (innerAtoms, innerNullable) = firstAtoms(of: inner) else { return nil }
        atoms += innerAtoms
        nullable = nullable || innerNullable
      }
      return (atoms, nullable)
    case .sequence(let nodes):
      var atoms: [RegexAtom] = []
      for inner in nodes {
        guard let (innerAtoms, innerNullable) = firstAtoms(of: inner) else { return nil }
        atoms += innerAtoms
        if !innerNullable { return (atoms, false) }
      }
      return (atoms, true)
    }
  }

  private static func startsWithInputStart(_ node: RegexNode) -> Bool {
    switch node {
    case .inputStart: true
    case .sequence(let nodes): nodes.first.map(startsWithInputStart) ?? false
    case .group(let inner, _): startsWithInputStart(inner)
    case .alternation(let nodes): nodes.allSatisfy(startsWithInputStart)
    default: false
    }
  }

  private mutating func emit(_ instruction: RegexInstruction) {
    program.instructions.append(instruction)
  }

  private var here: Int { program.instructions.count }

  private mutating func compile(_ node: RegexNode, backward: Bool) throws(ECMARegexError) {
    if program.instructions.count > RegexCompiler.maxInstructions {
      throw ECMARegexError(message: "pattern is too large once repetitions are expanded", offset: 0)
    }
    switch node {
    case .empty:
      break
    case .scalar(let value):
      emit(.scalar(value, backward: backward))
    case .anyButLineTerminator:
      emit(.anyButLineTerminator(backward: backward))
    case .set(let set):
      program.sets.append(set)
      emit(.set(program.sets.count - 1, backward: backward))
    case .sequence(let nodes):
      for inner in backward ? nodes.reversed() : nodes { try compile(inner, backward: backward) }
    case .alternation(let nodes):
      var jumps: [Int] = []
      for (offset, inner) in nodes.enumerated() {
        if offset == nodes.count - 1 {
          try compile(inner, backward: backward)
          break
        }
        let split = here
        emit(.split(split + 1, -1))
        try compile(inner, backward: backward)
        jumps.append(here)
        emit(.jump(-1))
        program.instructions[split] = .split(split + 1, here)
      }
      for jump in jumps { program.instructions[jump] = .jump(here) }
    case .group(let inner, let capture):
      guard let capture else {
        try compile(inner, backward: backward)
        return
      }
      // Backwards, the group's end is reached first.
      emit(.save(slot: capture * 2 + (backward ? 1 : 0)))
      try compile(inner, backward: backward)
      emit(.save(slot: capture * 2 + (backward ? 0 : 1)))
    case .quantified(let inner, let min, let max, let greedy):
      try compileQuantified(inner, min: min, max: max, greedy: greedy, backward: backward)
    case .inputStart:
      emit(.inputStart)
    case .inputEnd:
      emit(.inputEnd)
    case .wordBoundary(let negated):
      emit(.wordBoundary(negated: negated))
    case .backreference(let number):
      emit(.backreference(number, backward: backward))
    case .lookaround(let inner, let ahead, let negated):
      let instruction = here
      emit(.lookaround(start: -1, negated: negated))
      let skip = here
      emit(.jump(-1))
      let start = here
      try compile(inner, backward: !ahead)
      emit(.match)
      program.instructions[instruction] = .lookaround(start: start, negated: negated)
      program.instructions[skip] = .jump(here)
    }
  }

  private mutating func compileQuantified(
    _ inner: RegexNode, min: Int, max: Int?, greedy: Bool, backward: Bool
  ) throws(ECMARegexError) {
    if case .empty = inner { return }
    if let atom = inner.singleScalarAtom {
      program.atoms.append(atom)
      emit(
        .repeatAtom(
          program.atoms.count - 1, min: min, max: max ?? Int.max, greedy: greedy,
          backward: backward))
      return
    }
    let captures = inner.captureRange.map { ($0.lowerBound * 2)...($0.upperBound * 2 + 1) }
    if (max ?? min) > RegexCompiler.maxExpandedCount {
      try compileCounted(
        inner, min: min, max: max ?? Int.max, greedy: greedy, backward: backward,
        captures: captures)
      return
    }
    for _ in 0..<min {
      if let captures { emit(.clearSlots(captures)) }
      try compile(inner, backward: backward)
    }
    if max == min { return }
    let mark = captureSlots + loopSlots
    loopSlots += 1
    if let max {
      // Each optional copy may be skipped, which leaves all the remaining ones.
      var exits: [Int] = []
      for _ in min..<max {
        exits.append(here)
        emit(.split(-1, -1))
        emit(.save(slot: mark))
        if let captures { emit(.clearSlots(captures)) }
        try compile(inner, backward: backward)
        emit(.requireProgress(slot: mark))
      }
      for exit in exits {
        program.instructions[exit] = greedy ? .split(exit + 1, here) : .split(here, exit + 1)
      }
      return
    }
    let loop = here
    emit(.split(-1, -1))
    emit(.save(slot: mark))
    if let captures { emit(.clearSlots(captures)) }
    try compile(inner, backward: backward)
    emit(.requireProgress(slot: mark))
    emit(.jump(loop))
    program.instructions[loop] = greedy ? .split(loop + 1, here) : .split(here, loop + 1)
  }

  /// `{n,m}` with large counts: one copy of the body driven by a counter slot.
  private mutating func compileCounted(
    _ inner: RegexNode, min: Int, max: Int, greedy: Bool, backward: Bool,
    captures: ClosedRange<Int>?
  ) throws(ECMARegexError) {
    let counter = captureSlots + loopSlots
    let mark = counter + 1
    loopSlots += 2
    emit(.counterStart(slot: counter))
    let loop = here
    emit(.counterLoop(slot: counter, min: min, max: max, greedy: greedy, exit: -1))
    emit(.save(slot: mark))
    if let captures { emit(.clearSlots(captures)) }
    try compile(inner, backward: backward)
    emit(.counterNext(slot: counter, mark: mark, min: min, loop: loop))
    program.instructions[loop] = .counterLoop(
      slot: counter, min: min, max: max, greedy: greedy, exit: here)
  }
}

extension RegexNode {
  /// The one-scalar matcher this node is, if it is one (a group without capture counts).
  fileprivate var singleScalarAtom: RegexAtom? {
    switch self {
    case .scalar(let value): .scalar(value)
    case .anyButLineTerminator: .anyButLineTerminator
    case .set(let set): .set(set)
    case .group(let inner, nil): inner.singleScalarAtom
    default: nil
    }
  }
}
