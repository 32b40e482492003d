import Parsers
import SchemaModel

/// Applies a compiled program to one instance, collecting errors (or stopping at the first
/// failure when only validity is asked for).
///
/// Its state is only touched by the one thread evaluating, never through overlapping accesses,
/// so the run-time exclusivity checks (a measurable share of evaluation) are switched off.
final class SchemaEvaluator {
  let program: CompiledSchemaProgram
  /// False for `isValid`: no messages are built and evaluation stops at the first failure.
  let collecting: Bool
  @exclusivity(unchecked) private(set) var errors: [JSONSchemaValidationError] = []
  @exclusivity(unchecked) private var instanceTokens: [String] = []
  /// How deep in the instance evaluation is (kept even when paths are not).
  @exclusivity(unchecked) private var instanceDepth = 0
  @exclusivity(unchecked) private var keywordTokens: [String] = []
  /// The schema resources entered, outermost first (for `$dynamicRef` and `$recursiveRef`).
  @exclusivity(unchecked) private(set) var dynamicScope: [String] = []
  @exclusivity(unchecked) private var depth = 0
  /// Nesting allowed on this thread; below `program.maxDepth` on a caller's (maybe small) stack.
  private let depthLimit: Int
  /// Set when `depthLimit` was reached before `program.maxDepth`: the result is void and the
  /// evaluation must be repeated on a thread with a large stack.
  @exclusivity(unchecked) private(set) var needsLargerStack = false
  /// `(node, instance depth)` pairs being evaluated, tracked only once nesting is deep, to
  /// recognise a `$ref` loop that never moves into the instance.
  @exclusivity(unchecked) private var active: Set<SIMD2<Int>> = []
  /// How many regular expression matches of this payload ran out of their step budget.
  @exclusivity(unchecked) private(set) var exhaustedPatterns = 0

  /// After this many exhausted matches the payload fails anyway (PAYLOAD_PATTERN_TOO_COSTLY),
  /// so further patterns are not tried: a payload of many hostile strings costs a few
  /// budgets, not one per string.
  static let exhaustedPatternLimit = 4

  /// True when pattern checks were skipped because the budget of the payload was spent.
  var skippedPatterns: Bool { exhaustedPatterns >= Self.exhaustedPatternLimit }

  /// Nesting below which loops are not looked for (most schemas never get there).
  private static let loopCheckDepth = 32

  init(program: CompiledSchemaProgram, collecting: Bool, depthLimit: Int) {
    self.program = program
    self.collecting = collecting
    self.depthLimit = min(depthLimit, program.maxDepth)
  }

  var tracksAnnotations: Bool { program.tracksAnnotations }

  /// Applies node `index` to `instance`.
  func evaluate(_ index: Int, _ instance: JSONValue) -> SchemaOutcome {
    let node = program.nodes[index]
    if needsLargerStack { return SchemaOutcome(valid: false) }
    if depth >= depthLimit && depthLimit < program.maxDepth {
      needsLargerStack = true
      return SchemaOutcome(valid: false)
    }
    var loopKey: SIMD2<Int>?
    if depth >= Self.loopCheckDepth {
      let key = SIMD2(index, instanceDepth)
      if active.contains(key) {
        report(
          node, keyword: nil,
          "the schema refers back to itself here without moving into the instance "
            + "(a $ref loop); validation stopped")
        return SchemaOutcome(valid: false)
      }
      active.insert(key)
      loopKey = key
    }
    defer { if let loopKey { active.remove(loopKey) } }
    guard depth < program.maxDepth else {
      report(
        node, keyword: nil,
        "the schema nests more than \(program.maxDepth) levels here; validation stopped")
      return SchemaOutcome(valid: false)
    }
    depth += 1
    let entersResource = dynamicScope.last != node.resourceURI
    if entersResource { dynamicScope.append(node.resourceURI) }
    defer {
      depth -= 1
      if entersResource { dynamicScope.removeLast() }
    }
    var outcome = SchemaOutcome(valid: true)
    for keyword in node.keywords {
      if !apply(keyword, node, instance, &outcome.evaluated) {
        outcome.valid = false
        if !collecting { break }
      }
    }
    if !outcome.valid { outcome.evaluated = EvaluatedParts() }
    return outcome
  }

