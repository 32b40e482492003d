import Foundation
import SchemaModel

/// Walks an original and an update graph side by side, as Confluent's `SchemaDiff` does.
struct ConfluentJSONDiffWalker {
  typealias Kind = ConfluentJSONDifferenceType
  typealias Node = ConfluentJSONNode

  struct Pair: Hashable {
    var original: Int
    var update: Int
  }

  let original: ConfluentJSONGraph
  let update: ConfluentJSONGraph
  let policy: JSONSchemaCompatibilityPolicy
  /// Pairs being compared further up the stack: meeting one again is a cycle, which Confluent
  /// treats as compatible.
  var inProgress: Set<Pair> = []
  var compatibility: [Pair: Bool] = [:]
  /// How many times a cycle was cut short; a verdict reached across a cut is optimistic and is
  /// not memoized, so it cannot hide an incompatibility found later (Confluent iterates to a
  /// fixpoint for the same reason).
  var cycleCuts = 0
  /// How many pairs are being compared further up the stack (nested walkers included), how
  /// many may be, and where the first pair past the limit was.
  var depth = 0
  var depthLimit = Int.max
  var tooDeepAt: TextPosition?

  init(
    original: ConfluentJSONGraph, update: ConfluentJSONGraph,
    policy: JSONSchemaCompatibilityPolicy
  ) {
    self.original = original
    self.update = update
    self.policy = policy
  }

  /// A walker for a comparison inside this one, sharing its depth budget.
  func nested(
    original: ConfluentJSONGraph, update: ConfluentJSONGraph,
    policy: JSONSchemaCompatibilityPolicy
  ) -> ConfluentJSONDiffWalker {
    var walker = ConfluentJSONDiffWalker(original: original, update: update, policy: policy)
    walker.depth = depth
    walker.depthLimit = depthLimit
    return walker
  }

  static func render(_ path: [String]) -> String { "#/" + path.joined(separator: "/") }

  static func difference(
    _ type: Kind, _ path: [String], _ originalNode: Node?, _ updateNode: Node?,
    keyword: String? = nil
  ) -> ConfluentJSONDifference {
    let fullPath = keyword.map { path + [$0] } ?? path
    return ConfluentJSONDifference(
      type: type, jsonPath: Self.render(fullPath),
      originalPosition: originalNode.map { node in
        keyword.map { node.position(of: $0) } ?? node.position
      },
      updatePosition: updateNode.map { node in
        keyword.map { node.position(of: $0) } ?? node.position
      })
  }

  /// Compatible under the policy, as `SchemaDiff.compare(...)` followed by the policy check.
  mutating func isCompatible(_ originalIndex: Int, _ updateIndex: Int) -> Bool {
    let key = Pair(
      original: original.resolved(originalIndex), update: update.resolved(updateIndex))
    if let known = compatibility[key] { return known }
    let cutsBefore = cycleCuts
    let result = compare(originalIndex, updateIndex, path: []).isCompatible(policy: policy)
    if cycleCuts == cutsBefore { compatibility[key] = result }
    return result
  }

  mutating func compare(_ originalIndex: Int?, _ updateIndex: Int?, path: [String])
    -> [ConfluentJSONDifference]
  {
    switch (originalIndex, updateIndex) {
    case (nil, nil): return []
    case (nil, let updateIndex?):
      return [Self.difference(.schemaAdded, path, nil, update[updateIndex])]
    case (let originalIndex?, nil):
      return [Self.difference(.schemaRemoved, path, original[originalIndex], nil)]
    case (let originalIndex?, let updateIndex?):
      let key = Pair(
        original: original.resolved(originalIndex), update: update.resolved(updateIndex))
      if inProgress.contains(key) {
        cycleCuts += 1
        return []
      }
      depth += 1
      defer { depth -= 1 }
      guard depth <= depthLimit else {
        tooDeepAt = tooDeepAt ?? update[updateIndex].position
        return []
      }
      inProgress.insert(key)
      defer { inProgress.remove(key) }
      return compareTypes(key.original, key.update, path: path)
    }
  }

