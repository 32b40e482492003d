import Catalog
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The site holds together: SVG graphs are well-formed XML, every relative link points at a
/// page that exists, big catalogs are drawn per domain.
@Suite struct HTMLStructureTests {
  static let catalogs =
    [HTMLCatalogSamples.shop] + HTMLCatalogSamples.attacks.map(HTMLCatalogSamples.hostile)

  @Test(arguments: 0..<3)
  func graphsAreWellFormedXML(_ which: Int) throws {
    var graphs = 0
    for page in HTMLCatalogRenderer().render(Self.catalogs[which]) {
      for svg in Self.svgs(in: String(decoding: page.bytes, as: UTF8.self)) {
        graphs += 1
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(page.path): \(String(describing: parser.parserError))")
        let document = try XMLDocument(xmlString: svg, options: [])
        #expect(document.rootElement()?.name == "svg")
      }
    }
    #expect(graphs >= 2)
  }

  @Test(arguments: 0..<3)
  func everyRelativeLinkPointsAtAPage(_ which: Int) throws {
    let pages = HTMLCatalogRenderer().render(Self.catalogs[which])
    let paths = Set(pages.map(\.path))
    var checked = 0
    for page in pages {
      let html = String(decoding: page.bytes, as: UTF8.self)
      for href in Self.hrefs(in: html) {
        if href.hasPrefix("https://") || href.hasPrefix("http://") { continue }
        let target = try #require(Self.resolve(href, from: page.path), "\(page.path): \(href)")
        checked += 1
        if target.file.isEmpty {
          #expect(html.contains("id=\"\(target.anchor)\""), "\(page.path): \(href)")
        } else {
          #expect(paths.contains(target.file), "\(page.path) links to missing \(href)")
          if !target.anchor.isEmpty, let linked = pages.first(where: { $0.path == target.file }) {
            let text = String(decoding: linked.bytes, as: UTF8.self)
            #expect(text.contains("id=\"\(target.anchor)\""), "\(page.path): \(href)")
          }
        }
      }
    }
    #expect(checked > 10)
  }

  @Test func bigCatalogsAreDrawnPerDomain() {
    var events: [CatalogEvent] = []
    for (domain, count) in [("alpha", 30), ("beta", 30), ("gamma", 50)] {
      for number in 0..<count {
        let id = "\(domain).event-\(number)"
        events.append(
          CatalogEvent(
            id: id, slug: id, format: .avro, domain: domain, producers: ["p-\(domain)"],
            schema: CatalogSchemaSource(path: "s.avsc", text: "{}")))
      }
    }
    let catalog = EventCatalog(title: "Big", events: events.sorted { $0.id < $1.id })
    let pages = HTMLCatalogRenderer().render(catalog)
    let index = pages.first { $0.path == "index.html" }.map {
      String(decoding: $0.bytes, as: UTF8.self)
    }
    #expect(Self.svgs(in: index ?? "").count == 2)
    #expect(index?.contains("Too many events or services to draw: gamma (50).") == true)
    #expect(pages.count == 111)
  }

  @Test func anEventWithTooManyConsumersListsThemWithoutAGraph() throws {
    let consumers = (0..<100).map { "consumer-\($0)" }.sorted()
    let event = CatalogEvent(
      id: "busy", slug: "busy", format: .avro, producers: ["p"], consumers: consumers,
      schema: CatalogSchemaSource(path: "s.avsc", text: "{}"))
    let pages = HTMLCatalogRenderer().render(EventCatalog(title: "Busy", events: [event]))
    let page = try #require(pages.first { $0.path == "events/busy.html" })
    let html = String(decoding: page.bytes, as: UTF8.self)
    #expect(Self.svgs(in: html).isEmpty)
    #expect(html.contains("consumer-99"))
  }

  /// Every `<svg ...>...</svg>` in the page.
  static func svgs(in html: String) -> [String] {
    var found: [String] = []
    var rest = html[...]
    while let open = rest.range(of: "<svg "),
      let close = rest.range(of: "</svg>", range: open.upperBound..<rest.endIndex)
    {
      found.append(String(rest[open.lowerBound..<close.upperBound]))
      rest = rest[close.upperBound...]
    }
    return found
  }

  /// Every `href="..."` value, unescaped.
  static func hrefs(in html: String) -> [String] {
    html.components(separatedBy: "href=\"").dropFirst().compactMap { part in
      part.split(separator: "\"", maxSplits: 1, omittingEmptySubsequences: false).first.map {
        $0.replacingOccurrences(of: "&amp;", with: "&")
      }
    }
  }

  /// The page path (empty for the same page) and anchor `href` names from `page`; nil when
  /// it climbs out of the site.
  static func resolve(_ href: String, from page: String) -> (file: String, anchor: String)? {
    let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let file = String(parts[0])
    let anchor = parts.count > 1 ? String(parts[1]) : ""
    if file.isEmpty { return ("", anchor) }
    var components = page.split(separator: "/").dropLast().map(String.init)
    for part in file.split(separator: "/") {
      if part == ".." {
        guard !components.isEmpty else { return nil }
        components.removeLast()
      } else if part != "." {
        components.append(String(part))
      }
    }
    return (components.joined(separator: "/"), anchor)
  }
}
