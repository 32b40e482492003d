import Foundation
import SchemaModel
import Testing

@testable import Workspace

/// The check cache: a change to anything a verdict depends on misses the cache, every cached
/// report equals the uncached one, and entries that are not exactly what the cache wrote are
/// never trusted.
@Suite struct CheckCacheTests {
  private static let config = """
    version: 1
    defaults:
      compatibility: BACKWARD
    proto:
      roots: [proto]
    subjects:
      - name: money
        schema: money.avsc
      - name: order
        schema: order.avsc
      - name: event
        schema: proto/event.proto

    """

  private static func order(_ fields: String...) -> String {
    let total = #"{"name": "total", "type": "com.acme.Money"}"#
    return AvroSamples.order(([AvroSamples.id, total] + fields).joined(separator: ", "))
  }

  private static let money =
    #"{"type": "record", "name": "Money", "namespace": "com.acme", "fields": [{"name": "units", "type": "long"}]}"#
  private static let amount =
    "syntax = \"proto3\";\npackage acme;\nmessage Amount { int64 units = 1; }\n"

  private static func event(idName: String) -> String {
    "syntax = \"proto3\";\npackage acme;\nimport \"amount.proto\";\n"
      + "message Event { string \(idName) = 1; Amount amount = 2; }\n"
  }

