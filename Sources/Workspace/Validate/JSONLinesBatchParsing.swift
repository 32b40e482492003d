import Foundation
import Parsers
import SchemaModel

/// One non-blank line of a JSON Lines file, not parsed yet.
struct JSONLine: Sendable {
  /// 1-based.
  var number: Int
  var bytes: [UInt8]
}

/// Parses a batch of JSON Lines on every core, keeping the batch's order.
enum JSONLinesBatchParsing {
  /// Below this many lines a batch is parsed on the calling thread.
  static let parallelThreshold = 256

  static func parse(_ lines: [JSONLine], displayPath: String) -> [PayloadItem] {
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, lines.count / 64)
    guard lines.count >= parallelThreshold, workers > 1 else {
      return lines.map { parse($0, displayPath: displayPath) }
    }
    let slots = Slots(count: workers)
    let chunk = (lines.count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let range = worker * chunk..<min(lines.count, (worker + 1) * chunk)
      slots.set(worker, lines[range].map { parse($0, displayPath: displayPath) })
    }
    return slots.joined()
  }

  /// The payload of one line, or its syntax error located in the file.
  static func parse(_ line: JSONLine, displayPath: String) -> PayloadItem {
    let result = line.bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONSyntaxError) in try JSONReader.parse(buffer) }
    }
    switch result {
    case .success(let value):
      return .payload(PayloadReader.payload(value, lineOffset: line.number - 1))
    case .failure(let error):
      var diagnostic = error.diagnostic(file: displayPath)
      diagnostic.location = SourceLocation(
        file: displayPath, line: line.number, column: Int(error.position.column))
      return .unreadable(diagnostic)
    }
  }

  /// One result array per worker; each worker writes only its own slot, under a lock.
  private final class Slots: @unchecked Sendable {
    private var slots: [[PayloadItem]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ items: [PayloadItem]) {
      lock.withLock { slots[index] = items }
    }

    func joined() -> [PayloadItem] {
      lock.withLock { slots.flatMap { $0 } }
    }
  }
}
