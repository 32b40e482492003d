import Foundation
import SchemaModel

/// What Confluent's diff computed from one JSON Schema version: its loaded graphs (one per
/// depth limit) and its diffs against other versions. A version compared with several others
/// (the check's transitive comparisons, the catalog's consecutive pairs, BACKWARD and FORWARD)
/// loads its schema once, and a pair is diffed once. It is kept by the `SchemaVersion` and
/// replaced whenever the version's schema tree is.
final class ConfluentJSONMemo: @unchecked Sendable {
  /// Unique per memo for the process's life, so a diff cached under another memo's number can
  /// never be mistaken for a later memo's (object addresses are reused).
  let serial: UInt64
  private let lock = NSLock()
  private var graphs: [Int: Result<ConfluentJSONGraph, ConfluentJSONSchemaError>] = [:]
  private var diffs: [DiffKey: Result<[ConfluentJSONDifference], ConfluentJSONSchemaError>] = [:]

  private static let counterLock = NSLock()
  nonisolated(unsafe) private static var counter: UInt64 = 0

  init() {
    serial = Self.counterLock.withLock {
      Self.counter += 1
      return Self.counter
    }
  }

  /// A diff from this version (the original) to the version with memo `update`.
  struct DiffKey: Hashable {
    var update: UInt64
    var policy: JSONSchemaCompatibilityPolicy
  }

  func graph(
    depthLimit: Int, load: () throws(ConfluentJSONSchemaError) -> ConfluentJSONGraph
  ) throws(ConfluentJSONSchemaError) -> ConfluentJSONGraph {
    if let known = lock.withLock({ graphs[depthLimit] }) { return try known.get() }
    let loaded = Result { () throws(ConfluentJSONSchemaError) in try load() }
    lock.withLock { graphs[depthLimit] = loaded }
    return try loaded.get()
  }

  func diff(
    _ key: DiffKey, compute: () throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference]
  ) throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference] {
    if let known = lock.withLock({ diffs[key] }) { return try known.get() }
    let computed = Result { () throws(ConfluentJSONSchemaError) in try compute() }
    lock.withLock { diffs[key] = computed }
    return try computed.get()
  }
}