  /// v1 has no `note`, v2 adds it with a default, the work tree drops the default: BACKWARD
  /// passes against v2, BACKWARD_TRANSITIVE fails against v1. The event's field is renamed in
  /// the work tree: Confluent passes it, Buf's FILE rules do not.
  func makeRepository() throws -> TemporaryTree {
    let tree = try TemporaryTree()
    try tree.git("init", "-q")
    try tree.write("schemacheck.yaml", Self.config)
    try tree.write("money.avsc", Self.money)
    try tree.write("order.avsc", Self.order())
    try tree.write("proto/amount.proto", Self.amount)
    try tree.write("proto/event.proto", Self.event(idName: "id"))
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "v1")
    try tree.write("order.avsc", Self.order(#"{"name": "note", "type": "string", "default": ""}"#))
    try tree.git("commit", "-q", "-am", "v2")
    try tree.write("order.avsc", Self.order(#"{"name": "note", "type": "string"}"#))
    try tree.write("proto/event.proto", Self.event(idName: "event_id"))
    return tree
  }

  /// The JSON report of a run with and without the cache (they must be equal), and the
  /// subjects' verdicts.
  func run(_ tree: TemporaryTree, subjects: [String] = []) async throws -> [String: Bool] {
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    var uncached = try CheckRun(config: config, subjectNames: subjects)
    uncached.findingRules = config.compat
    var cached = uncached
    cached.coversAllSubjects = subjects.isEmpty
    cached.cacheSettings = CheckCacheSettings(
      directory: tree.url("cache"), displayPath: "cache")
    let expected = try await uncached.run()
    let outcome = try await cached.run()
    #expect(JSONReporter().render(outcome.report) == JSONReporter().render(expected.report))
    #expect(outcome.unparseableSchemas == expected.unparseableSchemas)
    #expect(outcome.warnings.isEmpty)
    return Dictionary(
      uniqueKeysWithValues: outcome.report.subjects.map { ($0.name, $0.compatible) })
  }

  /// Entries (`ab/ab12….json`: in folders named by their key's first two digits).
  func entries(_ tree: TemporaryTree) throws -> [String] {
    let names = try FileManager.default.subpathsOfDirectory(atPath: tree.url("cache/check").path)
    #expect(
      names.allSatisfy {
        !$0.hasSuffix(".json") || $0.hasPrefix(String($0.dropFirst(3).prefix(2)) + "/")
      })
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  /// The key of an entry's path.
  func key(_ name: String) -> CacheKey {
    CacheKey(hex: String((name.split(separator: "/").last ?? "").dropLast(5)))
  }

  @Test func everyInputOfAVerdictInvalidatesItsEntry() async throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    let passing = ["money": true, "order": true, "event": true]
    #expect(try await run(tree) == passing)
    #expect(try entries(tree).count == 3)
    // Warm: the same report from the entries, which stay.
    let written = try entries(tree)
    #expect(try await run(tree) == passing)
    #expect(try entries(tree) == written)

    // The mode.
    try tree.write(
      "schemacheck.yaml",
      Self.config.replacingOccurrences(of: "BACKWARD", with: "BACKWARD_TRANSITIVE"))
    #expect(try await run(tree)["order"] == false)
    try tree.write("schemacheck.yaml", Self.config)
    #expect(try await run(tree) == passing)

    // A rule setting: Buf's FILE rules see the renamed field.
    try tree.write(
      "schemacheck.yaml",
      Self.config.replacingOccurrences(
        of: "  roots: [proto]\n", with: "  roots: [proto]\n  breaking: [FILE]\n"))
    #expect(try await run(tree)["event"] == false)
    try tree.write("schemacheck.yaml", Self.config)

    // The schema.
    try tree.write("order.avsc", Self.order(#"{"name": "note", "type": "long", "default": 0}"#))
    #expect(try await run(tree)["order"] == false)
    try tree.write("order.avsc", Self.order(#"{"name": "note", "type": "string"}"#))
    #expect(try await run(tree) == passing)

    // An import of the .proto file, and the file that defines an Avro name the order uses.
    try tree.write("proto/amount.proto", "syntax = \"proto3\";\npackage acme;\nmessage Total {}\n")
    #expect(try await run(tree)["event"] == false)
    try tree.write("proto/amount.proto", Self.amount)
    try tree.write("money.avsc", Self.money.replacingOccurrences(of: "Money", with: "Cash"))
    #expect(try await run(tree)["order"] == false)
    try tree.write("money.avsc", Self.money)

    // A new commit: the history behind every subject changes.
    try tree.git("commit", "-q", "-am", "v3")
    #expect(try await run(tree) == passing)
    // A full run keeps only the entries it used.
    #expect(try entries(tree).count == 3)
  }

  @Test func aRunOverSomeSubjectsPrunesNothing() async throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    _ = try await run(tree)
    try tree.write("order.avsc", Self.order(#"{"name": "note", "type": "long", "default": 0}"#))
    #expect(try await run(tree, subjects: ["order"]) == ["order": false])
    #expect(try entries(tree).count == 4)
    _ = try await run(tree)
    #expect(try entries(tree).count == 3)
  }

  private static let sample = CachedSubject(
    result: SubjectResult(
      name: "orders", format: .avro, schemaPath: "schemas/o.avsc", mode: .backwardTransitive,
      compatible: false, checkedAgainst: ["abc1234:schemas/o.avsc"]),
    diagnostics: [
      Diagnostic(
        ruleID: "TYPE_MISMATCH", severity: .error, message: "type \"long\" → string\n\u{1B}[31m",
        location: SourceLocation(file: "schemas/o.avsc", line: 3, column: 7),
        previousLocation: SourceLocation(file: "abc1234:schemas/o.avsc", line: 4, column: 9),
        path: "/fields/1/type", notes: [Diagnostic.Note(message: "see here")]),
      Diagnostic(ruleID: "HISTORY_VERSION_UNREADABLE", severity: .warning, message: "skipped"),
    ],
    unparseable: false)

  @Test func entriesRoundTripExactly() throws {
    let key = CacheKeyBuilder("test").key
    let bytes = CheckCache.encode(Self.sample, key: key)
    #expect(CheckCache.decode(bytes, key: key) == Self.sample)
  }

  @Test func truncatedForeignOrAlteredEntriesAreMisses() throws {
    let key = CacheKeyBuilder("test").key
    let bytes = CheckCache.encode(Self.sample, key: key)
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(CheckCache.decode(Array(bytes.prefix(length)), key: key) == nil)
    }
    #expect(CheckCache.decode(bytes, key: CacheKeyBuilder("other").key) == nil)
    var altered = bytes
    if let index = altered.lastIndex(of: UInt8(ascii: "7")) { altered[index] = UInt8(ascii: "8") }
    #expect(CheckCache.decode(altered, key: key) == nil)
    #expect(CheckCache.decode(Array("{}".utf8), key: key) == nil)
  }

  @Test func keysSeparateTheirFields() {
    var joined = CacheKeyBuilder("test")
    joined.add("a", "bc")
    var split = CacheKeyBuilder("test")
    split.add("ab", "c")
    #expect(joined.key != split.key)
    #expect(CacheKey.isKeyText(Substring(joined.key.hex)))
  }

  @Test func configTurnsTheCacheOnAndNamesItsFolder() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let base = "version: 1\nsubjects: []\n"
    try tree.write("schemacheck.yaml", base + "cache: true\n")
    let enabled = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let settings = enabled.checkCache(
      enabledByOption: false, directoryOption: nil, currentDirectory: tree.root)
    #expect(settings?.directory.path == tree.url(".schemacheck-cache").path)
    try tree.write("schemacheck.yaml", base + "cache: {dir: build/cache}\n")
    let folder = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    #expect(
      folder.checkCache(enabledByOption: false, directoryOption: nil, currentDirectory: tree.root)?
        .displayPath == "build/cache")
    try tree.write("schemacheck.yaml", base)
    let plain = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    #expect(
      plain.checkCache(enabledByOption: false, directoryOption: nil, currentDirectory: tree.root)
        == nil)
    try tree.write("schemacheck.yaml", base + "cache: {dri: x}\n")
    #expect {
      try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    } throws: { error in
      "\(error)".contains("did you mean 'dir'")
    }
  }
}

extension CheckCacheTests {
  /// A run really takes its outcomes from the entries: one rewritten (with a valid checksum)
  /// to say the opposite is believed, which is what makes the damage checks matter.
  @Test func storedEntriesAreUsed() async throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    _ = try await run(tree)
    let folder = tree.url("cache/check")
    for name in try entries(tree) {
      let key = key(name)
      let url = folder.appendingPathComponent(name)
      let bytes = [UInt8](try Data(contentsOf: url))
      var entry = try #require(CheckCache.decode(bytes, key: key))
      entry.result.compatible.toggle()
      try Data(CheckCache.encode(entry, key: key)).write(to: url)
    }
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    var cached = try CheckRun(config: config)
    cached.cacheSettings = CheckCacheSettings(directory: tree.url("cache"), displayPath: "cache")
    let outcome = try await cached.run()
    #expect(outcome.report.subjects.allSatisfy { !$0.compatible })
  }

  /// A commit that leaves a file alone keeps its Avro or JSON Schema entry (its history is the
  /// same); a Protobuf entry is tied to the commit, whose imports may have changed.
  @Test func aCommitElsewhereKeepsTheEntriesOfUntouchedFiles() async throws {
    let tree = try makeRepository()
    defer { tree.remove() }
    try tree.git("commit", "-q", "-am", "v3")
    _ = try await run(tree)
    let folder = tree.url("cache/check")
    for name in try entries(tree) {
      let key = key(name)
      let url = folder.appendingPathComponent(name)
      var entry = try #require(CheckCache.decode([UInt8](try Data(contentsOf: url)), key: key))
      entry.result.compatible.toggle()
      try Data(CheckCache.encode(entry, key: key)).write(to: url)
    }
    try tree.write("notes.txt", "unrelated")
    try tree.git("add", "notes.txt")
    try tree.git("commit", "-q", "-m", "elsewhere")
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    var cached = try CheckRun(config: config)
    cached.cacheSettings = CheckCacheSettings(directory: tree.url("cache"), displayPath: "cache")
    let verdicts = Dictionary(
      uniqueKeysWithValues: try await cached.run().report.subjects.map { ($0.name, $0.compatible) })
    // The toggled entries were used for the Avro subjects; the Protobuf one was checked again.
    #expect(verdicts == ["money": false, "order": false, "event": true])
    // Touching the file itself is a new history: checked again.
    try tree.write("order.avsc", Self.order(#"{"name": "note", "type": "string", "default": "x"}"#))
    try tree.git("commit", "-q", "-am", "order again")
    var again = try CheckRun(config: config)
    again.cacheSettings = CheckCacheSettings(directory: tree.url("cache"), displayPath: "cache")
    let after = try await again.run().report.subjects.first { $0.name == "order" }
    #expect(after?.compatible == true)
  }
}
