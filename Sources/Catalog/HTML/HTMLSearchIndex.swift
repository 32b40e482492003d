/// The entries the index page's search runs over: every event (id, title, domain, owner, field
/// paths), service and owner, with the relative URL of its page.
enum HTMLSearchIndex {
  static func entries(_ catalog: EventCatalog) -> [[(String, String)]] {
    var entries: [[(String, String)]] = []
    for event in catalog.events {
      entries.append([
        ("id", event.id), ("title", event.title ?? ""), ("kind", "event"),
        ("domain", event.domain ?? ""), ("owner", event.owner ?? ""),
        ("fields", event.fields.map(\.path).joined(separator: " ")),
        ("url", "events/" + event.slug + ".html"),
      ])
    }
    for service in catalog.services {
      entries.append([
        ("id", service.id), ("title", service.title ?? ""), ("kind", "service"), ("domain", ""),
        ("owner", service.owner ?? ""), ("fields", ""),
        ("url", "services/" + service.slug + ".html"),
      ])
    }
    for owner in catalog.owners {
      entries.append([
        ("id", owner.id), ("title", ""), ("kind", "owner"), ("domain", ""), ("owner", owner.id),
        ("fields", ""), ("url", "owners/" + owner.slug + ".html"),
      ])
    }
    return entries
  }
}
