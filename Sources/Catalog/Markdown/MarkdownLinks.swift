/// Relative links between the pages of one catalog, looked up once per render.
struct MarkdownLinks {
  private let events: [String: String]
  private let services: [String: String]
  private let owners: [String: String]
  private let eventsByID: [String: CatalogEvent]

  init(_ catalog: EventCatalog) {
    events = Dictionary(catalog.events.map { ($0.id, $0.slug) }, uniquingKeysWith: { a, _ in a })
    services = Dictionary(
      catalog.services.map { ($0.id, $0.slug) }, uniquingKeysWith: { a, _ in a })
    owners = Dictionary(catalog.owners.map { ($0.id, $0.slug) }, uniquingKeysWith: { a, _ in a })
    eventsByID = Dictionary(catalog.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The event with this id, if the catalog has it.
  func eventValue(_ id: String) -> CatalogEvent? { eventsByID[id] }

  // Slugs come from `CatalogSlug`; making them again changes nothing for those and keeps a
  // hand-set slug from leaving the folder or breaking a link.
  static func eventPath(_ slug: String) -> String { "events/\(CatalogSlug.make(slug)).md" }
  static func servicePath(_ slug: String) -> String { "services/\(CatalogSlug.make(slug)).md" }
  static func ownerPath(_ slug: String) -> String { "owners/\(CatalogSlug.make(slug)).md" }

  /// A link to the event's page from a page `depth` folders below the catalog's root; plain
  /// text when the catalog has no such event.
  func event(_ id: String, from depth: Int) -> String {
    link(id, slug: events[id], path: Self.eventPath, depth: depth)
  }

  func service(_ id: String, from depth: Int) -> String {
    link(id, slug: services[id], path: Self.servicePath, depth: depth)
  }

  func owner(_ id: String, from depth: Int) -> String {
    link(id, slug: owners[id], path: Self.ownerPath, depth: depth)
  }

  func services(_ ids: [String], from depth: Int) -> String {
    ids.map { service($0, from: depth) }.joined(separator: ", ")
  }

  private func link(
    _ id: String, slug: String?, path: (String) -> String, depth: Int
  ) -> String {
    let text = MarkdownText.inline(id)
    guard let slug else { return text }
    let prefix = String(repeating: "../", count: depth)
    return "[\(text)](\(prefix)\(path(slug)))"
  }
}
