import Foundation
import SchemaModel
import Validation

/// Every payload of one file against one validator: JSON, YAML and JSON Lines payloads, binary
/// payloads and the records of Avro container files, in file order. Memory does not grow with
/// the number of records: past `detailLimit` records a file's passing records are counted, not
/// kept, and at most `detailLimit` records with findings are kept (the rest are counted).
struct PayloadFileValidation {
  /// How many records of a file are kept one by one whatever their verdict, and how many with
  /// findings at most: a file of up to this many records is reported in full.
  static let defaultDetailLimit = 1_000

  var validator: any PayloadValidating
  var expectation: PayloadExpectation = .valid
  /// How a file is read: by its name, or as the options say (`--avro-encoding binary`,
  /// `--delimited`).
  var kind: (String) -> PayloadFileKind = { PayloadFileKind.of($0) }
  var detailLimit = Self.defaultDetailLimit

  struct Outcome: Sendable {
    /// The records kept one by one (see the type's comment), in file order.
    var results: [PayloadResult] = []
    /// Files or parts of files that could not be read (syntax errors, broken containers).
    var unreadable: [Diagnostic] = []
    /// The records counted but not kept; nil when every record was kept.
    var omitted: OmittedPayloads?

    /// True when some of the file could not be read (kept or counted).
    var isUnreadable: Bool { !unreadable.isEmpty || (omitted?.unreadableLines ?? 0) > 0 }
  }

  /// Validates every payload of `file`; `visit` sees each single payload (not the records of a
  /// container) with its result, in file order, so that a caller can read it further without
  /// reading the file again.
  func run(
    _ file: URL, displayPath: String,
    visit: ((PayloadInput, JSONValue?, PayloadResult) -> Void)? = nil
  ) throws(WorkspaceError) -> Outcome {
    var tally = PayloadTally(file: displayPath, limit: detailLimit)
    let format = validator.format
    let expectation = expectation
    let fileKind = kind(displayPath)
    try PayloadReader.read(file, displayPath: displayPath, kind: fileKind) { batch in
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
          tally.add(result)
          visit?(.json(payload.value), payload.value, result)
        case .binary(let payload):
          let result = PayloadResult(
            file: displayPath, line: 1, record: payload.record,
            byteOffset: payload.record == nil ? nil : payload.byteOffset, format: format,
            expectation: expectation, errors: binaryResults.next() ?? [])
          tally.add(result)
          visit?(.binary(payload.bytes), nil, result)
        case .container(let source):
          tally.add(
            container: source, displayPath: displayPath, validator: validator,
            expectation: expectation)
        case .unreadable(let diagnostic):
          // A JSON Lines line that is not JSON is one record; other files have one such
          // problem at most (the document, the break of a stream).
          tally.add(unreadable: diagnostic, isLine: fileKind == .jsonLines)
        }
      }
    }
    return tally.outcome
  }
}
