import Compat
import Foundation
import SchemaModel
import Testing

@testable import Workspace

@Suite("Check runs end to end")
struct CheckRunTests {
  /// Three subjects: one breaking (a field added without default, BACKWARD), one compatible,
  /// one with an unparseable new schema.
  private func makeTree() throws -> TemporaryTree {
    let tree = try TemporaryTree()
    try tree.write("schemas/order/v1.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write("schemas/order.avsc", AvroSamples.order(AvroSamples.id, AvroSamples.total))
    try tree.write("schemas/refund/v1.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write(
      "schemas/refund.avsc", AvroSamples.order(AvroSamples.id, AvroSamples.totalWithDefault))
    try tree.write("schemas/broken.avsc", "{\"type\": \"record\", \"name\": \n")
    try tree.write(
      "schemacheck.yaml",
      """
      version: 1
      defaults:
        compatibility: BACKWARD
      subjects:
        - name: orders.order
          schema: schemas/order.avsc
          versions: schemas/order/v*.avsc
        - name: payments.refund
          schema: schemas/refund.avsc
          versions: schemas/refund/v*.avsc
          compatibility: FULL_TRANSITIVE

      """)
    return tree
  }

  @Test func breakingChangeFailsItsSubjectWithNamedFindings() async throws {
    let tree = try makeTree()
    defer { tree.remove() }
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let outcome = try await CheckRun(config: config).run()
    let report = outcome.report
    #expect(report.subjects.map(\.name) == ["orders.order", "payments.refund"])
    let order = try #require(report.subjects.first)
    #expect(order.compatible == false)
    #expect(order.mode == .backward)
    #expect(order.checkedAgainst == ["schemas/order/v1.avsc"])
    #expect(order.schemaPath == "schemas/order.avsc")
    let refund = report.subjects[1]
    #expect(refund.compatible == true)
    #expect(refund.mode == .fullTransitive)
    #expect(refund.checkedAgainst == ["schemas/refund/v1.avsc"])
    #expect(!report.findings.isEmpty)
    #expect(report.findings.allSatisfy { $0.subject == "orders.order" })
    let finding = try #require(report.findings.first)
    #expect(finding.diagnostic.ruleID == "READER_FIELD_MISSING_DEFAULT_VALUE")
    #expect(finding.diagnostic.location?.file == "schemas/order.avsc")
    #expect(outcome.exitStatus() == .findings)
    #expect(outcome.unparseableSchemas.isEmpty)
  }

  @Test func modeOverrideAndSubjectSelection() async throws {
    let tree = try makeTree()
    defer { tree.remove() }
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let forward = try await CheckRun(
      config: config, modeOverride: .confluent(.forward), subjectNames: ["orders.order"]
    ).run()
    // Adding a field is forward compatible: the old reader ignores it.
    #expect(forward.report.subjects.map(\.name) == ["orders.order"])
    #expect(forward.report.subjects.first?.compatible == true)
    #expect(forward.exitStatus() == .success)
    #expect(
      throws: WorkspaceError.unknownSubject("nope", known: ["orders.order", "payments.refund"])
    ) {
      try CheckRun(config: config, subjectNames: ["nope"])
    }
  }

  @Test func unparseableSchemaIsReportedAndMakesTheRunAToolFailure() async throws {
    let tree = try makeTree()
    defer { tree.remove() }
    let subject = Subject(
      name: "broken", schemaPath: "schemas/broken.avsc", file: tree.url("schemas/broken.avsc"))
    let outcome = try await CheckRun(subjects: [subject], baseDirectory: tree.root).run()
    #expect(outcome.unparseableSchemas == ["schemas/broken.avsc"])
    #expect(outcome.exitStatus() == .toolFailure)
    #expect(outcome.report.subjects.first?.compatible == false)
    #expect(outcome.report.findings.contains { $0.diagnostic.ruleID.rawValue.hasPrefix("PARSE_") })
    #expect(outcome.report.findings.allSatisfy { $0.subject == "broken" })
  }

