import Foundation
import SchemaModel

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// JUnit XML for GitLab and Jenkins (`--format junit`): a test suite per check kind
/// (compatibility, payloads, other findings), a test case per subject or payload, passing ones
/// included so merge request widgets can count them. GitLab drops test cases whose classname
/// and name repeat, so both are made unique.
public struct JUnitReporter: Sendable {
  public init() {}

  /// One test case before it becomes XML.
  struct TestCase {
    var classname: String
    var name: String
    /// Nil when the case passed.
    var failure: Failure?
    /// Findings that did not fail the case (warnings, notes), as lines.
    var output: [String] = []
  }

  struct Failure {
    var message: String
    var type: String
    var lines: [String]
  }

  public func render(_ report: Report) -> String {
    let suites: [(name: String, cases: [TestCase])] = [
      ("compatibility", compatibilityCases(report)),
      ("payloads", payloadCases(report)),
      ("findings", otherFindingCases(report)),
    ].filter { !$0.cases.isEmpty }
    var seen: Set<String> = []
    let elements = suites.map { suite in
      let element = XMLText.element(
        "testsuite",
        [
          ("name", "schemacheck.\(suite.name)"), ("tests", String(suite.cases.count)),
          ("failures", String(suite.cases.count { $0.failure != nil })), ("errors", "0"),
        ])
      for testCase in suite.cases {
        element.addChild(Self.element(for: testCase, unique: &seen))
      }
      return element
    }
    let cases = suites.flatMap(\.cases)
    let root = XMLText.element(
      "testsuites",
      [
        ("name", "schemacheck"), ("tests", String(cases.count)),
        ("failures", String(cases.count { $0.failure != nil })), ("errors", "0"),
      ])
    elements.forEach(root.addChild)
    return XMLText.document(root)
  }

  /// One case per subject: it fails when the subject is incompatible or has errors.
  func compatibilityCases(_ report: Report) -> [TestCase] {
    let payloadDiagnostics = Self.payloadDiagnostics(report)
    var bySubject: [String: [Finding]] = [:]
    for finding in report.sortedFindings where !payloadDiagnostics.contains(finding.diagnostic) {
      if let subject = finding.subject { bySubject[subject, default: []].append(finding) }
    }
    return report.subjects.map { subject in
      let findings = bySubject[subject.name] ?? []
      var testCase = TestCase(
        classname: "schemacheck.compatibility.\(subject.format.rawValue)", name: subject.name)
      let errors = findings.filter { $0.diagnostic.severity == .error }
      if !subject.compatible || !errors.isEmpty {
        let against = subject.checkedAgainst.joined(separator: ", ")
        testCase.failure = Self.failure(
          errors: errors,
          fallback: "incompatible with \(against.isEmpty ? "earlier versions" : against)",
          lines: findings.map(Self.line))
      } else {
        testCase.output = findings.map(Self.line)
      }
      return testCase
    }
  }

  /// One case per payload (a file, a line of a JSON Lines file, a record of a binary file).
  func payloadCases(_ report: Report) -> [TestCase] {
    report.payloads.map { payload in
      var name = "\(payload.file):\(payload.line)"
      if let record = payload.record { name += " record \(record)" }
      var testCase = TestCase(
        classname: "schemacheck.payloads.\(payload.format.rawValue)", name: name)
      let described = payload.errors.map {
        "\($0.severity.rawValue): [\($0.ruleID.rawValue)] "
          + PayloadFindings.describe($0, format: payload.format)
      }
      guard !payload.meetsExpectation else {
        // A counterexample's errors are what it is for; a valid payload's warnings are output.
        if payload.expectation == .valid { testCase.output = described }
        return testCase
      }
      if payload.expectation == .invalid {
        testCase.failure = Failure(
          message: "the counterexample matches the schema; it must not validate",
          type: "COUNTEREXAMPLE_VALID", lines: [])
      } else {
        let first = payload.errors.first { $0.severity == .error }
        testCase.failure = Failure(
          message: first.map { PayloadFindings.describe($0, format: payload.format) }
            ?? "the payload does not match the schema",
          type: first?.ruleID.rawValue ?? "PAYLOAD_INVALID", lines: described)
      }
      return testCase
    }
  }

  /// Findings that belong to no reported subject (the config file, a schema that could not be
  /// read in `validate`): one case per file, failing when the file has errors.
  func otherFindingCases(_ report: Report) -> [TestCase] {
    let subjects = Set(report.subjects.map(\.name))
    let payloadDiagnostics = Self.payloadDiagnostics(report)
    var order: [String] = []
    var byFile: [String: [Finding]] = [:]
    for finding in report.sortedFindings
    where !payloadDiagnostics.contains(finding.diagnostic)
      && finding.subject.map(subjects.contains) != true
    {
      let file = finding.diagnostic.location?.file ?? "(run)"
      if byFile[file] == nil { order.append(file) }
      byFile[file, default: []].append(finding)
    }
    return order.map { file in
      let findings = byFile[file] ?? []
      var testCase = TestCase(classname: "schemacheck.findings", name: file)
      let errors = findings.filter { $0.diagnostic.severity == .error }
      if errors.isEmpty {
        testCase.output = findings.map(Self.line)
      } else {
        testCase.failure = Self.failure(
          errors: errors, fallback: "", lines: findings.map(Self.line))
      }
      return testCase
    }
  }

  /// The payload findings, which the payload cases report instead.
  static func payloadDiagnostics(_ report: Report) -> Set<Diagnostic> {
    Set(report.payloads.compactMap { PayloadFindings.finding(for: $0)?.diagnostic })
  }

  /// The message names the first error and how many more there are; the type is its rule.
  static func failure(errors: [Finding], fallback: String, lines: [String]) -> Failure {
    guard let first = errors.first?.diagnostic else {
      return Failure(message: fallback, type: "INCOMPATIBLE", lines: lines)
    }
    var message = "[\(first.ruleID.rawValue)] \(first.message)"
    if errors.count > 1 { message += " (and \(errors.count - 1) more)" }
    return Failure(message: message, type: first.ruleID.rawValue, lines: lines)
  }

  /// `file:line:col: severity: [RULE] message`, as the text report writes it.
  static func line(_ finding: Finding) -> String {
    TextReporter().line(for: finding.diagnostic)
  }

  /// Repeated classname and name pairs get a ` (2)`, ` (3)` suffix.
  static func element(for testCase: TestCase, unique seen: inout Set<String>) -> XMLElement {
    var name = testCase.name
    var counter = 1
    while !seen.insert(testCase.classname + "\u{0}" + name).inserted {
      counter += 1
      name = "\(testCase.name) (\(counter))"
    }
    let element = XMLText.element("testcase", [("classname", testCase.classname), ("name", name)])
    if let failure = testCase.failure {
      element.addChild(
        XMLText.element(
          "failure", [("message", failure.message), ("type", failure.type)],
          text: failure.lines.isEmpty ? nil : failure.lines.joined(separator: "\n")))
    }
    if !testCase.output.isEmpty {
      element.addChild(
        XMLText.element("system-out", text: testCase.output.joined(separator: "\n")))
    }
    return element
  }
}
