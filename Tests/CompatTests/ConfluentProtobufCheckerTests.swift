import Parsers
import SchemaModel
import Testing

@testable import Compat

private typealias P = ProtoTestImages

private let oneMessage = """
  syntax = "proto3";
  message Order {
    int32 id = 1;
  }
  """
private let twoMessages = """
  syntax = "proto3";
  message Order {
    int32 id = 1;
  }
  message Refund {
    int32 id = 1;
  }
  """

@Suite struct ConfluentProtobufCheckerTests {
  @Test func addedMessagePassesBackwardAndFailsForwardAndFull() throws {
    let old = P.version("v1", oneMessage)
    let new = P.version("v2", twoMessages)
    #expect(CompatibilityChecker.check(new: new, previous: [old], mode: .backward).isCompatible)
    let forward = CompatibilityChecker.check(new: new, previous: [old], mode: .forward)
    #expect(!forward.isCompatible)
    let finding = try #require(forward.findings.first)
    #expect(forward.findings.count == 1)
    #expect(finding.ruleID == "MESSAGE_REMOVED")
    #expect(finding.path == "#/Refund")
    #expect(finding.severity == .error)
    #expect(finding.message.contains("message 'Refund'"))
    #expect(finding.message.contains("version v1 cannot read data written with the new schema"))
    // FORWARD diffs new -> old: the message is in the new file, the old file has only its scope.
    #expect(finding.location == SourceLocation(file: "v2/schema.proto", line: 5, column: 1))
    #expect(finding.previousLocation == SourceLocation(file: "v1/schema.proto", line: 1, column: 1))
    let full = CompatibilityChecker.check(new: new, previous: [old], mode: .full)
    #expect(full.findings.map(\.ruleID) == ["MESSAGE_REMOVED"])
  }

  @Test func removedMessageFailsBackwardAndPassesForward() throws {
    let old = P.version("v1", twoMessages)
    let new = P.version("v2", oneMessage)
    #expect(CompatibilityChecker.check(new: new, previous: [old], mode: .forward).isCompatible)
    let backward = CompatibilityChecker.check(new: new, previous: [old], mode: .backward)
    let finding = try #require(backward.findings.first)
    #expect(finding.ruleID == "MESSAGE_REMOVED")
    #expect(finding.message.contains("the new schema cannot read data written with version v1"))
    #expect(finding.previousLocation == SourceLocation(file: "v1/schema.proto", line: 5, column: 1))
  }

  @Test func fieldAddedAndRemovedPassFull() {
    let old = P.version("v1", "syntax = \"proto3\"; message M { int32 a = 1; int32 b = 2; }")
    let new = P.version("v2", "syntax = \"proto3\"; message M { int32 a = 1; string c = 3; }")
    #expect(CompatibilityChecker.check(new: new, previous: [old], mode: .full).isCompatible)
  }

  @Test func requiredFieldAddedFailsBothWays() {
    let old = P.version("v1", "syntax = \"proto2\"; message M { optional int32 a = 1; }")
    let new = P.version(
      "v2", "syntax = \"proto2\"; message M { optional int32 a = 1; required int32 b = 2; }")
    let full = CompatibilityChecker.check(new: new, previous: [old], mode: .full)
    // Forward findings first, as Confluent's mutual-read strategy reports them.
    #expect(full.findings.map(\.ruleID) == ["REQUIRED_FIELD_REMOVED", "REQUIRED_FIELD_ADDED"])
  }