  /// Issue 2: "a schema with an unknown type ... gives a clear message and exit 2".
  @Test func invalidSchemaElementIsAToolFailureWithItsFindings() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "a.avsc", AvroSamples.order(#"{"name": "total", "type": "long", "default": "zero"}"#))
    try tree.write("b.avsc", AvroSamples.order(#"{"name": "x", "type": "NoSuchType"}"#))
    let subjects = ["a.avsc", "b.avsc"].map {
      Subject(name: $0, schemaPath: $0, file: tree.url($0))
    }
    let outcome = try await CheckRun(subjects: subjects, baseDirectory: tree.root).run()
    #expect(
      outcome.report.findings.map(\.diagnostic.ruleID) == [
        "AVRO_INVALID_DEFAULT", "AVRO_UNKNOWN_TYPE",
      ])
    #expect(outcome.report.subjects.map(\.compatible) == [false, false])
    #expect(outcome.unparseableSchemas == ["a.avsc", "b.avsc"])
    #expect(outcome.exitStatus() == .toolFailure)
  }

  @Test func unknownJSONSchemaDraftIsAToolFailure() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("a.json", #"{"$schema": "https://example.com/my-draft"}"#)
    let subject = Subject(name: "a", schemaPath: "a.json", file: tree.url("a.json"))
    let outcome = try await CheckRun(subjects: [subject], baseDirectory: tree.root).run()
    #expect(outcome.report.findings.map(\.diagnostic.ruleID) == ["JSONSCHEMA_UNKNOWN_DRAFT"])
    #expect(
      outcome.report.findings.first?.diagnostic.message.contains("https://example.com/my-draft")
        == true)
    #expect(outcome.exitStatus() == .toolFailure)
  }

