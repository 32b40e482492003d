import Foundation
import SchemaModel
import Validation

/// Every payload of one file against one validator: JSON, YAML and JSON Lines payloads, binary
/// payloads and the records of Avro container files, in file order.
struct PayloadFileValidation {
  var validator: any PayloadValidating
  var expectation: PayloadExpectation = .valid
  /// How a file is read: by its name, or as the options say (`--avro-encoding binary`,
  /// `--delimited`).
  var kind: (String) -> PayloadFileKind = { PayloadFileKind.of($0) }

  struct Outcome: Sendable {
    var results: [PayloadResult] = []
    /// Files or parts of files that could not be read (syntax errors, broken containers).
    var unreadable: [Diagnostic] = []
  }

  /// Validates every payload of `file`; `visit` sees each single payload (not the records of a
  /// container) with its result, in file order, so that a caller can read it further without
  /// reading the file again.
  func run(
    _ file: URL, displayPath: String,
    visit: ((PayloadInput, JSONValue?, PayloadResult) -> Void)? = nil
  ) throws(WorkspaceError) -> Outcome {
    var outcome = Outcome()
    let format = validator.format
    let expectation = expectation
    try PayloadReader.read(file, displayPath: displayPath, kind: kind(displayPath)) { batch in
      let values = batch.compactMap { item -> JSONValue? in
        if case .payload(let payload) = item { return payload.value }
        return nil
      }
      let binaries = batch.compactMap { item -> BinaryPayload? in
        if case .binary(let payload) = item { return payload }
        return nil
      }
      var valueResults = BatchValidation.validate(values, with: validator) { $0.validate($1) }
        .makeIterator()
      var binaryResults = BatchValidation.validate(binaries, with: validator) {
        $0.validate(binary: $1.bytes)
      }.makeIterator()
      for item in batch {
        switch item {
        case .payload(let payload):
          var result = PayloadResult(
            file: displayPath, line: payload.line, column: payload.column, format: format,
            expectation: expectation, errors: valueResults.next() ?? [])
          if let first = result.errors.first(where: \.isError) ?? result.errors.first {
            let position = PayloadPointerPosition.position(
              of: first.instanceLocation, in: payload.value)
            // JSON Lines values count lines from their own line.
            let lineShift = payload.line - Int(payload.value.position.line)
            result.problemPosition = TextPosition(
              line: Int(position.line) + max(0, lineShift), column: Int(position.column))
          }
          outcome.results.append(result)
          visit?(.json(payload.value), payload.value, result)
        case .binary(let payload):
          let result = PayloadResult(
            file: displayPath, line: 1, record: payload.record,
            byteOffset: payload.record == nil ? nil : payload.byteOffset, format: format,
            expectation: expectation, errors: binaryResults.next() ?? [])
          outcome.results.append(result)
          visit?(.binary(payload.bytes), nil, result)
        case .container(let bytes):
          outcome.append(
            container: bytes, displayPath: displayPath, validator: validator,
            expectation: expectation)
        case .unreadable(let diagnostic):
          outcome.unreadable.append(diagnostic)
        }
      }
    }
    return outcome
  }
}

extension PayloadFileValidation.Outcome {
  fileprivate mutating func append(
    container bytes: [UInt8], displayPath: String, validator: any PayloadValidating,
    expectation: PayloadExpectation
  ) {
    let location = SourceLocation(file: displayPath, line: 1, column: 1)
    switch validator.validate(container: bytes) {
    case nil:
      unreadable.append(
        Diagnostic(
          ruleID: "PAYLOAD_CONTAINER_UNSUPPORTED", severity: .error,
          message: "Avro object container files (.avro) hold Avro data; the schema is "
            + validator.format.rawValue,
          location: location))
    case .unreadable(let message, let offset)?:
      unreadable.append(
        Diagnostic(
          ruleID: "PAYLOAD_CONTAINER_BROKEN", severity: .error,
          message: offset.map { "at byte \($0): \(message)" } ?? message, location: location))
    case .records(let records)?:
      for (number, record) in records.enumerated() {
        results.append(
          PayloadResult(
            file: displayPath, line: 1, record: number + 1, byteOffset: record.byteOffset,
            format: validator.format, expectation: expectation, errors: record.errors))
      }
    }
  }
}
