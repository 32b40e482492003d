import SchemaModel

/// Confluent Schema Registry's JSON Schema diff: does the update accept every document the
/// original accepts? BACKWARD compares (original: old, update: new); FORWARD swaps them.
public enum ConfluentJSONSchemaDiff {
  /// How deep sub-schemas may nest, counting `$ref`s followed, before the diff gives up with
  /// `ConfluentJSONSchemaError.tooDeep` (a `$ref` chain nests without any JSON nesting).
  public static let depthLimit = 1_000
  /// How deep a diff goes on the caller's stack; deeper schemas are diffed again on a thread
  /// with a large stack.
  static let callerStackDepth = 32

  /// Every difference from `original` to `update`, each with Confluent's type and JSON path.
  /// `policy` decides the "compatible" relation used to match sub-schemas of combined schemas.
  public static func compare(
    original: JSONValue, update: JSONValue, policy: JSONSchemaCompatibilityPolicy = .strict
  ) throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference] {
    try compare(
      original: Side(document: original, memo: ConfluentJSONMemo()),
      update: Side(document: update, memo: ConfluentJSONMemo()), policy: policy)
  }

  /// The diff of two versions' schema trees, through their memos: each tree is loaded once per
  /// depth limit, and a pair is diffed once per policy. No difference when a tree is missing.
  static func compare(
    original: SchemaVersion, update: SchemaVersion, policy: JSONSchemaCompatibilityPolicy
  ) throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference] {
    guard let originalRoot = original.jsonSchema, let updateRoot = update.jsonSchema else {
      return []
    }
    let originalSide = Side(document: originalRoot, memo: original.confluentJSONMemo)
    let updateSide = Side(document: updateRoot, memo: update.confluentJSONMemo)
    return try original.confluentJSONMemo.diff(
      ConfluentJSONMemo.DiffKey(update: update.confluentJSONMemo.serial, policy: policy)
    ) { () throws(ConfluentJSONSchemaError) in
      try compare(original: originalSide, update: updateSide, policy: policy)
    }
  }

  /// One schema of a diff and the memo its graphs are kept in.
  struct Side: @unchecked Sendable {
    var document: JSONValue
    var memo: ConfluentJSONMemo

    func graph(depthLimit: Int) throws(ConfluentJSONSchemaError) -> ConfluentJSONGraph {
      try memo.graph(depthLimit: depthLimit) { () throws(ConfluentJSONSchemaError) in
        try ConfluentJSONGraph(document: document, depthLimit: depthLimit)
      }
    }
  }

  private static func compare(
    original: Side, update: Side, policy: JSONSchemaCompatibilityPolicy
  ) throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference] {
    if let shallow = try attempt(original, update, policy, depthLimit: callerStackDepth) {
      return shallow
    }
    let deep = LargeStackThread.run {
      Result { () throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference] in
        guard let differences = try attempt(original, update, policy, depthLimit: depthLimit)
        else { preconditionFailure("bug: the full depth limit asked for a larger stack") }
        return differences
      }
    }
    return try deep.get()
  }

  /// One diff within `depthLimit`; nil when the schemas nest deeper than a limit that is not
  /// the final one.
  private static func attempt(
    _ original: Side, _ update: Side, _ policy: JSONSchemaCompatibilityPolicy,
    depthLimit: Int
  ) throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference]? {
    let isFinal = depthLimit >= Self.depthLimit
    do throws(ConfluentJSONSchemaError) {
      let originalGraph = try original.graph(depthLimit: depthLimit)
      let updateGraph = try update.graph(depthLimit: depthLimit)
      var walker = ConfluentJSONDiffWalker(
        original: originalGraph, update: updateGraph, policy: policy)
      walker.depthLimit = depthLimit
      let differences = walker.compare(originalGraph.root, updateGraph.root, path: [])
      if let position = walker.tooDeepAt {
        throw ConfluentJSONSchemaError.tooDeep(limit: depthLimit, position)
      }
      return differences
    } catch {
      if case .tooDeep = error, !isFinal { return nil }
      throw error
    }
  }

  /// Confluent's verdict for `update` replacing `original` under `policy`.
  public static func isCompatible(
    original: JSONValue, update: JSONValue, policy: JSONSchemaCompatibilityPolicy = .strict
  ) throws(ConfluentJSONSchemaError) -> Bool {
    try compare(original: original, update: update, policy: policy).isCompatible(policy: policy)
  }
}
