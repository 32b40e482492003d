/// Runs a `RegexProgram` over scalars with an explicit backtrack stack and a step budget.
struct RegexMachine {
  /// One entry of the backtrack stack, packed into 32-bit fields (texts are limited to
  /// `Int32.max` scalars) because a long input can push millions of them.
  private enum Backtrack {
    case resume(pc: Int32, position: Int32)
    case restore(slot: Int32, value: Int32)
    /// Marks where a lookaround's own alternatives begin on the shared stack.
    case barrier
    /// An atom run (the `repeatAtom` at `pc - 1`) that may give back or take one more scalar.
    case atomRun(pc: Int32, start: Int32, count: Int32)

    static func resume(_ pc: Int, _ position: Int) -> Backtrack {
      .resume(pc: Int32(truncatingIfNeeded: pc), position: Int32(truncatingIfNeeded: position))
    }

    static func restore(_ slot: Int, _ value: Int) -> Backtrack {
      .restore(slot: Int32(truncatingIfNeeded: slot), value: Int32(truncatingIfNeeded: value))
    }

    static func atomRun(_ pc: Int, _ start: Int, _ count: Int) -> Backtrack {
      .atomRun(
        pc: Int32(truncatingIfNeeded: pc), start: Int32(truncatingIfNeeded: start),
        count: Int32(truncatingIfNeeded: count))
    }
  }

  private let program: RegexProgram
  private let text: [UInt32]
  private var stepsLeft: Int
  private var stack: [Backtrack] = []

  init(program: RegexProgram, text: [UInt32], stepLimit: Int) {
    self.program = program
    self.text = text
    self.stepsLeft = stepLimit
  }

  private enum RunResult {
    case matched
    case failed
    case exhausted
  }

  /// Tries every start position in turn, as an unanchored search does.
  mutating func search() -> ECMARegexOutcome {
    // Positions are packed into 32 bits on the backtrack stack.
    if text.count >= Int(Int32.max) { return .stepLimitExceeded }
    var slots = [Int](repeating: -1, count: program.slotCount)
    let lastStart = program.anchoredAtStart ? 0 : text.count
    for start in 0...lastStart {
      if let firstAtoms = program.firstAtoms,
        start == text.count || !firstAtoms.contains(where: { $0.matches(text[start]) })
      {
        continue
      }
      for slot in slots.indices { slots[slot] = -1 }
      stack.removeAll(keepingCapacity: true)
      switch run(pc: 0, position: start, slots: &slots) {
      case .matched: return .match
      case .exhausted: return .stepLimitExceeded
      case .failed: continue
      }
    }
    return .noMatch
  }

