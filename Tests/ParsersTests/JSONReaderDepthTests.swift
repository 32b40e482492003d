import Foundation
import SchemaModel
import Testing

@testable import Parsers

@Suite struct JSONReaderDepthTests {
  private static let levels = 100_000

  private static func tooDeep(limit: Int, column: Int) -> JSONSyntaxError {
    JSONSyntaxError(
      ruleID: "PARSE_NESTING_TOO_DEEP",
      message: "arrays and objects are nested deeper than \(limit) levels",
      position: TextPosition(line: 1, column: column))
  }

  @Test func refusesDeepArrays() {
    let text = [UInt8](repeating: UInt8(ascii: "["), count: Self.levels)
    #expect(throws: Self.tooDeep(limit: 512, column: 513)) { try JSONReader.parse(text) }
  }

  @Test func refusesDeepObjects() {
    let text = Array(String(repeating: #"{"a":"#, count: Self.levels).utf8)
    #expect(throws: Self.tooDeep(limit: 512, column: 512 * 5 + 1)) { try JSONReader.parse(text) }
  }

  @Test func acceptsExactlyMaxDepth() throws {
    let text = Array((String(repeating: "[", count: 512) + String(repeating: "]", count: 512)).utf8)
    let value = try JSONReader.parse(text)
    #expect(value.elements?.count == 1)
  }

  @Test func honoursCustomDepth() {
    #expect(throws: Self.tooDeep(limit: 2, column: 3)) {
      try JSONReader.parse(Array("[[[1]]]".utf8), options: .init(maxDepth: 2))
    }
  }

  /// An unlimited depth still never uses the call stack while parsing.
  @Test func parsesDeepUnclosedNestingWithoutLimitWithoutCrash() {
    let text = [UInt8](repeating: UInt8(ascii: "["), count: Self.levels)
    #expect(throws: JSONSyntaxError.self) {
      try JSONReader.parse(text, options: .init(maxDepth: .max))
    }
  }

  /// Parsing, comparing and freeing a tree as deep as the default limit fits a small stack.
  @Test func handlesMaxDepthTreeOnSmallStackThread() async {
    let text = Array(
      (String(repeating: #"{"a":["#, count: 256) + String(repeating: "]}", count: 256)).utf8)
    let depth = await onSmallStackThread { () -> Int in
      let result = Result { () throws(JSONSyntaxError) in try JSONReader.parse(text) }
      guard case .success(var value) = result, value == (try? JSONReader.parse(text)),
        value.hashValue == (try? JSONReader.parse(text))?.hashValue
      else {
        return -1
      }
      var depth = 1
      while let next = value.members?.first?.value ?? value.elements?.first {
        value = next
        depth += 1
      }
      return depth
    }
    #expect(depth == 512)
  }

  @Test func refusesDeepNestingOnSmallStackThread() async {
    let text = [UInt8](repeating: UInt8(ascii: "["), count: Self.levels)
    let result = await onSmallStackThread {
      Result { () throws(JSONSyntaxError) in try JSONReader.parse(text) }
    }
    #expect(throws: Self.tooDeep(limit: 512, column: 513)) { try result.get() }
  }

  /// Runs `work` on a new thread with a 512 KiB stack (secondary threads can be that small).
  private func onSmallStackThread<T: Sendable>(
    _ work: @escaping @Sendable () -> T
  ) async -> T {
    await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
      let thread = Thread { continuation.resume(returning: work()) }
      thread.stackSize = 512 * 1024
      thread.start()
    }
  }
}
