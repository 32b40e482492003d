import Foundation
import Parsers
import SchemaModel

/// A JSON Schema subject's `examples:` (must validate) and `counterexamples:` (must not), run
/// inside `check` with the same reader and validator as `validate`.
struct PayloadFixtureCheck {
  var subject: Subject
  var baseDirectory: URL
  var displayPrefix: String
  var settings: JSONSchemaRunSettings

  struct Outcome: Sendable {
    var payloads: [PayloadResult] = []
    var findings: [Diagnostic] = []
    var unreadable = false
  }

  func run(schemaBytes: [UInt8]) throws(WorkspaceError) -> Outcome {
    var outcome = Outcome()
    let fixtures =
      subject.examples.map { ($0, PayloadExpectation.valid) }
      + subject.counterexamples.map { ($0, PayloadExpectation.invalid) }
    guard !fixtures.isEmpty else { return outcome }
    let schemaPath = displayPrefix + subject.schemaPath
    let schema = JSONSchemaFile.parse(
      schemaBytes, path: schemaPath, defaultDraft: settings.defaultDraft)
    let validator: any PayloadValidating
    switch JSONSchemaCompiler().compile(schema, file: subject.file, settings: settings) {
    case .success(let compiled): validator = compiled
    case .failure(let failure):
      outcome.findings.append(failure.diagnostic)
      outcome.unreadable = true
      return outcome
    }
    for (pattern, expectation) in fixtures {
      let paths = GlobExpander.files(matching: GlobPattern(pattern), under: baseDirectory)
      if paths.isEmpty {
        outcome.findings.append(
          Diagnostic(
            ruleID: "PAYLOAD_FIXTURE_MISSING", severity: .warning,
            message: "no file matches '\(pattern)' of subject '\(subject.name)'",
            location: SourceLocation(file: schemaPath, line: 1, column: 1)))
      }
      for path in paths {
        let shown = displayPrefix + path
        try PayloadReader.read(PathText.url(path, relativeTo: baseDirectory), displayPath: shown) {
          batch in
          for item in batch {
            switch item {
            case .payload(let payload):
              let result = PayloadResult(
                file: shown, line: payload.line, column: payload.column,
                expectation: expectation, errors: validator.validate(payload.value))
              outcome.payloads.append(result)
              if let finding = ValidateRun.finding(for: result) {
                outcome.findings.append(finding.diagnostic)
              }
            case .unreadable(let diagnostic):
              outcome.findings.append(diagnostic)
              outcome.unreadable = true
            }
          }
        }
      }
    }
    return outcome
  }
}
