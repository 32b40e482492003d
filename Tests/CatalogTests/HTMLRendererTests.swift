import Catalog
import Foundation
import Testing

/// The HTML site of the sample catalog: pages, golden files, determinism.
@Suite struct HTMLRendererTests {
  let pages = HTMLCatalogRenderer().render(HTMLCatalogSamples.shop)

  @Test func rendersIndexAndAPagePerEventServiceAndOwner() {
    #expect(
      pages.map(\.path) == [
        "events/audit.heartbeat.html", "events/orders.order-placed.html",
        "events/payments.payment-failed.html", "index.html", "owners/team-orders.html",
        "owners/team-payments.html", "services/billing.html", "services/checkout.html",
        "services/shipping.html",
      ])
  }

  @Test func matchesGoldenFiles() throws {
    for page in pages { try HTMLGoldenFile.check(page) }
    if !HTMLGoldenFile.recording {
      #expect(try HTMLGoldenFile.recordedPaths() == pages.map(\.path))
    }
  }

  @Test func sameCatalogGivesSameBytes() {
    let again = HTMLCatalogRenderer().render(HTMLCatalogSamples.shop)
    #expect(again == pages)
  }

  /// `SCHEMACHECK_CATALOG_OUT=DIR swift test --filter HTMLRendererTests` writes the sample
  /// site into DIR for Tests/Browser/check_catalog.sh.
  @Test func writesTheSampleSiteWhenAsked() throws {
    guard let out = ProcessInfo.processInfo.environment["SCHEMACHECK_CATALOG_OUT"] else { return }
    let folder = URL(fileURLWithPath: out)
    for page in pages { try HTMLGoldenFile.write(page, under: folder) }
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
  }

  @Test func eventPageShowsVersionsNewestFirst() throws {
    let page = try #require(pages.first { $0.path == "events/orders.order-placed.html" })
    let html = String(decoding: page.bytes, as: UTF8.self)
    let current = try #require(html.range(of: ">current</span>"))
    let first = try #require(html.range(of: ">v1</span>"))
    #expect(current.lowerBound < first.lowerBound)
    #expect(html.contains("<td class=\"ln\">10</td>"))
    #expect(!html.contains("<td class=\"ln\">11</td>"))
    #expect(html.contains("<td class=\"mono wrap d1\">customer.id</td>"))
    #expect(html.contains("<strong>confirms</strong>"))
    #expect(html.contains("<a href=\"https://example.com/guide\" rel=\"noopener noreferrer\">"))
    #expect(html.contains("<a href=\"../services/billing.html\">Billing service</a>"))
  }

  /// Windows line ends number and escape each line like Unix ones.
  @Test func schemaSourceWithCRLFLinesIsNumberedLineByLine() throws {
    var catalog = HTMLCatalogSamples.shop
    let index = try #require(catalog.events.firstIndex { $0.id == "orders.order-placed" })
    catalog.events[index].schema.text = "{\r\n  \"doc\": \"<b>é</b>\"\r\n}\r\n"
    let page = try #require(
      HTMLCatalogRenderer().render(catalog).first { $0.path == "events/orders.order-placed.html" })
    let html = String(decoding: page.bytes, as: UTF8.self)
    #expect(
      html.contains(
        "<tr><td class=\"ln\">2</td><td>  &quot;doc&quot;: &quot;&lt;b&gt;é&lt;/b&gt;&quot;</td></tr>\n"
          + "<tr><td class=\"ln\">3</td><td>}</td></tr>\n</tbody>"))
    #expect(!html.contains("\r"))
  }

  @Test func indexEmbedsTheSearchIndex() throws {
    let page = try #require(pages.first { $0.path == "index.html" })
    let html = String(decoding: page.bytes, as: UTF8.self)
    #expect(
      html.contains(
        "<script type=\"application/json\" id=\"search-data\">[{\"id\":\"audit.Heartbeat\""))
    #expect(html.contains("\"fields\":\"id customer customer.id note\""))
    #expect(html.contains("\"url\":\"services/billing.html\""))
  }
}
