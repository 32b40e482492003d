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
    let described = reported.map(describe)
    var message = prefix + described[0]
    if described.count > 1 { message += " (and \(described.count - 1) more)" }
    return Finding(
      Diagnostic(
        ruleID: first.ruleID, severity: severity, message: message, location: location,
        notes: described.dropFirst().map { Diagnostic.Note(message: $0) }),
      subject: subject)
  }

  /// `/items/2/price: -1 is less than the minimum of 0` (`/` for the root), with the byte
  /// offset of a binary problem.
  static func describe(_ error: PayloadError) -> String {
    let pointer = error.instanceLocation.isEmpty ? "/" : error.instanceLocation
    let offset = error.byteOffset.map { " (byte \($0))" } ?? ""
    return "\(pointer)\(offset): \(error.message)"
  }
}

extension Report {
  /// Adds a file's payload results, their findings, and what could not be read.
  mutating func add(_ outcome: PayloadFileValidation.Outcome, subject: String? = nil) {
    for result in outcome.results {
      payloads.append(result)
      if let finding = PayloadFindings.finding(for: result, subject: subject) {
        findings.append(finding)
      }
    }
    findings += outcome.unreadable.map { Finding($0, subject: subject) }
  }
}
