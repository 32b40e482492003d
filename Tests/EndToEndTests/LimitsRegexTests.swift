import Foundation
import Testing

/// A schema's regular expression with catastrophic backtracking (`(a+)+$`) on a long string:
/// stopped by the step budget, reported as PAYLOAD_PATTERN_TOO_COSTLY, and the run goes on.
@Suite struct LimitsRegexTests {
  /// 50,000 `a`s and a character that makes `(a+)+$` fail only after trying every split.
  private static let evil = String(repeating: "a", count: 50_000) + "!"

  @Test func patternIsStoppedAndTheRunContinues() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "s.json",
      #"{"type":"object","properties":{"s":{"type":"string","pattern":"(a+)+$"},"n":{"type":"integer"}}}"#
    )
    try scratch.write("bad.json", #"{"s":"\#(Self.evil)","n":"x"}"#)
    try scratch.write("good.json", #"{"s":"aaa","n":1}"#)
    let started = Date()
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "bad.json", "good.json"], in: scratch.url)
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "bad.json:1:6: error: [PAYLOAD_PATTERN_TOO_COSTLY] /s: matching \"aaaa"))
    #expect(
      result.stdout.contains(
        "against (a+)+$ took more than 1000000 steps, so the result is unknown; simplify the "
          + "pattern"))
    // The payload's other keyword and the next file are still checked.
    #expect(result.stdout.contains("note: /n: \"x\" is a string, expected integer"))
    #expect(result.stdout.contains("2 payloads validated, 1 failed"))
  }

  @Test func patternPropertiesAreStoppedToo() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "s.json",
      #"{"type":"object","patternProperties":{"(a+)+$":{"type":"integer"}},"additionalProperties":false}"#
    )
    try scratch.write("bad.json", #"{"\#(Self.evil)":1}"#)
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "bad.json", "--format", "json"], in: scratch.url)
    #expect(result.status == 1)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(findings.map { $0["ruleId"] as? String } == ["PAYLOAD_PATTERN_TOO_COSTLY"])
    let message = try #require(findings.first?["message"] as? String)
    #expect(
      message.contains(
        "matching the property name against (a+)+$ took more than 1000000 steps"))
    // Unknown is not "no match": additionalProperties: false is not blamed.
    #expect(!message.contains("additional"))
  }

  @Test func manyHostileStringsCostAFewBudgetsNotOneEach() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "s.json", #"{"type":"array","items":{"type":"string","pattern":"(a+)+$"}}"#)
    // 1,000 short strings, each exhausting the budget: 13 s in a release build if each were
    // tried; after four the payload fails and the rest are skipped.
    let item = "\"" + String(repeating: "a", count: 28) + "!\""
    try scratch.write(
      "bad.json", "[" + Array(repeating: item, count: 1_000).joined(separator: ",") + "]")
    try scratch.write("good.json", #"["aaa", "a"]"#)
    let started = Date()
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "bad.json", "good.json"], in: scratch.url)
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("bad.json:1:2: error: [PAYLOAD_PATTERN_TOO_COSTLY] /0: "))
    #expect(result.stdout.contains("(and 3 more)"))
    #expect(result.stdout.contains("2 payloads validated, 1 failed"))
  }
}
