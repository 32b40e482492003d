/// Finds the pages of events, services and owners by id, so a page links a name only when the
/// page it points to exists.
struct HTMLLinks {
  private let events: [String: CatalogEvent]
  private let services: [String: CatalogService]
  private let owners: [String: CatalogOwner]

  init(_ catalog: EventCatalog) {
    events = Dictionary(catalog.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    services = Dictionary(
      catalog.services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    owners = Dictionary(catalog.owners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func event(_ id: String) -> CatalogEvent? { events[id] }
  func service(_ id: String) -> CatalogService? { services[id] }

  /// A link to the event's page, or its id as text when there is none.
  func event(_ id: String, from prefix: String, into buffer: inout HTMLBuffer) {
    if let event = events[id] {
      buffer.link(.page(prefix, "events", event.slug), event.title ?? event.id)
    } else {
      buffer.text(id)
    }
  }

  func service(_ id: String, from prefix: String, into buffer: inout HTMLBuffer) {
    if let service = services[id] {
      buffer.link(.page(prefix, "services", service.slug), service.title ?? service.id)
    } else {
      buffer.text(id)
    }
  }

  func owner(_ id: String, from prefix: String, into buffer: inout HTMLBuffer) {
    if let owner = owners[id] {
      buffer.link(.page(prefix, "owners", owner.slug), owner.id)
    } else {
      buffer.text(id)
    }
  }

  /// Comma-separated service links, or a dash.
  func services(_ ids: [String], from prefix: String, into buffer: inout HTMLBuffer) {
    if ids.isEmpty { buffer.markup("<span class=\"muted\">—</span>") }
    for (index, id) in ids.enumerated() {
      if index > 0 { buffer.markup(", ") }
      service(id, from: prefix, into: &buffer)
    }
  }
}
