import Catalog
import SchemaModel
import Testing

/// The Markdown pages of the sample catalog: golden files, determinism, escaping.
@Suite struct MarkdownCatalogRendererTests {
  let pages = MarkdownCatalogRenderer().render(CatalogSamples.catalog)

  @Test func pagesMatchTheGoldenFiles() throws {
    try CatalogGolden.check(pages, in: "markdown")
  }

  @Test func pagesAreTheIndexAndOnePerEventServiceAndOwner() {
    #expect(
      pages.map(\.path) == [
        "README.md", "events/acme.orders.v1.orderevent.md",
        "events/customers.customer-registered.md", "events/orders.order-placed.md",
        "owners/team-crm.md", "owners/team-orders.md", "services/checkout.md",
        "services/crm-web.md", "services/email.md", "services/inventory.md",
        "services/warehouse.md",
      ])
  }

  @Test func renderingTwiceGivesTheSameBytes() {
    #expect(MarkdownCatalogRenderer().render(CatalogSamples.catalog) == pages)
  }

  @Test func noPageContainsRawHTMLOrControlCharacters() throws {
    for page in pages {
      let text = String(decoding: page.bytes, as: UTF8.self)
      #expect(
        !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F },
        "\(page.path)")
      // Code blocks show their text verbatim; everywhere else no tag or link may open.
      let prose = Self.outsideCodeBlocks(text)
      #expect(!prose.contains("<script"), "\(page.path)")
      #expect(!prose.contains("<img"), "\(page.path)")
      #expect(!Self.hasUnescapedLink(prose), "\(page.path)")
    }
    let event = try #require(pages.first { $0.path == "events/orders.order-placed.md" })
    let text = String(decoding: event.bytes, as: UTF8.self)
    #expect(text.contains("Order identifier. &lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(text.contains("[click](blocked-javascript:alert(1))"))
  }

  /// `](javascript:` whose `]` is not backslash-escaped.
  static func hasUnescapedLink(_ text: String) -> Bool {
    text.ranges(of: "](javascript:").contains { range in
      range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] != "\\"
    }
  }

  /// The lines of `text` outside fenced code blocks (fences of 3 or more backticks).
  static func outsideCodeBlocks(_ text: String) -> String {
    var out: [Substring] = []
    var fence: Int?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let run = line.prefix { $0 == "`" }.count
      if let open = fence {
        if run >= open, line.dropFirst(run).allSatisfy({ $0 == " " }) { fence = nil }
        continue
      }
      if run >= 3 {
        fence = run
        continue
      }
      out.append(line)
    }
    return out.joined(separator: "\n")
  }

  @Test func theIndexListsEachDomainWithItsEvents() throws {
    let index = try #require(pages.first { $0.path == "README.md" })
    let text = String(decoding: index.bytes, as: UTF8.self)
    #expect(text.contains("## customers\n"))
    #expect(text.contains("## orders\n"))
    #expect(
      text.contains(
        "| [orders.order-placed](events/orders.order-placed.md) | Avro | `current` | 3 | "
          + "`BACKWARD_TRANSITIVE` | ❌ incompatible | [team-orders](owners/team-orders.md) | "
          + "[checkout](services/checkout.md) | [email](services/email.md), "
          + "[inventory](services/inventory.md) |"))
  }

  @Test func theEventPageShowsHistoryNewestFirstAndFencesTheSchemaSafely() throws {
    let page = try #require(pages.first { $0.path == "events/orders.order-placed.md" })
    let text = String(decoding: page.bytes, as: UTF8.self)
    let current = try #require(text.range(of: "### `current`"))
    let first = try #require(text.range(of: "### `v1`"))
    #expect(current.lowerBound < first.lowerBound)
    #expect(text.contains("`READER_FIELD_MISSING_DEFAULT_VALUE`"))
    // The schema holds a run of four backticks: the fence must be five long.
    #expect(text.contains("`````json\n{\"type\": \"record\""))
    #expect(text.contains("&emsp;↳ `lines[].sku`"))
    #expect(text.contains("| ~~`coupon`~~ |"))
  }
}

/// Field tables computed from real fixtures, drawn on an event page.
@Suite struct MarkdownFixtureFieldTests {
  @Test func nestedFixtureFieldsAreIndentedUnderTheirParent() throws {
    let document = try FixtureSchemas.avro("schemas/orders/order_placed.avsc")
    let fields = CatalogFieldTable.rows(of: document, types: TypeTable(documents: [document]))
    let event = CatalogEvent(
      id: "orders.order-placed", slug: "orders.order-placed", format: .avro,
      schema: CatalogSchemaSource(path: "schemas/orders/order_placed.avsc", text: "{}"),
      fields: fields)
    let pages = MarkdownCatalogRenderer().render(EventCatalog(title: "T", events: [event]))
    let page = try #require(pages.first { $0.path == "events/orders.order-placed.md" })
    let text = String(decoding: page.bytes, as: UTF8.self)
    #expect(
      text.contains(
        "| `lines` | `array<OrderLine>` | no | `[]` |   | What was ordered. |\n"
          + "| &emsp;↳ `lines[].sku` | `string` | yes |   |   | Stock keeping unit. |\n"))
    #expect(text.contains("| `placed_at` | `long (timestamp-millis)` | yes |"))
  }
}

/// Small catalogs and odd values still give sound pages.
@Suite struct MarkdownEdgeCaseTests {
  @Test func anEmptyCatalogHasAnIndexWithADefaultTitle() throws {
    let pages = MarkdownCatalogRenderer().render(EventCatalog(title: " "))
    #expect(pages.map(\.path) == ["README.md"])
    let text = String(decoding: try #require(pages.first).bytes, as: UTF8.self)
    #expect(text.hasPrefix("# Event catalog\n\n0 events in 0 domains, 0 services, 0 owners.\n"))
  }

  @Test func aHandSetSlugCannotLeaveTheFolder() {
    let event = CatalogEvent(
      id: "x", slug: "../../etc/passwd", format: .avro,
      schema: CatalogSchemaSource(path: "x.avsc", text: "\"int\""))
    let pages = MarkdownCatalogRenderer().render(EventCatalog(title: "T", events: [event]))
    #expect(pages.map(\.path) == ["README.md", "events/x..-..-etc-passwd.md"])
    let index = String(decoding: pages[0].bytes, as: UTF8.self)
    #expect(index.contains("1 event in 1 domain, 0 services, 0 owners."))
    #expect(index.contains("[x](events/x..-..-etc-passwd.md)"))
    #expect(index.contains("## (no domain)"))
  }
}