  private func apply(
    _ keyword: SchemaKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    switch keyword {
    case .never:
      report(node, keyword: nil, falseSchemaMessage())
      return false
    case .reference(let reference):
      return evaluateReference(reference, node, instance, &evaluated)
    case .type(let allowed, let names, let draft4Integers):
      return evaluateType(allowed, names: names, draft4Integers: draft4Integers, node, instance)
    case .enumeration(let values): return evaluateEnum(values, node, instance)
    case .constant(let value): return evaluateConst(value, node, instance)
    case .numeric(let numeric): return evaluateNumeric(numeric, node, instance)
    case .string(let string): return evaluateString(string, node, instance)
    case .items(let items): return evaluateItems(items, node, instance, &evaluated)
    case .contains(let contains): return evaluateContains(contains, node, instance, &evaluated)
    case .arrayCount(let count): return evaluateArrayCount(count, node, instance)
    case .properties(let properties):
      return evaluateProperties(properties, node, instance, &evaluated)
    case .objectCount(let count): return evaluateObjectCount(count, node, instance)
    case .combinator(let combinator):
      return evaluateCombinator(combinator, node, instance, &evaluated)
    case .conditional(let conditional):
      return evaluateConditional(conditional, node, instance, &evaluated)
    case .unevaluatedItems(let schema):
      return evaluateUnevaluatedItems(schema, node, instance, &evaluated)
    case .unevaluatedProperties(let schema):
      return evaluateUnevaluatedProperties(schema, node, instance, &evaluated)
    }
  }

  /// Says what a `false` schema forbids, from the keyword that led to it.
  private func falseSchemaMessage() -> String {
    let child = instanceTokens.last ?? ""
    switch keywordTokens.last {
    case "additionalProperties", "unevaluatedProperties", "properties":
      return "property '\(child)' is not allowed"
    case "additionalItems", "unevaluatedItems", "items":
      return "item \(child) is not allowed (the array has too many items)"
    default:
      return "no value is allowed here (the schema is false)"
    }
  }

  /// Applies a subschema reached through `keyword` (and the path token `at` below it),
  /// optionally at a child of the instance.
  func applySubschema(
    _ index: Int, _ instance: JSONValue, keyword: @autoclosure () -> String,
    at token: @autoclosure () -> String? = nil, child: String? = nil
  ) -> SchemaOutcome {
    // Paths are only needed for messages; `isValid` skips building them.
    guard collecting else {
      if child != nil { instanceDepth += 1 }
      defer { if child != nil { instanceDepth -= 1 } }
      return evaluate(index, instance)
    }
    // Tokens are pushed one by one: an array of them per subschema cost an allocation.
    keywordTokens.append(keyword())
    let below = token()
    if let below { keywordTokens.append(below) }
    if let child {
      instanceTokens.append(child)
      instanceDepth += 1
    }
    let outcome = evaluate(index, instance)
    keywordTokens.removeLast(below == nil ? 1 : 2)
    if child != nil {
      instanceTokens.removeLast()
      instanceDepth -= 1
    }
    return outcome
  }

  /// Matches `matcher` against `string`, unless this payload already spent its pattern budget
  /// (then the check is skipped; the validator makes sure the payload fails).
  func match(_ matcher: PatternMatcher, _ string: String) -> PatternMatch {
    guard !skippedPatterns else { return .match }
    let result = matcher.matches(string)
    if result == .budgetExceeded { exhaustedPatterns += 1 }
    return result
  }

  /// Evaluates `body` and drops the errors it reported (for `not`, `if` and passing branches).
  func silently<T>(_ body: () -> T) -> T {
    let mark = errors.count
    let result = body()
    errors.removeSubrange(mark...)
    return result
  }

  /// The error count, to drop errors later with `dropErrors(since:)`.
  var errorMark: Int { errors.count }

  func dropErrors(since mark: Int) { errors.removeSubrange(mark...) }

  /// Records one error at the current instance location, under `keyword` of `node`.
  func report(
    _ node: CompiledSchemaNode, keyword: String?, child: String? = nil,
    patternBudgetExceeded: Bool = false, _ message: @autoclosure () -> String
  ) {
    guard collecting else { return }
    var instanceLocation = ""
    for token in instanceTokens { instanceLocation += "/" + JSONPointer.escape(token) }
    if let child { instanceLocation += "/" + JSONPointer.escape(child) }
    var keywordLocation = ""
    for token in keywordTokens { keywordLocation += "/" + JSONPointer.escape(token) }
    var absolute = node.absoluteLocation
    if let keyword {
      keywordLocation += "/" + JSONPointer.escape(keyword)
      absolute += "/" + JSONPointer.escape(keyword)
    }
    var error = JSONSchemaValidationError(
      instanceLocation: instanceLocation, keywordLocation: keywordLocation,
      absoluteKeywordLocation: absolute, message: message())
    error.patternBudgetExceeded = patternBudgetExceeded
    errors.append(error)
  }
}
