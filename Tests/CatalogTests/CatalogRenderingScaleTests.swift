import Catalog
import Testing

/// The renderers stay linear: 2,000 events with 5 versions and 20 fields each render quickly.
@Suite struct CatalogRenderingScaleTests {
  static func largeCatalog(events count: Int) -> EventCatalog {
    let fields = (0..<20).map {
      CatalogField(
        path: "field_\($0)", depth: $0 % 3, type: "string", required: $0.isMultiple(of: 2),
        constraints: ["maxLength 64"], doc: "Field \($0) <b>doc</b>")
    }
    let versions = (1...5).map {
      CatalogVersion(
        label: "v\($0)", source: "schemas/v\($0).avsc",
        changes: [
          CatalogChange(
            kind: "FIELD_ADDED", message: "field added", breaksBackward: false,
            breaksForward: false)
        ], verdict: $0 == 1 ? .first : .compatible)
    }
    let events = (0..<count).map { index in
      let id = "domain\(index % 20).event-\(index)"
      return CatalogEvent(
        id: id, slug: id, format: .avro, domain: "domain\(index % 20)",
        owner: "team-\(index % 10)", producers: ["service-\(index % 50)"],
        consumers: ["service-\((index + 1) % 50)"], compatibility: "BACKWARD",
        status: .compatible,
        schema: CatalogSchemaSource(
          path: "schemas/\(id).avsc", text: String(repeating: "{\"type\": \"string\"}\n", count: 40)
        ),
        fields: fields, versions: versions)
    }
    let services = (0..<50).map { index in
      CatalogService(
        id: "service-\(index)", slug: "service-\(index)",
        produces: events.filter { $0.producers.contains("service-\(index)") }.map(\.id),
        consumes: events.filter { $0.consumers.contains("service-\(index)") }.map(\.id))
    }
    let owners = (0..<10).map { index in
      CatalogOwner(
        id: "team-\(index)", slug: "team-\(index)",
        events: events.filter { $0.owner == "team-\(index)" }.map(\.id))
    }
    return EventCatalog(title: "Large", events: events, services: services, owners: owners)
  }

  @Test func twoThousandEventsRenderInSeconds() {
    let catalog = Self.largeCatalog(events: 2_000)
    let clock = ContinuousClock()
    var markdownBytes = 0
    var jsonBytes = 0
    let markdown = clock.measure {
      markdownBytes = MarkdownCatalogRenderer().render(catalog).reduce(0) { $0 + $1.bytes.count }
    }
    let json = clock.measure {
      jsonBytes = JSONCatalogRenderer().render(catalog).reduce(0) { $0 + $1.bytes.count }
    }
    print(
      "2,000 events: markdown \(markdown) (\(markdownBytes) bytes), json \(json) (\(jsonBytes) bytes)"
    )
    #expect(markdownBytes > 2_000 * 1_000)
    // Generous for debug builds on a shared machine; release is far faster.
    #expect(markdown < .seconds(30))
    #expect(json < .seconds(30))
  }
}
