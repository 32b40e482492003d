import Compat
import Parsers
import SchemaModel
import Testing

/// The checker on small in-memory modules: ignores, modes, order and spans.
@Suite struct BufBreakingCheckerTests {
  /// Parses and links every file of a module; all of them are targets.
  static func image(_ sources: [String: String]) -> ProtoImage {
    let targets = sources.keys.sorted().map { path in
      ProtoParser.parse(Array((sources[path] ?? "").utf8), path: path).file
    }
    return ProtoLinker.link(targets: targets, loader: InMemoryProtoImportLoader(sources))
  }

  static let previous = image([
    "a/orders.proto": """
    syntax = "proto3";
    package a;
    message Order {
      int64 total = 1;
      string note = 2;
    }
    """,
    "b/legacy.proto": """
    syntax = "proto3";
    package b;
    message Legacy { int32 id = 1; }
    """,
  ])

  static let current = image([
    "a/orders.proto": """
    syntax = "proto3";
    package a;
    message Order {
      string total = 1;
    }
    """,
    "b/legacy.proto": """
    syntax = "proto3";
    package b;
    message Legacy { string id = 1; }
    """,
  ])

  private func check(_ selection: BufRuleSelection) throws -> [String] {
    try BufBreakingChecker.check(
      previous: Self.previous, current: Self.current, selection: selection
    ).map { finding in
      let start = finding.span.map { "\($0.start.line):\($0.start.column)" } ?? "-"
      return "\(finding.path ?? "-"):\(start) \(finding.ruleID)"
    }
  }

  @Test func defaultRulesInBufOrder() throws {
    #expect(
      try check(BufRuleSelection())
        == [
          "a/orders.proto:3:1 FIELD_NO_DELETE", "a/orders.proto:4:3 FIELD_SAME_TYPE",
          "b/legacy.proto:3:18 FIELD_SAME_TYPE",
        ])
  }

  @Test func messagesSayWhatChanged() throws {
    let findings = try BufBreakingChecker.check(
      previous: Self.previous, current: Self.current, selection: BufRuleSelection())
    #expect(
      findings.map(\.message) == [
        "Previously present field \"2\" with name \"note\" on message \"Order\" was deleted.",
        "Field \"1\" with name \"total\" on message \"Order\" changed type from \"int64\" to \"string\".",
        "Field \"1\" with name \"id\" on message \"Legacy\" changed type from \"int32\" to \"string\".",
      ])
    #expect(findings.first?.diagnostic.location?.line == 3)
  }

  @Test func ignoreSkipsDirectories() throws {
    #expect(
      try check(BufRuleSelection(ignore: ["b"]))
        == ["a/orders.proto:3:1 FIELD_NO_DELETE", "a/orders.proto:4:3 FIELD_SAME_TYPE"])
  }

  @Test func ignoreOnlySkipsOneRule() throws {
    #expect(
      try check(BufRuleSelection(ignoreOnly: ["FIELD_SAME_TYPE": ["a/orders.proto"]]))
        == ["a/orders.proto:3:1 FIELD_NO_DELETE", "b/legacy.proto:3:18 FIELD_SAME_TYPE"])
  }

  @Test func wireModeAllowsReservedDeletionsOnly() throws {
    #expect(
      try check(.mode(.wire))
        == [
          "a/orders.proto:3:1 FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
          "a/orders.proto:4:3 FIELD_WIRE_COMPATIBLE_TYPE",
          "b/legacy.proto:3:18 FIELD_WIRE_COMPATIBLE_TYPE",
        ])
  }

  @Test func identicalImagesHaveNoFindings() throws {
    let findings = try BufBreakingChecker.check(
      previous: Self.current, current: Self.current,
      selection: BufRuleSelection(use: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"]))
    #expect(findings.isEmpty)
  }

  @Test func proto3OptionalIsLeftToThePresenceRules() throws {
    let before = Self.image([
      "m.proto": "syntax = \"proto3\";\nmessage M {\n  int32 a = 1;\n  optional int32 b = 2;\n}\n"
    ])
    let after = Self.image([
      "m.proto":
        "syntax = \"proto3\";\nmessage M {\n  optional int32 a = 1;\n  oneof o { int32 b = 2; }\n}\n"
    ])
    let findings = try BufBreakingChecker.check(
      previous: before, current: after, selection: BufRuleSelection(use: ["FIELD_SAME_ONEOF"]))
    #expect(
      findings.map(\.message) == [
        "Field \"2\" with name \"b\" on message \"M\" moved from oneof \"_b\" to oneof \"o\"."
      ])
  }

  @Test func hugeDefaultsDoNotTrap() throws {
    let before = Self.image([
      "d.proto":
        "syntax = \"proto2\";\nmessage D {\n  optional double x = 1 [default = 1e300];\n}\n"
    ])
    let after = Self.image([
      "d.proto": "syntax = \"proto2\";\nmessage D {\n  optional double x = 1 [default = 2e20];\n}\n"
    ])
    let findings = try BufBreakingChecker.check(
      previous: before, current: after, selection: BufRuleSelection(use: ["FIELD_SAME_DEFAULT"]))
    #expect(findings.map(\.ruleID) == ["FIELD_SAME_DEFAULT"])
  }
}
