import Foundation
import Parsers
import SchemaModel
import Validation

extension ValidateRun {
  /// Command-line options that replace what subjects configure, in `validate` without
  /// `--schema`.
  public struct FixtureOverrides: Sendable {
    public var avroEncoding: AvroPayloadEncoding?
    public var allowUnknownFields: Bool
    public var delimited: Bool
    public var framing: BinaryFraming?

    public init(
      avroEncoding: AvroPayloadEncoding?, allowUnknownFields: Bool, delimited: Bool,
      framing: BinaryFraming? = nil
    ) {
      self.framing = framing
      self.avroEncoding = avroEncoding
      self.allowUnknownFields = allowUnknownFields
      self.delimited = delimited
    }
  }
}

extension CheckRun {
  /// `validate` without `--schema`: each payload against the subject whose `examples:` (must
  /// validate) or `counterexamples:` (must not) match it; with no payloads, every subject's
  /// fixtures. Only the new schema is used: reading across versions belongs to `check`.
  public func validateFixtures(
    payloads: [String], currentDirectory: URL, overrides: ValidateRun.FixtureOverrides
  ) async throws(WorkspaceError) -> RunOutcome {
    var plan: [Int: [(path: String, shown: String, expectation: PayloadExpectation)]] = [:]
    var report = Report()
    var unreadable: [String] = []
    if payloads.isEmpty {
      for (index, subject) in subjects.enumerated() {
        for (patterns, expectation) in [
          (subject.examples, PayloadExpectation.valid), (subject.counterexamples, .invalid),
        ] {
          for pattern in patterns {
            for path in GlobExpander.files(matching: GlobPattern(pattern), under: baseDirectory) {
              plan[index, default: []].append((path, displayPrefix + path, expectation))
            }
          }
        }
      }
    } else {
      let base = baseDirectory.standardizedFileURL.path
      for payload in payloads {
        let full = PathText.url(payload, relativeTo: currentDirectory).standardizedFileURL.path
        let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : nil
        guard let relative, let match = fixtureSubject(of: relative) else {
          report.findings.append(
            Finding(
              Diagnostic(
                ruleID: "PAYLOAD_NO_SUBJECT", severity: .error,
                message: "no subject's examples or counterexamples match this file; "
                  + "name its schema with --schema, or add it to a subject's examples",
                location: SourceLocation(file: payload, line: 1, column: 1))))
          unreadable.append(payload)
          continue
        }
        plan[match.index, default: []].append((relative, payload, match.expectation))
      }
    }
    let schemas = try await readNewSchemas()
    let linked = SubjectLinker.link(schemas.map(\.document))
    for index in plan.keys.sorted() {
      let subject = subjects[index]
      var settings = payloadSettings(for: subject)
      if let encoding = overrides.avroEncoding { settings.avroEncoding = encoding }
      if overrides.allowUnknownFields { settings.options.allowUnknownFields = true }
      settings.delimited = overrides.delimited
      if let framing = overrides.framing { settings.framing = framing }
      let preparation = PayloadSchemaPreparation(settings: settings, compiler: JSONSchemaCompiler())
      let prepared: Result<any PayloadValidating, PreparationFailure>
      if ProtoSubjectFiles.isProto(subject.schemaPath) {
        prepared = protoValidator(
          preparation, subject: subject, bytes: schemas[index].bytes)
      } else {
        let document = RootSelection.select(subject.message, in: linked.documents[index])
        prepared =
          document.hasErrors
          ? .failure(PreparationFailure(diagnostics: document.diagnostics))
          : validator(
            preparation, document: document, types: linked.types(for: index),
            bytes: schemas[index].bytes, file: subject.file)
      }
      let validator: any PayloadValidating
      switch prepared {
      case .success(let ready): validator = ready
      case .failure(let failure):
        report.findings += failure.diagnostics.map { Finding($0, subject: subject.name) }
        unreadable.append(displayPrefix + subject.schemaPath)
        continue
      }
      for file in plan[index] ?? [] {
        let format = validator.format
        let outcome = try PayloadFileValidation(
          validator: validator, expectation: file.expectation,
          kind: { settings.fileKind($0, format: format) }
        ).run(PathText.url(file.path, relativeTo: baseDirectory), displayPath: file.shown)
        report.add(outcome, subject: subject.name)
        if outcome.isUnreadable { unreadable.append(file.shown) }
      }
    }
    return RunOutcome(report: report, unparseableSchemas: unreadable)
  }

  /// The first subject (by name) whose fixture globs match `path` (relative to the base).
  private func fixtureSubject(of path: String)
    -> (index: Int, expectation: PayloadExpectation)?
  {
    for (index, subject) in subjects.enumerated() {
      if subject.examples.contains(where: { GlobPattern($0).matches(path) }) {
        return (index, .valid)
      }
      if subject.counterexamples.contains(where: { GlobPattern($0).matches(path) }) {
        return (index, .invalid)
      }
    }
    return nil
  }

  /// A `.proto` subject's validator: its file linked with the imports of the roots.
  func protoValidator(
    _ preparation: PayloadSchemaPreparation, subject: Subject, bytes: [UInt8]
  ) -> Result<any PayloadValidating, PreparationFailure> {
    preparation.protobuf(
      newProtoImage(of: subject, bytes: bytes).0, displayPath: displayPrefix + subject.schemaPath,
      message: subject.message)
  }
}
