import SchemaModel
import Testing

@testable import Compat

private typealias A = Avro

/// Confluent's AvroCompatibilityTest example: v1 {f1}, v2 {f1, f2 default "foo"}.
private let v1 = A.version("v1", A.record("R", [A.field("f1", A.string)]))
private let v2 = A.version(
  "v2", A.record("R", [A.field("f1", A.string), A.field("f2", A.string, default: A.stringDefault)]))
/// new {f1, f2 without default}.
private let newWithoutDefault = A.version(
  "new", A.record("R", [A.field("f1", A.string), A.field("f2", A.string)]))

@Suite struct CompatibilityCheckerTests {
  @Test func confluentExampleBackwardChecksOnlyTheLatest() {
    let result = CompatibilityChecker.check(
      new: newWithoutDefault, previous: [v1, v2], mode: .backward)
    #expect(result.isCompatible)
    #expect(result.checkedAgainst == ["v2"])
  }

  @Test func confluentExampleBackwardTransitiveFailsAgainstV1() throws {
    let result = CompatibilityChecker.check(
      new: newWithoutDefault, previous: [v1, v2], mode: .backwardTransitive)
    #expect(!result.isCompatible)
    #expect(result.checkedAgainst == ["v2", "v1"])
    let finding = try #require(result.findings.first)
    #expect(result.findings.count == 1)
    #expect(finding.ruleID == "READER_FIELD_MISSING_DEFAULT_VALUE")
    #expect(finding.path == "/fields/1")
    #expect(finding.message.contains("version v1"))
    #expect(finding.severity == .error)
  }

  @Test func transitiveStopsAtTheFirstFailingVersionNewestFirst() {
    // v2 and v1 both fail for different reasons; only v2's (newest) errors come back.
    let old1 = A.version("v1", A.record("R", [A.field("a", A.boolean)]))
    let old2 = A.version("v2", A.record("R", [A.field("a", A.double)]))
    let old3 = A.version("v3", A.record("R", [A.field("a", A.int)]))
    let new = A.version("new", A.record("R", [A.field("a", A.long)]))
    let result = CompatibilityChecker.check(
      new: new, previous: [old1, old2, old3], mode: .backwardTransitive)
    #expect(!result.isCompatible)
    #expect(result.checkedAgainst == ["v3", "v2"])
    #expect(result.findings.map(\.message).allSatisfy { $0.contains("version v2") })
    #expect(result.findings.map(\.path) == ["/fields/0/type"])
  }

  @Test func forwardReadsNewWithOld() {
    // Adding a field without default is FORWARD compatible (old ignores it), BACKWARD not.
    let old = A.version("v1", A.record("R", [A.field("a", A.int)]))
    let new = A.version("new", A.record("R", [A.field("a", A.int), A.field("b", A.int)]))
    #expect(CompatibilityChecker.check(new: new, previous: [old], mode: .forward).isCompatible)
    #expect(!CompatibilityChecker.check(new: new, previous: [old], mode: .backward).isCompatible)
    let full = CompatibilityChecker.check(new: new, previous: [old], mode: .full)
    #expect(full.findings.map(\.ruleID) == ["READER_FIELD_MISSING_DEFAULT_VALUE"])
  }

  @Test func removingAFieldWithoutDefaultBreaksForward() throws {
    let old = A.version("v1", A.record("R", [A.field("a", A.int), A.field("b", A.int)]))
    let new = A.version("new", A.record("R", [A.field("a", A.int)]))
    #expect(CompatibilityChecker.check(new: new, previous: [old], mode: .backward).isCompatible)
    let forward = CompatibilityChecker.check(new: new, previous: [old], mode: .forward)
    let finding = try #require(forward.findings.first)
    #expect(finding.ruleID == "READER_FIELD_MISSING_DEFAULT_VALUE")
    #expect(finding.message.hasPrefix("field 'R.b' is missing from the new schema"))
  }

