import Testing

@testable import Catalog

/// The graph's rows: events by id, services by the mean row of their events.
@Suite struct HTMLGraphLayoutTests {
  @Test func servicesFollowTheirEventsThenTheirIds() {
    let rows = [["z-late"], ["b", "a"], ["a", "m"], ["m"]]
    // z-late: 0; a: 1.5; b: 1; m: 2.5.
    #expect(HTMLGraphLayout.byBarycenter(rows) == ["z-late", "b", "a", "m"])
    #expect(HTMLGraphLayout.byBarycenter([["y", "x"], ["x", "y"]]) == ["x", "y"])
  }

  @Test func layoutIsTheSameWhateverTheInputOrder() throws {
    let catalog = HTMLCatalogSamples.shop
    let links = HTMLLinks(catalog)
    let forward = try #require(HTMLGraphLayout(events: catalog.events, links: links, prefix: ""))
    let backward = try #require(
      HTMLGraphLayout(events: catalog.events.reversed(), links: links, prefix: ""))
    #expect(forward.nodes.map(\.label) == backward.nodes.map(\.label))
    #expect(forward.nodes.map(\.y) == backward.nodes.map(\.y))
    #expect(forward.edges.count == 5)
  }
}