  /// Runs from `pc` until `.match` or until every alternative has failed.
  ///
  /// Uses the stack above its own barrier only, so a lookaround can run nested on the same
  /// stack; nesting depth is bounded by the pattern's own nesting.
  private mutating func run(pc startPC: Int, position startPosition: Int, slots: inout [Int])
    -> RunResult
  {
    stack.append(.barrier)
    var pc = startPC
    var position = startPosition
    let instructions = program.instructions
    while true {
      stepsLeft -= 1
      if stepsLeft < 0 { return .exhausted }
      var ok = true
      switch instructions[pc] {
      case .scalar(let value, let backward):
        if let next = step(position, backward), text[read(position, backward)] == value {
          position = next
          pc += 1
        } else {
          ok = false
        }
      case .anyButLineTerminator(let backward):
        if let next = step(position, backward),
          !RegexScalarPredicate.isLineTerminator(text[read(position, backward)])
        {
          position = next
          pc += 1
        } else {
          ok = false
        }
      case .set(let index, let backward):
        if let next = step(position, backward),
          program.sets[index].contains(text[read(position, backward)])
        {
          position = next
          pc += 1
        } else {
          ok = false
        }
      case .repeatAtom(let atomIndex, let min, let max, let greedy, let backward):
        let atom = program.atoms[atomIndex]
        let limit = greedy ? max : min
        var count = 0
        var cursor = position
        while count < limit, let next = step(cursor, backward),
          atom.matches(text[read(cursor, backward)])
        {
          count += 1
          cursor = next
          stepsLeft -= 1
        }
        if stepsLeft < 0 { return .exhausted }
        if count < min {
          ok = false
        } else {
          if greedy ? count > min : count < max {
            stack.append(.atomRun(pc + 1, position, count))
          }
          position = cursor
          pc += 1
        }
      case .split(let first, let second):
        stack.append(.resume(second, position))
        pc = first
      case .jump(let target):
        pc = target
      case .save(let slot):
        stack.append(.restore(slot, slots[slot]))
        slots[slot] = position
        pc += 1
      case .clearSlots(let range):
        for slot in range where slots[slot] != -1 {
          stack.append(.restore(slot, slots[slot]))
          slots[slot] = -1
        }
        pc += 1
      case .requireProgress(let slot):
        ok = slots[slot] != position
        pc += 1
      case .counterStart(let slot):
        stack.append(.restore(slot, slots[slot]))
        slots[slot] = 0
        pc += 1
      case .counterLoop(let slot, let min, let max, let greedy, let exit):
        let count = slots[slot]
        if count < min {
          pc += 1
        } else if count >= max {
          pc = exit
        } else if greedy {
          stack.append(.resume(exit, position))
          pc += 1
        } else {
          stack.append(.resume(pc + 1, position))
          pc = exit
        }
      case .counterNext(let slot, let mark, let min, let loop):
        let count = slots[slot]
        if count >= min && slots[mark] == position {
          ok = false
        } else {
          stack.append(.restore(slot, count))
          slots[slot] = count + 1
          pc = loop
        }
      case .inputStart:
        ok = position == 0
        pc += 1
      case .inputEnd:
        ok = position == text.count
        pc += 1
      case .wordBoundary(let negated):
        let before = position > 0 && RegexScalarPredicate.isWord(text[position - 1])
        let after = position < text.count && RegexScalarPredicate.isWord(text[position])
        ok = (before != after) != negated
        pc += 1
      case .backreference(let number, let backward):
        if let next = matchBackreference(number, at: position, backward: backward, slots: slots) {
          position = next
          pc += 1
        } else {
          ok = false
        }
      case .lookaround(let start, let negated):
        var inner = slots
        switch run(pc: start, position: position, slots: &inner) {
        case .exhausted:
          return .exhausted
        case .matched:
          if negated {
            ok = false
          } else {
            // A positive lookaround keeps its captures (and never backtracks into itself).
            for slot in inner.indices where inner[slot] != slots[slot] {
              stack.append(.restore(slot, slots[slot]))
              slots[slot] = inner[slot]
            }
          }
        case .failed:
          ok = negated
        }
        pc += 1
      case .match:
        // Drop this run's alternatives: a match is final (lookarounds are atomic).
        while let top = stack.popLast() {
          if case .barrier = top { break }
        }
        return .matched
      }
      if ok { continue }
      guard let resumed = backtrack(slots: &slots) else { return .failed }
      (pc, position) = resumed
    }
  }

  private mutating func backtrack(slots: inout [Int]) -> (Int, Int)? {
    while let top = stack.popLast() {
      switch top {
      case .resume(let pc, let position): return (Int(pc), Int(position))
      case .restore(let slot, let value): slots[Int(slot)] = Int(value)
      case .barrier: return nil
      case .atomRun(let pc32, let start32, let count32):
        let (pc, start, count) = (Int(pc32), Int(start32), Int(count32))
        guard
          case .repeatAtom(let atomIndex, let min, let max, let greedy, let backward) =
            program.instructions[pc - 1]
        else { preconditionFailure("bug: an atom run must follow its repeatAtom") }
        if greedy {
          let fewer = count - 1
          if fewer > min { stack.append(.atomRun(pc, start, fewer)) }
          return (pc, backward ? start - fewer : start + fewer)
        }
        let position = backward ? start - count : start + count
        guard let next = step(position, backward),
          program.atoms[atomIndex].matches(text[read(position, backward)])
        else { continue }
        if count + 1 < max { stack.append(.atomRun(pc, start, count + 1)) }
        return (pc, next)
      }
    }
    return nil
  }

  private func step(_ position: Int, _ backward: Bool) -> Int? {
    if backward { return position > 0 ? position - 1 : nil }
    return position < text.count ? position + 1 : nil
  }

  private func read(_ position: Int, _ backward: Bool) -> Int {
    backward ? position - 1 : position
  }

  /// An unset group matches the empty string, as ECMA-262 says.
  private func matchBackreference(
    _ number: Int, at position: Int, backward: Bool, slots: [Int]
  ) -> Int? {
    let start = slots[number * 2]
    let end = slots[number * 2 + 1]
    guard start >= 0, end >= start else { return position }
    let length = end - start
    if backward {
      guard position - length >= 0 else { return nil }
      for offset in 0..<length where text[position - length + offset] != text[start + offset] {
        return nil
      }
      return position - length
    }
    guard position + length <= text.count else { return nil }
    for offset in 0..<length where text[position + offset] != text[start + offset] {
      return nil
    }
    return position + length
  }
}
