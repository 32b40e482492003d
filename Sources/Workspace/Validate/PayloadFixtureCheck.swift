import Foundation
import Parsers
import SchemaModel
import Validation

/// A subject's `examples:` (must validate) and `counterexamples:` (must not), run inside `check`
/// with the same readers and validators as `validate`. Examples are also read across the
/// versions the subject's mode covers, so that data already in flight stays readable:
/// - BACKWARD: an example that an earlier version accepts (data that version could have
///   written) must be readable by the new schema;
/// - FORWARD: every example (data the new schema writes) must be readable by the earlier one.
/// Reading is Avro's schema resolution of the datum, and validation for the other formats.
struct PayloadFixtureCheck {
  var subject: Subject
  var baseDirectory: URL
  var displayPrefix: String
  var settings: PayloadSettings
  /// Records of a file kept one by one (see `PayloadFileValidation`).
  var detailLimit = PayloadFileValidation.defaultDetailLimit

  /// An earlier version's validator and which way data crosses between it and the new one.
  struct EarlierVersion: Sendable {
    var label: String
    var validator: any PayloadValidating
    var backward: Bool
    var forward: Bool
  }

  struct Outcome: Sendable {
    var payloads: [PayloadResult] = []
    /// Per file, the records counted but not kept in `payloads`.
    var omitted: [OmittedPayloads] = []
    var findings: [Diagnostic] = []
    var unreadable = false
  }

  var hasFixtures: Bool {
    !subject.examples.isEmpty || !subject.counterexamples.isEmpty
      || !subject.inlineExamples.isEmpty
  }

  func run(new validator: any PayloadValidating, earlier: [EarlierVersion])
    throws(WorkspaceError) -> Outcome
  {
    var outcome = Outcome()
    let fixtures =
      subject.examples.map { ($0, PayloadExpectation.valid) }
      + subject.counterexamples.map { ($0, PayloadExpectation.invalid) }
    let schemaPath = displayPrefix + subject.schemaPath
    let format = validator.format
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
        let file = PathText.url(path, relativeTo: baseDirectory)
        let validation = PayloadFileValidation(
          validator: validator, expectation: expectation,
          kind: { [settings] in settings.fileKind($0, format: format) }, detailLimit: detailLimit)
        var acrossVersions: [Diagnostic] = []
        // Counted past the limit, like the records.
        var acrossVersionsOmitted = (count: 0, firstLine: Int?.none)
        var result = try validation.run(file, displayPath: shown) { input, value, result in
          // Counterexamples are only about the new schema.
          guard expectation == .valid, !earlier.isEmpty else { return }
          let found = readAcrossVersions(
            input, value: value, newIsValid: result.valid, displayPath: shown, new: validator,
            earlier: earlier)
          let room = max(0, detailLimit - acrossVersions.count)
          acrossVersions += found.prefix(room)
          if found.count > room {
            acrossVersionsOmitted.count += found.count - room
            acrossVersionsOmitted.firstLine = acrossVersionsOmitted.firstLine ?? result.line
          }
        }
        if acrossVersionsOmitted.count > 0 {
          var omitted = result.omitted ?? OmittedPayloads(file: shown, listed: detailLimit)
          omitted.acrossVersions = acrossVersionsOmitted.count
          omitted.firstLine = min(
            omitted.firstLine ?? .max, acrossVersionsOmitted.firstLine ?? .max)
          result.omitted = omitted
        }
        var report = Report()
        report.add(result)
        outcome.payloads += report.payloads
        outcome.omitted += report.omittedPayloads
        outcome.findings += report.findings.map(\.diagnostic) + acrossVersions
        if result.isUnreadable { outcome.unreadable = true }
      }
    }
    for example in subject.inlineExamples {
      let shown = displayPrefix + example.file
      let errors = validator.validate(example.value)
      var result = PayloadResult(
        file: shown, line: Int(example.value.position.line),
        column: Int(example.value.position.column), format: format, expectation: .valid,
        errors: errors)
      if let first = errors.first(where: \.isError) ?? errors.first {
        result.problemPosition = PayloadPointerPosition.position(
          of: first.instanceLocation, in: example.value)
      }
      var report = Report()
      report.add(PayloadFileValidation.Outcome(results: [result]))
      outcome.payloads += report.payloads
      outcome.findings += report.findings.map(\.diagnostic)
      if let headers = example.headers, let schema = example.headersSchema {
        outcome.add(
          headers: headers, schema: schema, shown: shown,
          document: PathText.url(example.file, relativeTo: baseDirectory), settings: settings)
      }
      if !earlier.isEmpty {
        outcome.findings += readAcrossVersions(
          .json(example.value), value: example.value, newIsValid: result.valid,
          displayPath: shown, new: validator, earlier: earlier)
      }
    }
    return outcome
  }

  /// One example read across versions (see the type's comment): findings where an earlier
  /// version's data is unreadable by the new schema, or the new data by an earlier version.
  private func readAcrossVersions(
    _ input: PayloadInput, value: JSONValue?, newIsValid: Bool, displayPath: String,
    new: any PayloadValidating, earlier: [EarlierVersion]
  ) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    /// The finding for `errors`, at the first error's value when the payload is text.
    func finding(_ rule: RuleID, _ lead: String, _ errors: [PayloadError]) {
      let reported = errors.filter(\.isError)
      guard let first = reported.first else { return }
      let described = reported.map { PayloadFindings.describe($0, format: new.format) }
      let position =
        value.map { PayloadPointerPosition.position(of: first.instanceLocation, in: $0) }
        ?? TextPosition(line: 1, column: 1)
      var message = lead + described[0]
      if described.count > 1 { message += " (and \(described.count - 1) more)" }
      findings.append(
        Diagnostic(
          ruleID: rule, severity: .error, message: message,
          location: SourceLocation(file: displayPath, position: position),
          notes: described.dropFirst().map { Diagnostic.Note(message: $0) }))
    }
    for version in earlier {
      if version.backward, !version.validator.validate(input).hasErrors {
        finding(
          "PAYLOAD_BACKWARD_UNREADABLE",
          "the new schema cannot read this example as data written with \(version.label): ",
          version.validator.resolve(input, readBy: new) ?? new.validate(input))
      }
      if version.forward, newIsValid {
        finding(
          "PAYLOAD_FORWARD_UNREADABLE",
          "\(version.label) cannot read this example written with the new schema: ",
          new.resolve(input, readBy: version.validator) ?? version.validator.validate(input))
      }
    }
    return findings
  }
}

extension PayloadFixtureCheck.Outcome {
  /// An AsyncAPI example's headers against its message's `headers` schema (JSON Schema).
  mutating func add(
    headers: JSONValue, schema: [UInt8], shown: String, document: URL, settings: PayloadSettings
  ) {
    let preparation = PayloadSchemaPreparation(settings: settings, compiler: JSONSchemaCompiler())
    let validator: any PayloadValidating
    switch preparation.jsonSchema(schema, path: shown + "#headers", file: document) {
    case .success(let ready): validator = ready
    case .failure(let failure):
      findings += failure.diagnostics
      return
    }
    let errors = validator.validate(headers)
    var result = PayloadResult(
      file: shown, line: Int(headers.position.line), column: Int(headers.position.column),
      format: .jsonSchema, expectation: .valid, errors: errors)
    if let first = errors.first(where: \.isError) ?? errors.first {
      result.problemPosition = PayloadPointerPosition.position(
        of: first.instanceLocation, in: headers)
    }
    var report = Report()
    report.add(PayloadFileValidation.Outcome(results: [result]))
    payloads += report.payloads
    findings += report.findings.map(\.diagnostic)
  }
}
