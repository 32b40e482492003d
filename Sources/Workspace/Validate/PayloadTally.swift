import SchemaModel
import Validation

/// A file's outcome while it is read: what is kept one by one and what is only counted.
struct PayloadTally {
  private(set) var outcome = PayloadFileValidation.Outcome()
  private var omitted: OmittedPayloads
  private let limit: Int
  private var records = 0
  private var keptWithFindings = 0

  init(file: String, limit: Int) {
    self.limit = max(1, limit)
    omitted = OmittedPayloads(file: file, listed: self.limit)
  }

  /// Whether the next record with a finding is kept; counts it as kept when it is.
  private mutating func keepsFinding() -> Bool {
    guard keptWithFindings < limit else { return false }
    keptWithFindings += 1
    return true
  }

  mutating func add(_ result: PayloadResult) {
    records += 1
    // A counterexample's errors are what it is for; a valid payload's warnings are findings.
    let hasFinding =
      !result.meetsExpectation || (result.expectation == .valid && !result.errors.isEmpty)
    if hasFinding ? keepsFinding() : records <= limit {
      outcome.results.append(result)
      return
    }
    if !result.meetsExpectation {
      omitted.failed += 1
    } else if hasFinding {
      omitted.withWarnings += 1
    } else {
      omitted.passed += 1
    }
    if hasFinding, omitted.firstLine == nil { omitted.firstLine = result.line }
    outcome.omitted = omitted
  }

  mutating func add(unreadable diagnostic: Diagnostic, isLine: Bool) {
    guard isLine, !keepsFinding() else {
      outcome.unreadable.append(diagnostic)
      return
    }
    omitted.unreadableLines += 1
    if omitted.firstLine == nil { omitted.firstLine = diagnostic.location?.line }
    outcome.omitted = omitted
  }

  mutating func add(
    container source: ContainerSource, displayPath: String, validator: any PayloadValidating,
    expectation: PayloadExpectation
  ) {
    let location = SourceLocation(file: displayPath, line: 1, column: 1)
    var number = 0
    let ending = validator.validate(container: source) { errors in
      number += 1
      add(
        PayloadResult(
          file: displayPath, line: 1, record: number, format: validator.format,
          expectation: expectation, errors: errors))
    }
    switch ending {
    case nil:
      outcome.unreadable.append(
        Diagnostic(
          ruleID: "PAYLOAD_CONTAINER_UNSUPPORTED", severity: .error,
          message: "Avro object container files (.avro) hold Avro data; the schema is "
            + validator.format.rawValue,
          location: location))
    case .unreadable(let message, let offset)?:
      outcome.unreadable.append(
        Diagnostic(
          ruleID: "PAYLOAD_CONTAINER_BROKEN", severity: .error,
          message: offset.map { "at byte \($0): \(message)" } ?? message, location: location))
    case .complete?:
      break
    }
  }
}
