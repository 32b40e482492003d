import Compat
import Foundation
import Parsers
import SchemaModel
import Testing

/// Runs Buf's own breaking test cases (`../shared/corpora/buf-breaking`) and compares path,
/// span and rule id of every finding, in order, with what `buf breaking` reports.
@Suite struct BufBreakingConformanceTests {
  /// Cases that need a Buf check plugin (a test-only Wasm/binary): counted as skipped.
  static let pluginCases: Set<String> = ["breaking_custom_plugins", "breaking_policy_local"]

  /// Cases known to differ, with the reason; the test fails if one of them starts passing
  /// (so this list shrinks) or if any other case fails.
  static let knownFailures: [String: String] = [:]

  static var corpus: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/corpora/buf-breaking")
  }

  @Test func bufBreakingCases() throws {
    let expectedURL = Self.corpus.appendingPathComponent("expected.json")
    guard let data = FileManager.default.contents(atPath: expectedURL.path) else {
      print("Buf breaking cases: skipped, corpus not found at \(Self.corpus.path)")
      return
    }
    let expected = try JSONReader.parse([UInt8](data))
    let cases = try #require(expected["cases"]?.members)
    var passed: [String] = []
    var failed: [(String, String)] = []
    var skipped: [(String, String)] = []
    var messageDifferences: [String] = []
    for entry in cases {
      let name = entry.key
      if Self.pluginCases.contains(name) {
        skipped.append((name, "needs the buf-plugin-suffix check plugin"))
        continue
      }
      let want = (entry.value["expected"]?.elements ?? []).map(BufCaseRow.init(json:))
      let got: [BufCaseRow]
      do {
        got = try BufCaseRunner.run(Self.corpus.appendingPathComponent(name))
      } catch {
        failed.append((name, "error: \(error)"))
        continue
      }
      if got == want {
        passed.append(name)
        for (expected, actual) in zip(want, got)
        where expected.message.map(Self.withoutBufTypo) != actual.message
          && expected.message?.isEmpty == false
        {
          messageDifferences.append(
            "\(name): want \(expected.message ?? "")\n      got \(actual.message ?? "")")
        }
      } else {
        failed.append((name, BufCaseRow.difference(want: want, got: got)))
      }
    }
    print(
      "Buf breaking cases: \(passed.count) passed, \(failed.count) failed, \(skipped.count) skipped"
    )
    print("Buf breaking messages: \(messageDifferences.count) differ from buf 1.75's wording")
    for line in messageDifferences.prefix(20) { print("  \(line)") }
    for (name, reason) in skipped { print("  skipped \(name): \(reason)") }
    for (name, difference) in failed { print("  FAILED \(name):\n\(difference)") }
    let unexpected = failed.map(\.0).filter { Self.knownFailures[$0] == nil }
    #expect(unexpected.isEmpty, "unexpected failures: \(unexpected)")
    let fixed = passed.filter { Self.knownFailures[$0] != nil }
    #expect(fixed.isEmpty, "now passing, remove from knownFailures: \(fixed)")
    #expect(passed.count + failed.count + skipped.count == cases.count)
    #expect(messageDifferences.isEmpty)
  }

  /// Buf's FIELD_SAME_ONEOF format string has a stray `q` (`%sq`); schemacheck does not copy it.
  static func withoutBufTypo(_ message: String) -> String {
    message.replacingOccurrences(of: "\"q moved from oneof", with: "\" moved from oneof")
  }
}

/// One expected or actual finding: path, span and rule, as Buf's test compares them.
struct BufCaseRow: Equatable, CustomStringConvertible {
  var path: String?
  var span: [Int]?
  var rule: String
  var message: String?

  init(path: String?, span: [Int]?, rule: String, message: String?) {
    self.path = path
    self.span = span
    self.rule = rule
    self.message = message
  }

  init(json: JSONValue) {
    path = json["path"]?.stringValue
    let numbers = ["start_line", "start_col", "end_line", "end_col"].compactMap {
      json[$0].flatMap { value -> Int? in
        if case .number(let number) = value.kind { return number.int64Value.map(Int.init) }
        return nil
      }
    }
    span = numbers.count == 4 ? numbers : nil
    rule = json["rule"]?.stringValue ?? ""
    message = json["message_buf_1_75"]?.stringValue
  }

  init(_ finding: BufFinding, policy: Bool) {
    path = finding.path
    if let span = finding.span {
      self.span = [
        Int(span.start.line), Int(span.start.column), Int(span.end.line), Int(span.end.column),
      ]
    } else if policy, finding.path != nil {
      // Findings that come through a policy (Buf's check-plugin path) print a missing span as
      // 1:1-1:1 instead of leaving it out.
      self.span = [1, 1, 1, 1]
    }
    rule = finding.ruleID
    message = finding.message
  }

  /// Buf's test ignores messages; so does the comparison.
  static func == (lhs: BufCaseRow, rhs: BufCaseRow) -> Bool {
    lhs.path == rhs.path && lhs.span == rhs.span && lhs.rule == rhs.rule
  }

  var description: String {
    let location = span.map { "\($0[0]):\($0[1])-\($0[2]):\($0[3])" } ?? "-"
    return "\(path ?? "<none>") \(location) \(rule) \(message ?? "")"
  }

  /// The first differences, for the report.
  static func difference(want: [BufCaseRow], got: [BufCaseRow]) -> String {
    var lines: [String] = ["    expected \(want.count), got \(got.count)"]
    for index in 0..<max(want.count, got.count) {
      let left = index < want.count ? want[index] : nil
      let right = index < got.count ? got[index] : nil
      if left != right {
        lines.append("    #\(index) want: \(left?.description ?? "(nothing)")")
        lines.append("    #\(index)  got: \(right?.description ?? "(nothing)")")
      }
      if lines.count > 9 { break }
    }
    return lines.joined(separator: "\n")
  }
}