  @Test func missingSchemaFileIsAToolError() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let subject = Subject(name: "a", schemaPath: "a.avsc", file: tree.url("a.avsc"))
    await #expect(throws: WorkspaceError.fileNotFound(path: "a.avsc")) {
      try await CheckRun(subjects: [subject], baseDirectory: tree.root).run()
    }
  }

  @Test func discoverNamesSubjectsFromTheSchema() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("schemas/order.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write("schemas/listed.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write("schemas/order/v1.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: listed
          schema: schemas/listed.avsc
          versions: schemas/order/v*.avsc
      discover:
        - glob: "schemas/**/*.avsc"
          compatibility: NONE

      """)
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let subjects = try SubjectResolver.subjects(of: config)
    #expect(subjects.map(\.name) == ["com.acme.Order", "listed"])
    #expect(subjects.first?.schemaPath == "schemas/order.avsc")
    #expect(subjects.first?.compatibility == CompatibilityMode.none)

    // Two files with the same full name cannot both be subjects.
    try tree.write("schemas/copy.avsc", AvroSamples.order(AvroSamples.id, AvroSamples.note))
    let clash = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    #expect(
      throws: WorkspaceError.config(
        ConfigError(
          .duplicateDiscoveredSubject(
            "com.acme.Order", paths: ["schemas/copy.avsc", "schemas/order.avsc"]),
          file: tree.url("schemacheck.yaml").path, position: TextPosition(line: 7, column: 5)))
    ) {
      try SubjectResolver.subjects(of: clash)
    }
  }

  @Test func compatAgainstADirectoryWithoutConfig() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("old/schemas/order.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write("new/schemas/order.avsc", AvroSamples.order(AvroSamples.id, AvroSamples.total))
    let outcome = try await CompatRun.run(
      files: ["schemas/order.avsc"],
      against: .directory(tree.url("old"), displayPath: "../old"), mode: nil,
      currentDirectory: tree.url("new"))
    #expect(outcome.report.subjects.first?.compatible == false)
    #expect(outcome.report.subjects.first?.checkedAgainst == ["../old/schemas/order.avsc"])
    #expect(outcome.exitStatus() == .findings)
  }

  @Test func compatAgainstAGitRevision() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.git("init", "-q")
    try tree.write("order.avsc", AvroSamples.order(AvroSamples.id))
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "v1")
    try tree.write("order.avsc", AvroSamples.order(AvroSamples.id, AvroSamples.note))
    let outcome = try await CompatRun.run(
      files: ["order.avsc"], against: .revision("HEAD"), mode: .confluent(.fullTransitive),
      currentDirectory: tree.root)
    #expect(outcome.report.subjects.first?.compatible == true)
    #expect(outcome.report.subjects.first?.checkedAgainst == ["HEAD:order.avsc"])
  }

  @Test func unknownRevisionStopsTheRun() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.git("init", "-q")
    try tree.write("a.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write("b.avsc", AvroSamples.order(AvroSamples.id))
    try tree.git("add", "-A")
    try tree.git("commit", "-q", "-m", "v1")
    await #expect(throws: WorkspaceError.unknownRevision("v9")) {
      try await CompatRun.run(
        files: ["a.avsc", "b.avsc"], against: .revision("v9"), mode: nil,
        currentDirectory: tree.root)
    }
  }

  @Test func diffListsChangesAndInspectReturnsTheModel() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("a.avsc", AvroSamples.order(AvroSamples.id))
    try tree.write("b.avsc", AvroSamples.order(AvroSamples.id, AvroSamples.total))
    let outcome = try DiffRun.run(old: "a.avsc", new: "b.avsc", currentDirectory: tree.root)
    // The differ is still a placeholder on main; the run itself must not fail.
    #expect(outcome.unparseableSchemas.isEmpty)
    #expect(outcome.report.findings.isEmpty)
    let broken = try tree.write("c.avsc", "{")
    let failed = try DiffRun.run(old: "a.avsc", new: broken.path, currentDirectory: tree.root)
    #expect(failed.exitStatus() == .toolFailure)
    #expect(failed.report.changes.isEmpty)
    let document = try InspectRun.document(at: "b.avsc", currentDirectory: tree.root)
    #expect(document.root?.qualifiedName?.fullName == "com.acme.Order")
    #expect(document.path == "b.avsc")
  }
}

@Suite("Root selection by message")
struct RootSelectionTests {
  private let union = """
    [
      {"type": "record", "name": "A", "namespace": "x", "fields": []},
      {"type": "record", "name": "B", "namespace": "x", "fields": [{"name": "f", "type": "int"}]}
    ]
    """

  @Test func messagePicksAUnionBranch() {
    let document = SchemaParsing.parse(Array(union.utf8), path: "u.avsc")
    let selected = RootSelection.select("x.B", in: document)
    #expect(selected.root?.qualifiedName?.fullName == "x.B")
    #expect(!selected.hasErrors)
    #expect(RootSelection.select(nil, in: document) == document)
  }

  @Test func unknownMessageIsAnError() {
    let document = SchemaParsing.parse(Array(union.utf8), path: "u.avsc")
    let selected = RootSelection.select("x.C", in: document)
    #expect(selected.diagnostics.map(\.ruleID) == ["CONFIG_MESSAGE_NOT_FOUND"])
    #expect(
      selected.diagnostics.first?.message
        == "message 'x.C' is not a top-level type of u.avsc; it defines x.A, x.B")
  }
}

@Suite("Exit status")
struct ExitStatusTests {
  private func outcome(_ severities: [Severity], unusable: [String] = []) -> RunOutcome {
    let findings = severities.map {
      Finding(Diagnostic(ruleID: "X", severity: $0, message: "m"), subject: "s")
    }
    return RunOutcome(report: Report(findings: findings), unparseableSchemas: unusable)
  }

  @Test func statusFollowsTheFailingSeverity() {
    #expect(outcome([]).exitStatus() == .success)
    #expect(outcome([.warning]).exitStatus() == .success)
    #expect(outcome([.warning]).exitStatus(failOn: .warning) == .findings)
    #expect(outcome([.error]).exitStatus() == .findings)
    #expect(outcome([.error]).exitStatus(failOn: nil) == .success)
    #expect(outcome([], unusable: ["a.avsc"]).exitStatus(failOn: nil) == .toolFailure)
    #expect(WorkspaceError.unknownRevision("x").exitStatus.rawValue == 2)
  }
}

@Suite("Subject linking")
struct SubjectLinkingTests {
  /// `"Money"` used inside namespace `com.acme` means `com.acme.Money` or, failing that, a
  /// `Money` in the null namespace (as Java resolves it); the defining file must be linked in.
  @Test func referenceFallsBackToTheNullNamespaceAcrossFiles() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "money.avsc",
      #"{"type": "record", "name": "Money", "fields": [{"name": "cents", "type": "long"}]}"#)
    try tree.write(
      "order.avsc",
      #"{"type": "record", "name": "Order", "namespace": "com.acme", "fields": [{"name": "total", "type": "Money"}]}"#
    )
    let subjects = ["money.avsc", "order.avsc"].map {
      Subject(name: $0, schemaPath: $0, file: tree.url($0))
    }
    let outcome = try await CheckRun(
      subjects: subjects, baseDirectory: tree.root, modeOverride: .confluent(.none)
    ).run()
    #expect(outcome.report.findings.map(\.diagnostic.message) == [])
    #expect(outcome.exitStatus() == .success)
  }
}

@Suite("Earlier versions")
struct EarlierVersionParsingTests {
  /// Confluent validates defaults only when a schema is registered, not when it re-reads the
  /// stored versions it compares with.
  @Test func invalidDefaultInHistoryIsStillCompared() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "old/v1.avsc",
      #"{"type": "record", "name": "A", "fields": [{"name": "n", "type": "int", "default": "x"}]}"#
    )
    try tree.write(
      "a.avsc",
      #"{"type": "record", "name": "A", "fields": [{"name": "n", "type": "string"}]}"#)
    let subject = Subject(
      name: "a", schemaPath: "a.avsc", file: tree.url("a.avsc"), compatibility: .backward,
      versionsPattern: "old/*.avsc")
    let outcome = try await CheckRun(subjects: [subject], baseDirectory: tree.root).run()
    #expect(outcome.report.findings.map(\.diagnostic.ruleID) == ["TYPE_MISMATCH"])
    #expect(outcome.report.subjects.first?.checkedAgainst == ["old/v1.avsc"])
  }
}
