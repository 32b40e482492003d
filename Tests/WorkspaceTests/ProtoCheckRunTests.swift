import Compat
import Foundation
import SchemaModel
import Testing

@testable import Workspace

@Suite("Protobuf check runs end to end")
struct ProtoCheckRunTests {
  static let common = """
    syntax = "proto3";
    package acme;
    message Money {
      string currency = 1;
      int64 amount = 2;
    }

    """

  /// An order event importing `acme/common.proto` and a well-known type; `body` is the
  /// message's fields.
  static func order(_ body: String) -> String {
    """
    syntax = "proto3";
    package acme.orders;
    import "acme/common.proto";
    import "google/protobuf/timestamp.proto";
    message OrderPlaced {
    \(body)
    }

    """
  }

  static let v1Fields = """
      string id = 1;
      acme.Money total = 2;
      google.protobuf.Timestamp at = 3;
    """

  /// A tree with one compatible and one breaking Protobuf subject, each with a version folder.
  private func makeTree(protoSection: String) throws -> TemporaryTree {
    let tree = try TemporaryTree()
    try tree.write("proto/acme/common.proto", Self.common)
    try tree.write("history/good/v1.proto", Self.order(Self.v1Fields))
    try tree.write(
      "proto/acme/orders/good.proto", Self.order(Self.v1Fields + "\n  string note = 4;"))
    try tree.write("history/bad/v1.proto", Self.order(Self.v1Fields))
    try tree.write(
      "proto/acme/orders/bad.proto",
      Self.order(
        """
          string id = 1;
          string total = 2;
        """))
    try tree.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: good
          schema: proto/acme/orders/good.proto
          versions: history/good/v*.proto
          message: acme.orders.OrderPlaced
        - name: bad
          schema: proto/acme/orders/bad.proto
          versions: history/bad/v*.proto
      \(protoSection)

      """)
    return tree
  }

  private func run(_ tree: TemporaryTree, mode: GateMode? = nil) async throws -> RunOutcome {
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    return try await CheckRun(config: config, modeOverride: mode).run()
  }

  private func rules(_ outcome: RunOutcome, subject: String) -> [String] {
    outcome.report.sortedFindings.filter { $0.subject == subject }
      .map(\.diagnostic.ruleID.rawValue)
  }

  @Test func confluentAndBufRulesBothGate() async throws {
    let tree = try makeTree(protoSection: "proto:\n  roots: [proto]\n  breaking: [FILE]")
    defer { tree.remove() }
    let outcome = try await run(tree)
    #expect(outcome.report.subjects.map(\.name) == ["bad", "good"])
    #expect(outcome.report.subjects.map(\.compatible) == [false, true])
    #expect(outcome.report.subjects.map(\.breaking) == [["FILE"], ["FILE"]])
    #expect(rules(outcome, subject: "good").isEmpty)
    let bad = rules(outcome, subject: "bad")
    #expect(bad.contains("FIELD_KIND_CHANGED") || bad.contains("FIELD_NAMED_TYPE_CHANGED"))
    #expect(bad.contains("FIELD_SAME_TYPE"))
    #expect(bad.contains("FIELD_NO_DELETE"))
    let sameType = try #require(
      outcome.report.findings.first { $0.diagnostic.ruleID == "FIELD_SAME_TYPE" })
    // Buf points at the type token of the field in the current file.
    #expect(
      sameType.diagnostic.location
        == SourceLocation(file: "proto/acme/orders/bad.proto", line: 7, column: 3))
    #expect(outcome.exitStatus() == .findings)
  }

  @Test func ignoredPathsDropBufFindingsOnly() async throws {
    let tree = try makeTree(
      protoSection: """
        proto:
          roots: [proto]
          breaking: [FILE]
          ignore: [proto/acme/orders/bad.proto]
        """)
    defer { tree.remove() }
    let outcome = try await run(tree)
    let bad = rules(outcome, subject: "bad")
    #expect(!bad.isEmpty)
    #expect(!bad.contains("FIELD_SAME_TYPE"))
    #expect(!bad.contains("FIELD_NO_DELETE"))
  }

  @Test func bufCategoryModeChecksBufRulesOnly() async throws {
    let tree = try makeTree(protoSection: "proto:\n  roots: [proto]\n  except: [FIELD_NO_DELETE]")
    defer { tree.remove() }
    let outcome = try await run(tree, mode: .buf(.wire))
    let bad = rules(outcome, subject: "bad")
    #expect(bad.contains("FIELD_WIRE_COMPATIBLE_TYPE"))
    #expect(bad.contains("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"))
    #expect(!bad.contains("FIELD_SAME_TYPE"))
    // No Confluent difference type: the Confluent mode is off under a Buf category.
    #expect(!bad.contains { $0.hasPrefix("FIELD_KIND") || $0.hasPrefix("FIELD_NAMED") })
    #expect(outcome.report.subjects.map(\.mode) == [.none, .none])
    #expect(outcome.report.subjects.map(\.breaking) == [["WIRE"], ["WIRE"]])
  }

  @Test func confluentModeOverrideTurnsBufOff() async throws {
    let tree = try makeTree(protoSection: "proto:\n  roots: [proto]\n  breaking: [FILE]")
    defer { tree.remove() }
    let outcome = try await run(tree, mode: .confluent(.backward))
    let bad = rules(outcome, subject: "bad")
    #expect(!bad.isEmpty)
    #expect(!bad.contains("FIELD_SAME_TYPE"))
    #expect(!bad.contains("FIELD_NO_DELETE"))
    #expect(outcome.report.subjects.map(\.breaking) == [[], []])
  }

  @Test func unknownRootMessageIsAnError() async throws {
    let tree = try makeTree(protoSection: "proto:\n  roots: [proto]")
    defer { tree.remove() }
    var config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    config.subjects[0].message = "acme.orders.Missing"
    let outcome = try await CheckRun(config: config).run()
    #expect(rules(outcome, subject: "good") == ["CONFIG_MESSAGE_NOT_FOUND"])
    #expect(outcome.exitStatus() == .toolFailure)
  }

  @Test func missingImportIsAnErrorOfTheNewFile() async throws {
    let tree = try makeTree(protoSection: "proto:\n  roots: [history]")
    defer { tree.remove() }
    let outcome = try await run(tree)
    #expect(outcome.unparseableSchemas.count == 2)
    #expect(outcome.report.findings.allSatisfy { $0.diagnostic.severity == .error })
  }

  /// The earlier version's imports are read at the revision: the import renamed `Money` since,
  /// so linking the old file with the work tree's import would fail.
  @Test func importsOfAGitRevisionAreReadAtThatRevision() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("proto/acme/common.proto", Self.common)
    try tree.write("proto/acme/orders/order.proto", Self.order(Self.v1Fields))
    try tree.git("init", "-q")
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "v1")
    try tree.write(
      "proto/acme/common.proto", Self.common.replacingOccurrences(of: "Money", with: "Amount"))
    try tree.write(
      "proto/acme/orders/order.proto",
      Self.order(Self.v1Fields.replacingOccurrences(of: "Money", with: "Amount")))
    let outcome = try await CompatRun.run(
      files: ["proto/acme/orders/order.proto"], against: .revision("HEAD"), mode: .buf(.file),
      protoPaths: ["proto"], currentDirectory: tree.root)
    let findings = outcome.report.sortedFindings.map(\.diagnostic)
    #expect(findings.map(\.ruleID) == ["FIELD_SAME_TYPE"])
    #expect(findings.first?.message.contains("acme.Money") == true)
    #expect(outcome.report.subjects.first?.checkedAgainst == ["HEAD:proto/acme/orders/order.proto"])
    #expect(outcome.exitStatus() == .findings)
  }

  /// Transitive git history: each earlier version is linked with the imports of its own commit.
  @Test func historyVersionsAreLinkedAtTheirOwnCommits() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let amount = Self.common.replacingOccurrences(of: "Money", with: "Amount")
    let amountFields = Self.v1Fields.replacingOccurrences(of: "Money", with: "Amount")
    try tree.write("proto/acme/common.proto", Self.common)
    try tree.write("proto/acme/orders/order.proto", Self.order(Self.v1Fields))
    try tree.git("init", "-q")
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "v1")
    try tree.write("proto/acme/common.proto", amount)
    try tree.write("proto/acme/orders/order.proto", Self.order(amountFields))
    try tree.git("commit", "-q", "-am", "v2")
    try tree.write(
      "proto/acme/orders/order.proto", Self.order(amountFields + "\n  string note = 4;"))
    try tree.write(
      "schemacheck.yaml",
      """
      version: 1
      proto: {roots: [proto]}
      subjects:
        - name: order
          schema: proto/acme/orders/order.proto
          compatibility: FULL_TRANSITIVE

      """)
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let outcome = try await CheckRun(config: config).run()
    #expect(!rules(outcome, subject: "order").contains("HISTORY_VERSION_UNREADABLE"))
    let checked = try #require(outcome.report.subjects.first?.checkedAgainst)
    #expect(checked.count == 2)
    #expect(checked.first == "HEAD:proto/acme/orders/order.proto")
  }

  @Test func againstAFolderLinksWithThatFoldersImports() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("old/proto/acme/common.proto", Self.common)
    try tree.write("old/proto/acme/orders/order.proto", Self.order(Self.v1Fields))
    let renamed = Self.common.replacingOccurrences(of: "Money", with: "Amount")
    try tree.write("new/proto/acme/common.proto", renamed)
    try tree.write(
      "new/proto/acme/orders/order.proto",
      Self.order(Self.v1Fields.replacingOccurrences(of: "Money", with: "Amount")))
    let outcome = try await CompatRun.run(
      files: ["proto/acme/orders/order.proto"],
      against: .directory(tree.url("old"), displayPath: "../old"), mode: .buf(.wireJSON),
      protoPaths: ["proto"], currentDirectory: tree.url("new"))
    #expect(
      outcome.report.sortedFindings.map(\.diagnostic.ruleID) == ["FIELD_WIRE_JSON_COMPATIBLE_TYPE"])
  }

  @Test func diffOfProtoFilesListsConfluentAndBufChanges() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("acme/common.proto", Self.common)
    try tree.write("v1/order.proto", Self.order(Self.v1Fields))
    try tree.write("acme/orders/order.proto", Self.order("  string id = 1;"))
    let outcome = try DiffRun.run(
      old: "v1/order.proto", new: "acme/orders/order.proto", currentDirectory: tree.root)
    let kinds = outcome.report.changes.map(\.kind.rawValue)
    #expect(kinds.contains("FIELD_REMOVED"))
    #expect(kinds.contains("FIELD_NO_DELETE"))
    #expect(outcome.exitStatus() == .success)
  }
}
