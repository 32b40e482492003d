import SchemaModel
import Validation

/// Turns payload results into findings: one per payload that does not do what it should, and
/// one per payload whose only problems are warnings.
enum PayloadFindings {
  /// The payload's first error names the rule (`PAYLOAD_TYPE_MISMATCH`, `PAYLOAD_INVALID` for
  /// JSON Schema); the other errors are notes. A counterexample that validates is
  /// `COUNTEREXAMPLE_VALID`. Nil when the payload does what it should and has no warnings.
  static func finding(for result: PayloadResult, subject: String? = nil) -> Finding? {
    let location = SourceLocation(file: result.file, line: result.line, column: result.column)
    let problemLocation = result.problemPosition.map {
      SourceLocation(file: result.file, position: $0)
    }
    let prefix =
      result.record.map {
        "record \($0)" + (result.byteOffset.map { " at byte \($0)" } ?? "") + ": "
      } ?? ""
    if !result.meetsExpectation, result.expectation == .invalid {
      return Finding(
        Diagnostic(
          ruleID: "COUNTEREXAMPLE_VALID", severity: .error,
          message: prefix + "the counterexample matches the schema; it must not validate",
          location: location),
        subject: subject)
    }
    // A counterexample's errors are what it is for: not findings.
    guard result.expectation == .valid else { return nil }
    let severity: Severity = result.valid ? .warning : .error
    let reported = result.errors.filter { $0.severity == severity }
    guard let first = reported.first else { return nil }
    let described = reported.map { describe($0, format: result.format) }
    var message = prefix + described[0]
    if described.count > 1 { message += " (and \(described.count - 1) more)" }
    return Finding(
      Diagnostic(
        ruleID: first.ruleID, severity: severity, message: message,
        location: problemLocation ?? location,
        notes: described.dropFirst().map { Diagnostic.Note(message: $0) }),
      subject: subject)
  }

  /// `/items/2/price: -1 is less than the minimum of 0` (`/` for the root), with the byte
  /// offset of a binary problem, and the schema element for Avro and Protobuf
  /// (`/lines/0/quantity (com.acme.OrderLine.quantity): ...`); a JSON Schema keyword path is
  /// long and in the JSON report.
  static func describe(_ error: PayloadError, format: SchemaFormat) -> String {
    let pointer = error.instanceLocation.isEmpty ? "/" : error.instanceLocation
    var context: [String] = []
    if format != .jsonSchema, !error.schemaLocation.isEmpty { context.append(error.schemaLocation) }
    if let offset = error.byteOffset { context.append("byte \(offset)") }
    let suffix = context.isEmpty ? "" : " (\(context.joined(separator: ", ")))"
    return "\(pointer)\(suffix): \(error.message)"
  }
}

extension Report {
  /// Adds a file's payload results, their findings, what could not be read, and the records
  /// only counted, with the finding that says how many were left out.
  mutating func add(_ outcome: PayloadFileValidation.Outcome, subject: String? = nil) {
    for result in outcome.results {
      payloads.append(result)
      if let finding = PayloadFindings.finding(for: result, subject: subject) {
        findings.append(finding)
      }
    }
    findings += outcome.unreadable.map { Finding($0, subject: subject) }
    if var omitted = outcome.omitted {
      omitted.subject = subject
      omittedPayloads.append(omitted)
      if let finding = omitted.finding { findings.append(finding) }
    }
  }
}
