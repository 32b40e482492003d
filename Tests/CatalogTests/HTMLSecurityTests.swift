import Foundation
import SchemaModel
import Testing

@testable import Catalog

/// Hostile text in every field of a catalog stays text, and the pages' CSP allows exactly what
/// they run.
@Suite struct HTMLSecurityTests {
  @Test(arguments: HTMLCatalogSamples.attacks)
  func hostileTextIsEscapedOnEveryPage(_ attack: String) throws {
    let pages = HTMLCatalogRenderer().render(HTMLCatalogSamples.hostile(attack))
    #expect(pages.count == 4)
    for page in pages {
      let html = String(decoding: page.bytes, as: UTF8.self)
      #expect(!html.contains(attack), "\(page.path) contains the raw payload")
      #expect(!html.contains("<img"), "\(page.path) has an image tag")
      #expect(!html.contains("<script>alert"), "\(page.path) has the script")
      #expect(!html.contains("<!--"), "\(page.path) has a comment opener")
      #expect(!html.contains("\u{1B}"), "\(page.path) has a terminal escape")
      #expect(!html.lowercased().contains("href=\"javascript"), "\(page.path) links to script")
      #expect(!html.contains("onerror=alert(1)>"), "\(page.path) has an attribute break-out")
      let scripts = html.components(separatedBy: "<script").count - 1
      let closings = html.components(separatedBy: "</script>").count - 1
      #expect(scripts == closings, "\(page.path): a </script> from the data closed an element")
      #expect(html.contains("&lt;/script&gt;") || page.path != "index.html")
    }
  }

  @Test func searchIndexEscapesScriptEndTags() throws {
    let pages = HTMLCatalogRenderer().render(
      HTMLCatalogSamples.hostile("<script>alert(1)</script>"))
    let index = try #require(pages.first { $0.path == "index.html" })
    let html = String(decoding: index.bytes, as: UTF8.self)
    let start = try #require(
      html.range(of: "<script type=\"application/json\" id=\"search-data\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let data = String(html[start.upperBound..<end.lowerBound])
    #expect(data.contains("\\u003c/script\\u003e"))
    #expect(!data.contains("<") && !data.contains(">"))
    let parsed = try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [[String: String]]
    let first = try #require(parsed?.first)
    #expect(first["fields"]?.contains("</script>") == true)
    #expect(first["url"] == "events/evt.html")
  }

  @Test func everyPageHasAPolicyWhoseHashesMatchItsInlineCode() throws {
    for page in HTMLCatalogRenderer().render(HTMLCatalogSamples.shop) {
      let html = String(decoding: page.bytes, as: UTF8.self)
      let policy = try #require(
        Self.between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\"")
      ).replacingOccurrences(of: "&#39;", with: "'")
      #expect(policy.hasPrefix("default-src 'none'; "))
      #expect(policy.contains("img-src data:"))
      #expect(!policy.contains("unsafe"))
      let style = try #require(Self.between(html, "<style>", "</style>"))
      #expect(policy.contains("style-src 'sha256-\(Self.digest(style))'"))
      #expect(!html.contains(" style=\""), "\(page.path) has a style attribute the CSP blocks")
      if page.path == "index.html" {
        let script = try #require(Self.between(html, "</footer>\n<script>", "</script>"))
        #expect(policy.contains("script-src 'sha256-\(Self.digest(script))'"))
      } else {
        #expect(policy.contains("script-src 'none'"))
        #expect(!html.contains("<script"))
      }
    }
  }

  /// The text between the first `start` and the next `end`.
  static func between(_ text: String, _ start: String, _ end: String) -> String? {
    guard let open = text.range(of: start),
      let close = text.range(of: end, range: open.upperBound..<text.endIndex)
    else { return nil }
    return String(text[open.upperBound..<close.lowerBound])
  }

  /// The module's own SHA-256, checked against the standard vectors in HTMLEscapingTests.
  static func digest(_ text: String) -> String {
    SHA256.base64Digest(text)
  }
}