  @Test func fullReportsForwardFindingsBeforeBackward() {
    let old = A.version(
      "v1", A.record("R", [A.field("a", A.int), A.field("gone", A.int)]))
    let new = A.version(
      "new", A.record("R", [A.field("a", A.int), A.field("added", A.int)]))
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .full)
    #expect(result.findings.map(\.path) == ["/fields/1", "/fields/1"])
    #expect(result.findings.map { $0.message.contains("'R.gone'") } == [true, false])
  }

  @Test func fullTransitiveChecksBothDirectionsAgainstEveryVersion() {
    let old1 = A.version("v1", A.record("R", [A.field("a", A.int)]))
    let old2 = A.version(
      "v2", A.record("R", [A.field("a", A.int), A.field("b", A.int, default: A.intDefault(0))]))
    let new = A.version(
      "new", A.record("R", [A.field("a", A.int), A.field("b", A.int, default: A.intDefault(1))]))
    let result = CompatibilityChecker.check(
      new: new, previous: [old1, old2], mode: .fullTransitive)
    #expect(result.isCompatible)
    #expect(result.checkedAgainst == ["v2", "v1"])
  }

  @Test func forwardTransitiveFailsOnAnOlderVersion() {
    let old1 = A.version("v1", A.enumeration("E", ["A"]))
    let old2 = A.version("v2", A.enumeration("E", ["A", "B"], default: "A"))
    let new = A.version("new", A.enumeration("E", ["A", "B", "C"], default: "A"))
    #expect(
      CompatibilityChecker.check(new: new, previous: [old1, old2], mode: .forward).isCompatible)
    let result = CompatibilityChecker.check(
      new: new, previous: [old1, old2], mode: .forwardTransitive)
    #expect(result.checkedAgainst == ["v2", "v1"])
    #expect(result.findings.map(\.ruleID) == ["MISSING_ENUM_SYMBOLS"])
  }

  @Test func noneChecksNothing() {
    let old = A.version("v1", A.int)
    let new = A.version("new", A.string)
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .none)
    #expect(result.isCompatible)
    #expect(result.checkedAgainst.isEmpty)
    #expect(result.findings.isEmpty)
  }

  @Test(arguments: CompatibilityMode.allCases)
  func noPreviousVersionIsCompatible(mode: CompatibilityMode) {
    let result = CompatibilityChecker.check(new: A.version("new", A.int), previous: [], mode: mode)
    #expect(result.isCompatible)
    #expect(result.checkedAgainst.isEmpty)
  }

  @Test func differentFormatsAreIncompatible() {
    let old = SchemaVersion(
      label: "v1", document: SchemaDocument(format: .jsonSchema, path: "v1.json"))
    let result = CompatibilityChecker.check(
      new: A.version("new", A.int), previous: [old], mode: .backward)
    #expect(!result.isCompatible)
    #expect(result.findings.map(\.ruleID) == ["COMPAT_DIFFERENT_SCHEMA_TYPE"])
    #expect(
      result.findings.first?.message.hasPrefix("Incompatible because of different schema type")
        == true)
  }

  @Test func otherFormatsAreNotJudgedYetAndSaySo() {
    let old = SchemaVersion(
      label: "v1", document: SchemaDocument(format: .protobuf, path: "v1.proto"))
    let new = SchemaVersion(
      label: "new", document: SchemaDocument(format: .protobuf, path: "new.proto"))
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .backward)
    #expect(result.isCompatible)
    #expect(result.findings.map(\.ruleID) == ["COMPAT_FORMAT_NOT_SUPPORTED"])
    #expect(result.findings.map(\.severity) == [.warning])
  }

  @Test func documentsWithErrorsAreNotCompared() {
    var broken = A.version("new", A.int)
    broken.document.diagnostics = [
      Diagnostic(ruleID: "PARSE_UNEXPECTED_TOKEN", severity: .error, message: "bad")
    ]
    let result = CompatibilityChecker.check(
      new: broken, previous: [A.version("v1", A.int)], mode: .backward)
    #expect(!result.isCompatible)
    #expect(result.findings.map(\.ruleID) == ["COMPAT_SCHEMA_HAS_ERRORS"])
  }

  @Test func typeChangeMessageNamesFieldDirectionVersionAndJavaMessage() throws {
    let old = A.version("v2", A.record("OrderPlaced", [A.field("total", A.long)]))
    let new = A.version("new", A.record("OrderPlaced", [A.field("total", A.string)]))
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .backward)
    let finding = try #require(result.findings.first)
    #expect(finding.ruleID == "TYPE_MISMATCH")
    #expect(
      finding.message
        == "field 'OrderPlaced.total' changed type: the new schema (reader) cannot read long "
        + "written by version v2 (reader type: STRING not compatible with writer type: LONG); "
        + "keep the old type or one it promotes to (int->long->float->double, string<->bytes)")
    #expect(finding.path == "/fields/0/type")
  }

  @Test func findingsPointIntoTheNewFile() throws {
    let newLocation = SourceLocation(file: "new.avsc", line: 3, column: 7)
    let oldLocation = SourceLocation(file: "old.avsc", line: 4, column: 9)
    var newType = A.string
    newType.location = newLocation
    var oldType = A.long
    oldType.location = oldLocation
    let old = A.version("v1", A.record("R", [A.field("a", oldType)]))
    let new = A.version("new", A.record("R", [A.field("a", newType)]))
    for mode in [CompatibilityMode.backward, .forward] {
      let finding = try #require(
        CompatibilityChecker.check(new: new, previous: [old], mode: mode).findings.first)
      #expect(finding.location == newLocation)
      #expect(finding.previousLocation == oldLocation)
    }
  }
}
