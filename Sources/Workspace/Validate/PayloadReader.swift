import Foundation
import Parsers
import SchemaModel
import Validation

/// One payload read from a file: the value and where it starts.
public struct Payload: Sendable {
  public var value: JSONValue
  public var line: Int
  public var column: Int
}

/// One binary payload: its bytes, and where it is in its file.
public struct BinaryPayload: Sendable {
  public var bytes: ArraySlice<UInt8>
  /// The 1-based position in a length-delimited stream; nil for a file of one payload.
  public var record: Int?
  public var byteOffset: Int
}

/// A payload, or why its text could not be read.
public enum PayloadItem: Sendable {
  case payload(Payload)
  case binary(BinaryPayload)
  /// An Avro object container file, read block by block: its records are read with the schema
  /// it carries.
  case container(ContainerSource)
  case unreadable(Diagnostic)
}

/// Reads payload files: one JSON document, one YAML document (`.yaml`, `.yml`), JSON Lines
/// (`.jsonl`, `.ndjson`: one payload a line, read in chunks so that a large file is never held
/// whole), or binary files (one payload, a length-delimited stream, an Avro container file).
public enum PayloadReader {
  /// JSON Lines are read this many bytes at a time.
  static let chunkSize = 4 << 20
  /// The longest JSON Lines line read.
  static let lineLimit = SchemaFileReader.schemaSizeLimit
  /// Lines are handed over in batches of this many payloads.
  public static let batchSize = 4_096

  /// Calls `body` with batches of payloads (or the syntax error of one) in file order; `kind`
  /// defaults to what the file name says.
  public static func read(
    _ file: URL, displayPath: String, kind: PayloadFileKind? = nil,
    body: ([PayloadItem]) -> Void
  ) throws(WorkspaceError) {
    switch kind ?? PayloadFileKind.of(displayPath) {
    case .jsonLines:
      try readLines(file, displayPath: displayPath, body: body)
    case .json, .yaml:
      let bytes = try SchemaFileReader.read(file, displayPath: displayPath)
      body([document(bytes, displayPath: displayPath)])
    case .binary:
      let bytes = try SchemaFileReader.read(file, displayPath: displayPath, allowEmpty: true)
      body([.binary(BinaryPayload(bytes: bytes[...], record: nil, byteOffset: 0))])
    case .container:
      let source = try ContainerSource(file, displayPath: displayPath)
      defer { source.close() }
      body([.container(source)])
      if let failure = source.failure { throw failure }
    case .delimited:
      let bytes = try SchemaFileReader.read(file, displayPath: displayPath)
      let (payloads, problem) = ProtoDelimitedStream.split(bytes[...])
      var batch: [PayloadItem] = []
      for (number, payload) in payloads.enumerated() {
        batch.append(
          .binary(
            BinaryPayload(bytes: payload, record: number + 1, byteOffset: payload.startIndex)))
        if batch.count >= batchSize {
          body(batch)
          batch.removeAll(keepingCapacity: true)
        }
      }
      if let problem {
        batch.append(
          .unreadable(
            Diagnostic(
              ruleID: "PAYLOAD_STREAM_BROKEN", severity: .error,
              message: "at byte \(problem.byteOffset ?? 0): \(problem.message)",
              location: SourceLocation(file: displayPath, line: 1, column: 1))))
      }
      if !batch.isEmpty { body(batch) }
    }
  }

  /// One JSON or YAML document.
  static func document(_ bytes: [UInt8], displayPath: String) -> PayloadItem {
    let lowered = displayPath.lowercased()
    if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return .unreadable(
          Diagnostic(
            ruleID: "PARSE_INVALID_UTF8", severity: .error, message: "the file is not UTF-8",
            location: SourceLocation(file: displayPath, line: 1, column: 1)))
      }
      do {
        let value = try YAMLReader.parse(text)
        return .payload(payload(value, lineOffset: 0))
      } catch {
        return .unreadable(error.diagnostic(file: displayPath))
      }
    }
    let result = Result { () throws(JSONSyntaxError) in try JSONReader.parse(bytes) }
    switch result {
    case .success(let value): return .payload(payload(value, lineOffset: 0))
    case .failure(let error): return .unreadable(error.diagnostic(file: displayPath))
    }
  }

  static func payload(_ value: JSONValue, lineOffset: Int) -> Payload {
    Payload(
      value: value, line: Int(value.position.line) + lineOffset,
      column: Int(value.position.column))
  }

  private static func readLines(
    _ file: URL, displayPath: String, body: ([PayloadItem]) -> Void
  ) throws(WorkspaceError) {
    let handle = try SchemaFileReader.open(file, displayPath: displayPath)
    defer { try? handle.close() }
    var pending: [UInt8] = []
    var lineNumber = 0
    // Lines are collected first and parsed together, on every core.
    var batch: [JSONLine] = []
    batch.reserveCapacity(batchSize)
    func flush() {
      if !batch.isEmpty { body(JSONLinesBatchParsing.parse(batch, displayPath: displayPath)) }
      batch.removeAll(keepingCapacity: true)
    }
    func handleLine(_ line: ArraySlice<UInt8>) {
      lineNumber += 1
      var end = line.endIndex
      if end > line.startIndex, line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      let content = line[line.startIndex..<end]
      if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
      batch.append(JSONLine(number: lineNumber, bytes: Array(content)))
      if batch.count >= batchSize { flush() }
    }
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: chunkSize)
      } catch {
        throw .unreadableFile(path: displayPath, reason: SchemaFileReader.reason(error))
      }
      guard let chunk, !chunk.isEmpty else { break }
      pending.append(contentsOf: chunk)
      var start = pending.startIndex
      while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
        handleLine(pending[start..<newline])
        start = newline + 1
      }
      pending.removeSubrange(pending.startIndex..<start)
      // One line is one payload: a line longer than a schema may be is refused, not buffered.
      if pending.count > lineLimit {
        throw .unreadableFile(
          path: displayPath,
          reason: "line \(lineNumber + 1) is longer than the limit of "
            + ByteCountText.describe(lineLimit))
      }
    }
    if !pending.isEmpty { handleLine(pending[...]) }
    flush()
  }
}