  @Test func typeChangeIsLocatedAtTheFieldInBothFiles() throws {
    let old = P.version("v1", "syntax = \"proto3\";\nmessage M {\n  int32 a = 1;\n}\n")
    let new = P.version("v2", "syntax = \"proto3\";\n\nmessage M {\n  string a = 1;\n}\n")
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .backward)
    let finding = try #require(result.findings.first)
    #expect(finding.ruleID == "FIELD_SCALAR_KIND_CHANGED")
    #expect(finding.path == "#/M/1")
    #expect(finding.location == SourceLocation(file: "v2/schema.proto", line: 4, column: 3))
    #expect(finding.previousLocation == SourceLocation(file: "v1/schema.proto", line: 3, column: 3))
    #expect(finding.message.contains("field 'M.a' (number 1) is int32 in version v1"))
  }

  @Test func removedOneofMemberPointsAtTheEnclosingMessageInTheNewFile() throws {
    let old = P.version(
      "v1",
      "syntax = \"proto3\";\nmessage M {\n  oneof o {\n    int32 a = 1;\n    int32 b = 2;\n  }\n}\n"
    )
    let new = P.version(
      "v2", "syntax = \"proto3\";\n\nmessage M {\n  oneof o {\n    int32 a = 1;\n  }\n}\n")
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .backward)
    let finding = try #require(result.findings.first)
    #expect(finding.ruleID == "ONEOF_FIELD_REMOVED")
    #expect(finding.location == SourceLocation(file: "v2/schema.proto", line: 3, column: 1))
    #expect(finding.previousLocation == SourceLocation(file: "v1/schema.proto", line: 5, column: 5))
  }

  @Test func transitiveChecksEveryVersionNewestFirst() {
    let v1 = P.version("v1", "syntax = \"proto3\"; message M { int32 a = 1; }")
    let v2 = P.version("v2", "syntax = \"proto3\"; message M { }")
    let new = P.version("v3", "syntax = \"proto3\"; message M { string a = 1; }")
    let latest = CompatibilityChecker.check(new: new, previous: [v1, v2], mode: .backward)
    #expect(latest.isCompatible)
    #expect(latest.checkedAgainst == ["v2"])
    let all = CompatibilityChecker.check(new: new, previous: [v1, v2], mode: .backwardTransitive)
    #expect(!all.isCompatible)
    #expect(all.checkedAgainst == ["v2", "v1"])
    #expect(all.findings.map(\.ruleID) == ["FIELD_SCALAR_KIND_CHANGED"])
    #expect(all.findings.allSatisfy { $0.message.contains("version v1") })
    let forwardAll = CompatibilityChecker.check(
      new: new, previous: [v1, v2], mode: .forwardTransitive)
    #expect(!forwardAll.isCompatible)
    let fullAll = CompatibilityChecker.check(new: new, previous: [v1, v2], mode: .fullTransitive)
    #expect(fullAll.checkedAgainst == ["v2", "v1"])
  }

  @Test func identicalSchemaIsAcceptedWithoutAnyCheck() {
    // The new schema is v1 again (laid out differently); v2 is incompatible with it, but
    // Confluent returns v1's id instead of checking.
    let v1 = P.version("v1", "syntax = \"proto3\"; message M { int32 a = 1; }")
    let v2 = P.version("v2", "syntax = \"proto3\"; message M { string a = 1; }")
    let new = P.version("v3", "syntax = \"proto3\";\n\nmessage M {\n  int32 a = 1;\n}\n")
    let result = CompatibilityChecker.check(new: new, previous: [v1, v2], mode: .fullTransitive)
    #expect(result.isCompatible)
    #expect(result.findings.isEmpty)
    #expect(result.checkedAgainst == ["v1"])
  }

  @Test func anOptionChangeIsNotIdenticalSoTheLatestIsChecked() {
    let v1 = P.version("v1", "syntax = \"proto3\"; message M { int32 a = 1; }")
    let v2 = P.version("v2", "syntax = \"proto3\"; message M { string a = 1; }")
    let new = P.version(
      "v3", "syntax = \"proto3\"; option java_package = \"x\"; message M { int32 a = 1; }")
    let result = CompatibilityChecker.check(new: new, previous: [v1, v2], mode: .backward)
    #expect(!result.isCompatible)
    #expect(result.checkedAgainst == ["v2"])
  }

  @Test func noneModeChecksNothing() {
    let result = CompatibilityChecker.check(
      new: P.version("v2", oneMessage), previous: [P.version("v1", twoMessages)], mode: .none)
    #expect(result.isCompatible)
  }

  @Test func aSchemaThatDoesNotLinkIsNotCompared() throws {
    let old = P.version("v1", oneMessage)
    let new = P.version("v2", "syntax = \"proto3\"; message M { Missing a = 1; }")
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .backward)
    #expect(!result.isCompatible)
    #expect(result.findings.map(\.ruleID) == [CompatRuleCatalog.schemaHasErrors])
    #expect(
      result.findings.first?.location
        == SourceLocation(file: "v2/schema.proto", line: 1, column: 1))
  }

  @Test func differListsEveryChangeWithTheDirectionsItBreaks() throws {
    let old = P.version("v1", "syntax = \"proto3\"; message M { int32 a = 1; int32 b = 2; }")
    let new = P.version(
      "v2", "syntax = \"proto3\"; message M { string a = 1; int32 c = 3; } message N {}")
    let changes = SchemaDiffer.diff(old: old, new: new)
    #expect(
      changes.map { "\($0.kind) \($0.path)" } == [
        "MESSAGE_ADDED #/N", "FIELD_SCALAR_KIND_CHANGED #/M/1", "FIELD_REMOVED #/M/2",
        "FIELD_ADDED #/M/3",
      ])
    #expect(changes.map(\.breaksBackward) == [false, true, false, false])
    #expect(changes.map(\.breaksForward) == [true, true, false, false])
    let added = try #require(changes.first)
    #expect(added.message == "message 'N' is in the new schema but not in the old schema")
  }

  @Test func everyIncompatibleTypeIsInTheRuleCatalog() {
    let ids = Set(CompatRuleCatalog.all.map(\.id))
    for type in ConfluentDifferenceType.allCases where !type.isCompatible {
      #expect(ids.contains(type.ruleID))
    }
  }
}