  mutating func compareTypes(_ originalIndex: Int, _ updateIndex: Int, path: [String])
    -> [ConfluentJSONDifference]
  {
    let originalNode = original[originalIndex]
    let updateNode = update[updateIndex]
    if case .combined(let criterion, let branches) = updateNode.kind,
      !originalNode.isCombined
    {
      if branches.count == 1 { return compare(originalIndex, branches[0], path: path) }
      if criterion != .allOf {
        for branch in branches where isCompatible(originalIndex, branch) {
          return compare(originalIndex, branch, path: path)
            + [Self.difference(.sumTypeExtended, path, originalNode, updateNode)]
        }
      }
    }
    if case .combined(let criterion, let branches) = originalNode.kind,
      !updateNode.isCombined
    {
      if branches.count == 1 { return compare(branches[0], updateIndex, path: path) }
      if criterion == .allOf {
        for branch in branches where isCompatible(branch, updateIndex) {
          return compare(branch, updateIndex, path: path)
            + [Self.difference(.productTypeNarrowed, path, originalNode, updateNode)]
        }
      }
    }
    if originalNode.schemaClass != updateNode.schemaClass {
      if case .falseSchema = originalNode.kind { return [] }
      if case .empty = updateNode.kind { return [] }
      if originalNode.isConnectBytes && updateNode.isConnectBytes { return [] }
      return [Self.difference(.typeChanged, path, originalNode, updateNode)]
    }
    var found: [ConfluentJSONDifference] = []
    let add = { (type: Kind) in Self.difference(type, path, originalNode, updateNode) }
    if originalNode.id != updateNode.id, !original.isModernDraft { found.append(add(.idChanged)) }
    if originalNode.title != updateNode.title { found.append(add(.titleChanged)) }
    if originalNode.description != updateNode.description {
      found.append(add(.descriptionChanged))
    }
    if !Self.same(originalNode.defaultValue, updateNode.defaultValue) {
      found.append(add(.defaultChanged))
    }
    found += compareKinds(originalNode, updateNode, path: path)
    return found
  }

  static func same(_ lhs: JSONValue?, _ rhs: JSONValue?) -> Bool {
    switch (lhs, rhs) {
    case (nil, nil): true
    case (let lhs?, let rhs?): JSONText.equal(lhs, rhs)
    default: false
    }
  }

  mutating func compareKinds(_ originalNode: Node, _ updateNode: Node, path: [String])
    -> [ConfluentJSONDifference]
  {
    switch (originalNode.kind, updateNode.kind) {
    case (.string(let old), .string(let new)):
      return compareStrings(old, new, originalNode, updateNode, path)
    case (.number(let old), .number(let new)):
      return compareNumbers(old, new, originalNode, updateNode, path)
    case (.enumeration(let old), .enumeration(let new)):
      return compareEnums(old, new, originalNode, updateNode, path)
    case (.constant(let old), .constant(let new)):
      return JSONText.equal(old, new)
        ? []
        : [Self.difference(.enumArrayChanged, path, originalNode, updateNode, keyword: "const")]
    case (.not(let old), .not(let new)):
      return compareNot(old, new, originalNode, updateNode, path)
    case (.combined(let oldCriterion, let old), .combined(let newCriterion, let new)):
      return compareCombined(
        (oldCriterion, old), (newCriterion, new), originalNode, updateNode, path)
    case (.object(let old), .object(let new)):
      return compareObjects(old, new, originalNode, updateNode, path)
    case (.array(let old), .array(let new)):
      return compareArrays(old, new, originalNode, updateNode, path)
    default:
      return []
    }
  }

  // MARK: - Strings, numbers, enums, not

  func compareStrings(
    _ old: Node.StringFacets, _ new: Node.StringFacets, _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    var found: [ConfluentJSONDifference] = []
    found += upperBound(
      old.maxLength, new.maxLength, "maxLength",
      (.maxLengthAdded, .maxLengthRemoved, .maxLengthIncreased, .maxLengthDecreased),
      originalNode, updateNode, path)
    found += lowerBound(
      old.minLength, new.minLength, "minLength",
      (.minLengthAdded, .minLengthRemoved, .minLengthIncreased, .minLengthDecreased),
      originalNode, updateNode, path)
    switch (old.pattern, new.pattern) {
    case (nil, .some):
      found.append(
        Self.difference(.patternAdded, path, originalNode, updateNode, keyword: "pattern"))
    case (.some, nil):
      found.append(
        Self.difference(.patternRemoved, path, originalNode, updateNode, keyword: "pattern"))
    case (let oldPattern?, let newPattern?) where oldPattern != newPattern:
      found.append(
        Self.difference(.patternChanged, path, originalNode, updateNode, keyword: "pattern"))
    default: break
    }
    return found
  }

