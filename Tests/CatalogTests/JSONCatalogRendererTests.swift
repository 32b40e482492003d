import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Catalog

/// `catalog.json` of the sample catalog: golden file, valid JSON, fixed key order, documented.
@Suite struct JSONCatalogRendererTests {
  let pages = JSONCatalogRenderer().render(CatalogSamples.catalog)

  @Test func theDocumentMatchesTheGoldenFile() throws {
    #expect(pages.map(\.path) == ["catalog.json"])
    try CatalogGolden.check(pages, in: "json")
  }

  @Test func renderingTwiceGivesTheSameBytes() {
    #expect(JSONCatalogRenderer().render(CatalogSamples.catalog) == pages)
  }

  @Test func itIsValidJSONWithTheVersionFirst() throws {
    let bytes = try #require(pages.first?.bytes)
    let value = try JSONReader.parse(bytes)
    let members = try #require(value.members)
    #expect(
      members.map(\.key) == [
        "version", "title", "generator", "domains", "events", "services", "owners",
      ])
    #expect(value["version"].map(JSONText.render) == "1")
    let events = try #require(value["events"]?.elements)
    #expect(events.count == 3)
    let placed = try #require(events.first { $0["id"]?.stringValue == "orders.order-placed" })
    let versions = try #require(placed["versions"]?.elements)
    #expect(versions.last?["verdict"]?.stringValue == "incompatible")
    #expect(
      versions.last?["rules"].map(JSONText.render)
        == #"["READER_FIELD_MISSING_DEFAULT_VALUE","TYPE_MISMATCH"]"#)
    // Text keeps what users wrote; control characters are JSON escapes.
    #expect(placed["description"]?.stringValue?.contains("<script>alert(1)</script>") == true)
    #expect(String(decoding: bytes, as: UTF8.self).contains(#"\u001b[31m"#))
    #expect(bytes.last == UInt8(ascii: "\n"))
  }

  @Test func everyKeyIsDocumented() throws {
    let docs = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/catalog-json.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    let value = try JSONReader.parse(try #require(pages.first?.bytes))
    var keys: Set<String> = []
    Self.collectKeys(value, into: &keys)
    #expect(keys.count > 40)
    for key in keys.sorted() {
      #expect(text.contains("`\(key)`"), "docs/catalog-json.md does not mention `\(key)`")
    }
  }

  @Test func emptyCollectionsAndNullsAreWrittenCompactly() {
    let value = CatalogJSONObject.object {
      $0["a"] = .array([])
      $0["b"] = .object([])
      $0["c"] = .optional(nil)
      $0["d"] = .array([.int(1), .bool(false)])
    }
    #expect(
      value.text
        == "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": null,\n  \"d\": [\n    1,\n    false\n  ]\n}\n")
  }

  static func collectKeys(_ value: JSONValue, into keys: inout Set<String>) {
    for member in value.members ?? [] {
      keys.insert(member.key)
      collectKeys(member.value, into: &keys)
    }
    for element in value.elements ?? [] { collectKeys(element, into: &keys) }
  }
}
