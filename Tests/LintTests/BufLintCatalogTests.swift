import Foundation
import Lint
import Parsers
import SchemaModel
import Testing

/// Buf 1.75's own catalog of v2 lint rules (`../shared/corpora/buf-rules/lint-v2.jsonl`, from
/// `buf config ls-lint-rules --version v2`): every non-deprecated rule of MINIMAL, BASIC,
/// STANDARD, COMMENTS and UNARY_RPC is one of ours with exactly Buf's categories and default.
/// PROTOVALIDATE (protovalidate constraints and their CEL) is not implemented.
@Suite struct BufLintCatalogTests {
  static let notImplemented: Set<String> = ["PROTOVALIDATE"]
  static let categories: Set<String> = ["MINIMAL", "BASIC", "STANDARD", "COMMENTS", "UNARY_RPC"]

  static var catalog: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/corpora/buf-rules/lint-v2.jsonl")
  }

  /// Buf's categories as our sets (Buf's deprecated DEFAULT alias is our DEFAULT set).
  static func ourSets(_ categories: [String]) -> Set<LintRuleSet> {
    Set(categories.map(LintRuleSet.init(rawValue:)))
  }

  @Test func everyBufRuleIsImplementedWithBufsCategories() throws {
    guard let data = FileManager.default.contents(atPath: Self.catalog.path) else {
      print("Buf lint catalog: skipped, not found at \(Self.catalog.path)")
      return
    }
    let ours = Dictionary(
      LintRules.all.map { (type(of: $0).description.id.rawValue, type(of: $0)) },
      uniquingKeysWith: { first, _ in first })
    var checked = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let entry = try JSONReader.parse(Array(line.utf8))
      let id = try #require(entry["id"]?.stringValue)
      let categories = (entry["categories"]?.elements ?? []).compactMap(\.stringValue)
      guard entry["deprecated"]?.kind != .bool(true), !Self.notImplemented.contains(id),
        !Self.categories.isDisjoint(with: categories)
      else { continue }
      let rule = try #require(ours[id], "Buf's \(id) is not implemented")
      #expect(rule.description.family == "Buf", "\(id)")
      #expect(rule.description.format == .protobuf, "\(id)")
      #expect(rule.sets == Self.ourSets(categories), "\(id): \(categories)")
      let isDefault = entry["default"]?.kind == .bool(true)
      #expect(rule.sets.contains(.default) == isDefault, "\(id) default")
      checked += 1
    }
    #expect(checked == 43)
  }
}
