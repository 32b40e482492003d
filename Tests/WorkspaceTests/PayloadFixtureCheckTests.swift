import Compat
import Foundation
import SchemaModel
import Testing
import Validation

@testable import Workspace

/// A stand-in schema: an object payload is valid when it has every `required` key and no key
/// outside `allowed`. Enough to test which payloads are read against which version.
private struct KeySetValidator: PayloadValidating {
  var required: Set<String>
  var allowed: Set<String>

  var format: SchemaFormat { .jsonSchema }

  func validate(_ instance: JSONValue) -> [PayloadError] {
    guard case .object(let members) = instance.kind else {
      return [error("/", "not an object")]
    }
    let keys = Set(members.map(\.key))
    return required.subtracting(keys).sorted().map { error("/", "missing '\($0)'") }
      + keys.subtracting(allowed).sorted().map { error("/\($0)", "unknown '\($0)'") }
  }

  private func error(_ pointer: String, _ message: String) -> PayloadError {
    PayloadError(
      ruleID: "PAYLOAD_TEST", instanceLocation: pointer == "/" ? "" : pointer,
      schemaLocation: "", message: message)
  }
}

@Suite("Payload fixtures across versions")
struct PayloadFixtureCheckTests {
  func check(
    _ tree: TemporaryTree, examples: [String] = ["ok/*"], counterexamples: [String] = []
  ) -> PayloadFixtureCheck {
    PayloadFixtureCheck(
      subject: Subject(
        name: "s", schemaPath: "s.json", file: tree.url("s.json"), examples: examples,
        counterexamples: counterexamples),
      baseDirectory: tree.root, displayPrefix: "",
      settings: PayloadSettings(
        jsonSchema: JSONSchemaRunSettings(
          defaultDraft: nil, assertFormat: false,
          loader: JSONSchemaFileLoader(root: tree.root, refs: [], relativeTo: tree.root))))
  }

  @Test func backwardReadsOnlyTheExamplesAnEarlierVersionAccepts() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    // v1 wrote {a}; the new schema requires b: v1's data is unreadable by it.
    try tree.write("ok/v1.json", #"{"a": 1}"#)
    try tree.write("ok/new.json", #"{"a": 1, "b": 2}"#)
    let new = KeySetValidator(required: ["a", "b"], allowed: ["a", "b"])
    let v1 = KeySetValidator(required: ["a"], allowed: ["a"])
    let outcome = try check(tree).run(
      new: new,
      earlier: [.init(label: "v1", validator: v1, backward: true, forward: false)])
    // Files in name order: ok/new.json, then ok/v1.json.
    #expect(outcome.payloads.map(\.valid) == [true, false])
    // ok/v1.json fails against the new schema, and as v1's data; ok/new.json is not v1's data.
    #expect(
      outcome.findings.map(\.ruleID) == ["PAYLOAD_TEST", "PAYLOAD_BACKWARD_UNREADABLE"])
    #expect(outcome.findings.last?.location?.file == "ok/v1.json")
    #expect(outcome.findings.last?.message.contains("written with v1") == true)
  }

  @Test func forwardReadsEveryValidExampleWithTheEarlierVersion() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("ok/new.json", #"{"a": 1, "c": 3}"#)
    let new = KeySetValidator(required: ["a"], allowed: ["a", "c"])
    let v1 = KeySetValidator(required: ["a"], allowed: ["a"])
    let outcome = try check(tree).run(
      new: new,
      earlier: [.init(label: "v1", validator: v1, backward: false, forward: true)])
    #expect(outcome.payloads.map(\.valid) == [true])
    #expect(outcome.findings.map(\.ruleID) == ["PAYLOAD_FORWARD_UNREADABLE"])
    #expect(outcome.findings.first?.message.contains("/c") == true)
  }

  @Test func counterexamplesAreNotReadAcrossVersions() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("bad/x.json", #"{"z": 1}"#)
    let new = KeySetValidator(required: ["a"], allowed: ["a"])
    let outcome = try check(tree, examples: [], counterexamples: ["bad/*"]).run(
      new: new,
      earlier: [.init(label: "v1", validator: new, backward: true, forward: true)])
    #expect(outcome.payloads.map(\.meetsExpectation) == [true])
    #expect(outcome.findings.isEmpty)
  }

  @Test func aGlobThatMatchesNothingIsAWarning() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let outcome = try check(tree, counterexamples: ["bad/*"]).run(
      new: KeySetValidator(required: [], allowed: []), earlier: [])
    #expect(
      outcome.findings.map(\.ruleID) == ["PAYLOAD_FIXTURE_MISSING", "PAYLOAD_FIXTURE_MISSING"])
    #expect(outcome.findings.allSatisfy { $0.severity == .warning })
  }
}
