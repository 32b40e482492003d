import Foundation
import SchemaModel
import Testing

@testable import Parsers

/// Every span Buf reports for a finding in a `current/` file of the shared buf-breaking corpus
/// must be the span of some element of our tree: the tree has the spans Buf's rules use.
@Suite("Proto spans match Buf")
struct ProtoBufSpanTests {
  static let corpus: URL = ProtoCorpusTests.corpora.appendingPathComponent("buf-breaking")

  struct Expected {
    var caseName: String
    var path: String
    var span: SourceSpan
    var rule: String
  }

  static func expectations() -> [Expected] {
    let url = corpus.appendingPathComponent("expected.json")
    guard let data = try? Data(contentsOf: url),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let cases = root["cases"] as? [String: Any]
    else { return [] }
    var result: [Expected] = []
    for (caseName, value) in cases {
      guard let entry = value as? [String: Any], let findings = entry["expected"] as? [Any] else {
        continue
      }
      for case let finding as [String: Any] in findings {
        guard let path = finding["path"] as? String, let line = finding["start_line"] as? Int,
          let column = finding["start_col"] as? Int, let endLine = finding["end_line"] as? Int,
          let endColumn = finding["end_col"] as? Int, let rule = finding["rule"] as? String
        else { continue }
        result.append(
          Expected(
            caseName: caseName, path: path,
            span: ProtoTest.span(line, column, endLine, endColumn), rule: rule))
      }
    }
    return result.sorted { ($0.caseName, $0.path) < ($1.caseName, $1.path) }
  }

  /// The element Buf points at, for rules whose span is one specific element.
  static let elementKinds: [String: Set<String>] = [
    "FIELD_SAME_TYPE": ["field type", "field extend type"],
    "FIELD_SAME_NAME": ["field name", "field extend name"],
    "FIELD_SAME_JSON_NAME": ["field option", "field"],
    "FIELD_NO_DELETE": ["message"],
    "ENUM_VALUE_NO_DELETE": ["enum"],
    "ENUM_VALUE_SAME_NAME": ["enum value number"],
    "FILE_SAME_PACKAGE": ["package"],
    "FILE_SAME_SYNTAX": ["syntax"],
    "FILE_SAME_GO_PACKAGE": ["file option"],
    "RPC_SAME_REQUEST_TYPE": ["rpc input"],
    "RPC_SAME_RESPONSE_TYPE": ["rpc output"],
    "RPC_NO_DELETE": ["service"],
    "FIELD_SAME_CARDINALITY": ["field", "field extend"],
  ]

  /// `field a.B.c type` -> `field type`: the element kind without names.
  static func kind(of label: String) -> String {
    label.split(separator: " ").filter { word in
      [
        "field", "message", "enum", "value", "oneof", "rpc", "service", "option", "name", "type",
        "number", "label", "input", "output", "client", "server", "stream", "reserved", "range",
        "extensions", "extend", "extendee", "file", "package", "syntax", "import", "path",
      ]
      .contains(String(word))
    }.joined(separator: " ")
  }

  @Test func everyBufFindingSpanIsAnElementSpan() {
    let expected = Self.expectations()
    guard !expected.isEmpty else {
      print("Proto spans vs Buf: skipped, \(Self.corpus.path)/expected.json is absent")
      return
    }
    var cache: [String: [(label: String, span: SourceSpan)]] = [:]
    var matched = 0
    var misses: [String] = []
    var rulesMatched: [String: Set<String>] = [:]
    for item in expected where item.span != ProtoTest.span(1, 1, 1, 1) {
      // 1:1-1:1 is Buf's "no location" (a deleted top-level element).
      let relative = "\(item.caseName)/current/\(item.path)"
      if cache[relative] == nil {
        let url = Self.corpus.appendingPathComponent(relative)
        // A few cases build from a module root below `current/` (`root/...`): look there too.
        let fallback = Self.corpus.appendingPathComponent(
          "\(item.caseName)/current/root/\(item.path)")
        guard let data = (try? Data(contentsOf: url)) ?? (try? Data(contentsOf: fallback)) else {
          misses.append("\(relative): file not found")
          continue
        }
        let bytes = [UInt8](data)
        cache[relative] = ProtoTest.allSpans(of: ProtoParser.parse(bytes, path: item.path).file)
      }
      let spans = cache[relative] ?? []
      let hits = spans.filter { $0.span == item.span }
      if !hits.isEmpty {
        matched += 1
        let hitKinds = hits.map { Self.kind(of: $0.label) }
        if let allowed = Self.elementKinds[item.rule] {
          #expect(
            hitKinds.contains { allowed.contains($0) },
            "\(relative) \(item.rule) \(ProtoTest.describe(item.span)) is \(hitKinds)")
        }
        let kinds = hitKinds.joined(separator: "|")
        rulesMatched[item.rule, default: []].insert(kinds)
      } else {
        misses.append("\(relative) \(item.rule) \(ProtoTest.describe(item.span))")
      }
    }
    print("Proto spans vs Buf: \(matched) of \(expected.count) finding spans are element spans")
    for miss in misses { print("  MISSING \(miss)") }
    for (rule, kinds) in rulesMatched.sorted(by: { $0.key < $1.key }) {
      print("  \(rule): \(kinds.sorted().joined(separator: ", "))")
    }
    #expect(misses.isEmpty)
  }
}
