import Foundation
import SchemaModel
import Testing

@testable import Workspace

@Suite struct RuleListingTests {
  static let docsPage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/rules.md")

  static let sample = [
    RuleDescription(
      id: "TYPE_MISMATCH", format: .avro, family: "Apache Avro",
      summary: "the writer's type cannot be read", rationale: "only promotions | aliases"),
    RuleDescription(
      id: "PARSE_UNEXPECTED_TOKEN", format: nil, family: "schemacheck",
      defaultSeverity: .warning, summary: "an \"odd\" token", rationale: "RFC 8259"),
  ]

  @Test func docsPageIsCurrent() throws {
    let committed = try String(contentsOf: Self.docsPage, encoding: .utf8)
    let rendered = RuleListing().render(.markdown)
    #expect(
      committed == rendered,
      "docs/rules.md is stale; regenerate it with: \(RuleListing.regenerateCommand)")
  }

  @Test func textHasOneAlignedLinePerRule() {
    let text = RuleListing(rules: Self.sample).render(.text)
    #expect(
      text == """
        TYPE_MISMATCH           error    avro  Apache Avro  the writer's type cannot be read
        PARSE_UNEXPECTED_TOKEN  warning  any   schemacheck  an "odd" token

        """)
  }

  @Test func jsonHasTheDocumentedShape() throws {
    let json = RuleListing(rules: Self.sample).render(.json)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(array.count == 2)
    #expect(array[0]["id"] as? String == "TYPE_MISMATCH")
    #expect(array[0]["format"] as? String == "avro")
    #expect(array[0]["family"] as? String == "Apache Avro")
    #expect(array[0]["defaultSeverity"] as? String == "error")
    #expect(array[0]["rationale"] as? String == "only promotions | aliases")
    #expect(array[1]["format"] is NSNull)
    #expect(array[1]["summary"] as? String == "an \"odd\" token")
  }

  @Test func markdownGroupsByFormatThenFamilyAndEscapesCells() {
    let page = RuleListing(rules: Self.sample).render(.markdown)
    #expect(page.contains(RuleListing.regenerateCommand))
    let anyFormat = page.range(of: "## Any format")
    let avro = page.range(of: "## Avro")
    #expect(anyFormat != nil && avro != nil)
    if let anyFormat, let avro { #expect(anyFormat.lowerBound < avro.lowerBound) }
    #expect(page.contains("### Apache Avro (1)"))
    #expect(page.contains("| `TYPE_MISMATCH` | error | the writer's type cannot be read | "))
    #expect(page.contains("only promotions \\| aliases |"))
    #expect(!page.contains("## Protobuf"))
  }
}
