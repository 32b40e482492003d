import Foundation
import SchemaModel
import Testing

@testable import Workspace

@Suite struct RuleRegistryTests {
  /// The package's `Sources` folder, found from this file's path.
  static let sources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources")

  /// Id-looking literals with a rule prefix that are not rule ids; each needs a reason.
  static let notRuleIDs: [String: String] = [
    "WIRE_JSON": "a Buf category name in the rule tables' category lists",
    "NAME_RESERVED": "a suffix the Buf deletion rules test their own id against",
    "JS_NORMAL": "a value of the protobuf `jstype` option (FIELD_SAME_JSTYPE)",
    "STRING_PIECE": "a value of the protobuf `ctype` option (FIELD_SAME_CPP_STRING_TYPE)",
    "IDEMPOTENCY_UNKNOWN": "a value of the protobuf `idempotency_level` option",
  ]

  /// Prefixes only rule ids use: every such literal in the sources must be registered.
  static let rulePrefixes = [
    "PARSE_", "AVRO_", "PROTO_", "JSONSCHEMA_", "PAYLOAD_", "CONFIG_", "HISTORY_", "COMPAT_",
    "COUNTEREXAMPLE_",
  ]

  /// Every `.swift` file under `Sources`, with its path relative to it.
  static func sourceFiles() throws -> [(path: String, text: String)] {
    let enumerator = try #require(
      FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    var files: [(String, String)] = []
    for case let url as URL in enumerator where url.pathExtension == "swift" {
      let relative = String(url.path.dropFirst(sources.path.count + 1))
      files.append((relative, try String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.0 < $1.0 }
  }

  /// The rule ids the sources name: literals with a rule prefix, literals passed as a rule id
  /// (`ruleID: "X"`, `RuleID("X")`, `: RuleID = "X"`, `report("X"`), and Buf's rule tables.
  static func ruleIDsInSources() throws -> [String: String] {
    let literal = #/"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"/#
    let inRuleContext =
      #/(?:ruleID:|RuleID\((?:rawValue:)?|:\s*RuleID\s*=|report\()\s*"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"/#
    var found: [String: String] = [:]
    for (path, text) in try sourceFiles() {
      let isBufTable = path.hasPrefix("Compat/Protobuf/Buf/Rules/")
      for match in text.matches(of: literal) {
        let id = String(match.output.1)
        if isBufTable || rulePrefixes.contains(where: id.hasPrefix) { found[id] = path }
      }
      for match in text.matches(of: inRuleContext) { found[String(match.output.1)] = path }
    }
    return found
  }

  @Test func everyRuleIDInTheSourcesIsRegistered() throws {
    let used = try Self.ruleIDsInSources()
    // Guards the scan itself: a broken path or regex would find nothing and pass.
    #expect(used.count > 150)
    for (id, path) in used.sorted(by: { $0.key < $1.key })
    where Self.notRuleIDs[id] == nil {
      #expect(
        RuleRegistry.description(for: RuleID(id)) != nil,
        "\(id) (Sources/\(path)) is not in RuleRegistry.all; describe it next to its owner")
    }
  }

  @Test func allowListedLiteralsAreNotRules() {
    for id in Self.notRuleIDs.keys {
      #expect(RuleRegistry.description(for: RuleID(id)) == nil, "\(id) is a rule after all")
    }
  }

  @Test func idsAreUniqueAndSorted() {
    let ids = RuleRegistry.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids == ids.sorted())
  }

  @Test func everyRuleIsDescribed() {
    for rule in RuleRegistry.all {
      #expect(!rule.summary.isEmpty, "\(rule.id) has no summary")
      #expect(!rule.rationale.isEmpty, "\(rule.id) has no rationale")
      #expect(!rule.family.isEmpty, "\(rule.id) has no family")
      #expect(!rule.summary.contains("\n") && !rule.rationale.contains("\n"), "\(rule.id)")
      #expect(rule.id.rawValue.wholeMatch(of: #/[A-Z][A-Z0-9]*(_[A-Z0-9]+)*/#) != nil)
    }
  }

  /// Each owner contributes; the severities are the ones the code reports.
  @Test(arguments: [
    ("READER_FIELD_MISSING_DEFAULT_VALUE", "Apache Avro", Severity.error),
    ("FIELD_NO_DELETE", "Buf", .error),
    ("MESSAGE_REMOVED", "Confluent", .error),
    ("PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL", "Confluent", .error),
    ("PARSE_UNEXPECTED_TOKEN", "schemacheck", .error),
    ("AVRO_INVALID_LOGICAL_TYPE", "schemacheck", .warning),
    ("PROTO_UNKNOWN_OPTION", "schemacheck", .warning),
    ("PAYLOAD_TYPE_MISMATCH", "schemacheck", .error),
    ("PAYLOAD_FIXTURE_MISSING", "schemacheck", .warning),
    ("HISTORY_VERSION_UNREADABLE", "schemacheck", .warning),
    ("COMPAT_FORMAT_NOT_SUPPORTED", "schemacheck", .warning),
  ])
  func registryHasRule(id: String, family: String, severity: Severity) throws {
    let rule = try #require(RuleRegistry.description(for: RuleID(id)))
    #expect(rule.family == family)
    #expect(rule.defaultSeverity == severity)
  }

  @Test func deprecatedBufRulesSayWhatRunsInstead() throws {
    let rule = try #require(RuleRegistry.description(for: "FIELD_SAME_CTYPE"))
    #expect(rule.summary.hasPrefix("Deprecated: runs `FIELD_SAME_CPP_STRING_TYPE`."))
  }
}