  func compareNumbers(
    _ old: Node.NumberFacets, _ new: Node.NumberFacets, _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    var found: [ConfluentJSONDifference] = []
    found += upperBound(
      old.maximum, new.maximum, "maximum",
      (.maximumAdded, .maximumRemoved, .maximumIncreased, .maximumDecreased),
      originalNode, updateNode, path)
    found += lowerBound(
      old.minimum, new.minimum, "minimum",
      (.minimumAdded, .minimumRemoved, .minimumIncreased, .minimumDecreased),
      originalNode, updateNode, path)
    found += upperBound(
      old.exclusiveMaximum, new.exclusiveMaximum, "exclusiveMaximum",
      (
        .exclusiveMaximumAdded, .exclusiveMaximumRemoved, .exclusiveMaximumIncreased,
        .exclusiveMaximumDecreased
      ), originalNode, updateNode, path)
    found += lowerBound(
      old.exclusiveMinimum, new.exclusiveMinimum, "exclusiveMinimum",
      (
        .exclusiveMinimumAdded, .exclusiveMinimumRemoved, .exclusiveMinimumIncreased,
        .exclusiveMinimumDecreased
      ), originalNode, updateNode, path)
    let multiple = { (type: Kind) in
      Self.difference(type, path, originalNode, updateNode, keyword: "multipleOf")
    }
    switch (old.multipleOf, new.multipleOf) {
    case (nil, .some): found.append(multiple(.multipleOfAdded))
    case (.some, nil): found.append(multiple(.multipleOfRemoved))
    case (let oldStep?, let newStep?):
      if let oldValue = Self.decimal(oldStep), let newValue = Self.decimal(newStep),
        oldValue != newValue
      {
        if Self.divides(newValue, oldValue) {
          found.append(multiple(.multipleOfReduced))
        } else if Self.divides(oldValue, newValue) {
          found.append(multiple(.multipleOfExpanded))
        } else {
          found.append(multiple(.multipleOfChanged))
        }
      }
    default: break
    }
    if old.requiresInteger && !new.requiresInteger {
      found.append(Self.difference(.typeExtended, path, originalNode, updateNode))
    } else if !old.requiresInteger && new.requiresInteger {
      found.append(Self.difference(.typeNarrowed, path, originalNode, updateNode))
    }
    return found
  }

  static func decimal(_ number: JSONNumber) -> Decimal? { Decimal(string: number.text) }

  /// True when `divisor` divides `value` exactly.
  static func divides(_ divisor: Decimal, _ value: Decimal) -> Bool {
    guard divisor != 0 else { return false }
    var quotient = value / divisor
    var rounded = Decimal()
    NSDecimalRound(&rounded, &quotient, 0, .plain)
    return rounded == quotient
  }

  typealias BoundKinds = (added: Kind, removed: Kind, increased: Kind, decreased: Kind)

  /// A bound where a larger value accepts more (`maxLength`, `maximum`).
  func upperBound(
    _ old: JSONNumber?, _ new: JSONNumber?, _ keyword: String, _ kinds: BoundKinds,
    _ originalNode: Node, _ updateNode: Node, _ path: [String]
  ) -> [ConfluentJSONDifference] {
    bound(old, new, keyword, kinds, originalNode, updateNode, path)
  }

  /// A bound where a smaller value accepts more (`minLength`, `minimum`).
  func lowerBound(
    _ old: JSONNumber?, _ new: JSONNumber?, _ keyword: String, _ kinds: BoundKinds,
    _ originalNode: Node, _ updateNode: Node, _ path: [String]
  ) -> [ConfluentJSONDifference] {
    bound(old, new, keyword, kinds, originalNode, updateNode, path)
  }

  func bound(
    _ old: JSONNumber?, _ new: JSONNumber?, _ keyword: String, _ kinds: BoundKinds,
    _ originalNode: Node, _ updateNode: Node, _ path: [String]
  ) -> [ConfluentJSONDifference] {
    let make = { (type: Kind) in
      [Self.difference(type, path, originalNode, updateNode, keyword: keyword)]
    }
    switch (old, new) {
    case (nil, .some): return make(kinds.added)
    case (.some, nil): return make(kinds.removed)
    case (let old?, let new?):
      guard let oldValue = Self.decimal(old), let newValue = Self.decimal(new) else { return [] }
      if newValue > oldValue { return make(kinds.increased) }
      if newValue < oldValue { return make(kinds.decreased) }
      return []
    default: return []
    }
  }

  func compareEnums(
    _ old: [JSONValue], _ new: [JSONValue], _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    let oldInNew = old.allSatisfy { value in new.contains { JSONText.equal($0, value) } }
    let newInOld = new.allSatisfy { value in old.contains { JSONText.equal($0, value) } }
    let make = { (type: Kind) in
      [Self.difference(type, path, originalNode, updateNode, keyword: "enum")]
    }
    if oldInNew && newInOld { return [] }
    if oldInNew { return make(.enumArrayExtended) }
    if newInOld { return make(.enumArrayNarrowed) }
    return make(.enumArrayChanged)
  }

  mutating func compareNot(
    _ old: Int, _ new: Int, _ originalNode: Node, _ updateNode: Node, _ path: [String]
  ) -> [ConfluentJSONDifference] {
    // The negated schemas swap roles: the update accepts more when its `not` accepts less.
    var reversed = nested(original: update, update: original, policy: policy)
    let inner = reversed.compare(new, old, path: [])
    tooDeepAt = tooDeepAt ?? reversed.tooDeepAt
    if inner.isEmpty { return [] }
    let type: Kind = inner.isCompatible(policy: policy) ? .notTypeNarrowed : .notTypeExtended
    return [Self.difference(type, path, originalNode, updateNode, keyword: "not")]
  }
}

extension ConfluentJSONNode {
  var isCombined: Bool {
    if case .combined = kind { return true }
    return false
  }

  var isEmptySchema: Bool {
    if case .empty = kind { return true }
    return false
  }

  var isFalseSchema: Bool {
    if case .falseSchema = kind { return true }
    return false
  }
}
