/// `index.html`: the search, the producers -> events -> consumers graph, events by domain, and
/// the lists of services and owners.
struct HTMLIndexPage {
  let catalog: EventCatalog
  let links: HTMLLinks

  func render() -> String {
    var body = HTMLBuffer()
    body.element("h1", catalog.title)
    body.markup("<p class=\"muted\">")
    body.count(catalog.events.count, "event", "events")
    body.markup(" in ")
    body.count(catalog.domains.count, "domain", "domains")
    body.markup(" · ")
    body.count(catalog.services.count, "service", "services")
    body.markup(" · ")
    body.count(catalog.owners.count, "owner", "owners")
    body.markup("</p>\n")
    search(into: &body)
    graphs(into: &body)
    eventTables(into: &body)
    services(into: &body)
    owners(into: &body)
    return HTMLPageShell.page(
      title: catalog.title, catalog: catalog, prefix: "", body: body, script: true)
  }

  private func search(into body: inout HTMLBuffer) {
    body.markup("<section class=\"search\" id=\"find\">\n")
    body.markup(
      "<label for=\"search\" class=\"muted\">Search events, fields, services and owners</label><br>\n"
    )
    body.markup(
      "<input id=\"search\" type=\"search\" placeholder=\"order, customer.id, payments…\" autocomplete=\"off\">\n"
    )
    body.markup("<noscript><p class=\"muted\">The search needs JavaScript.</p></noscript>\n")
    body.markup("<p id=\"search-status\" class=\"muted\"></p><ol id=\"search-results\"></ol>\n")
    body.markup("<script type=\"application/json\" id=\"search-data\">")
    body.scriptData(HTMLSearchIndex.entries(catalog))
    body.markup("</script>\n</section>\n")
  }

  /// One graph for the whole catalog, or one per domain when it is too big; a domain too big
  /// for one graph is left to its event pages.
  private func graphs(into body: inout HTMLBuffer) {
    body.markup("<h2 id=\"graph\">Producers → events → consumers</h2>\n")
    if let layout = HTMLGraphLayout(events: catalog.events, links: links, prefix: "") {
      HTMLGraphSVG.draw(layout, into: &body)
      return
    }
    var notDrawn: [(domain: String, events: Int)] = []
    for domain in catalog.domains {
      let events = catalog.events.filter { ($0.domain ?? CatalogEvent.noDomain) == domain }
      guard let layout = HTMLGraphLayout(events: events, links: links, prefix: "") else {
        notDrawn.append((domain, events.count))
        continue
      }
      body.element("h3", domain)
      HTMLGraphSVG.draw(layout, into: &body)
    }
    guard !notDrawn.isEmpty else { return }
    body.markup("<p class=\"muted\">Too many events or services to draw: ")
    for (index, entry) in notDrawn.enumerated() {
      if index > 0 { body.markup(", ") }
      body.text(entry.domain)
      body.markup(" (")
      body.number(entry.events)
      body.markup(")")
    }
    body.markup(". Each event page shows its producers and consumers.</p>\n")
  }

  private func eventTables(into body: inout HTMLBuffer) {
    body.markup("<h2 id=\"events\">Events</h2>\n")
    for domain in catalog.domains {
      body.element("h3", domain)
      body.markup("<div class=\"scroll\"><table class=\"events\">\n<thead><tr><th>Event</th>")
      body.markup("<th>Format</th>")
      body.markup("<th>Latest</th><th>Versions</th><th>Mode</th><th>Status</th><th>Owner</th>")
      body.markup("<th>Producers</th><th>Consumers</th></tr></thead>\n<tbody>\n")
      for event in catalog.events where (event.domain ?? CatalogEvent.noDomain) == domain {
        body.markup("<tr><td class=\"wrap\">")
        body.link(.page("", "events", event.slug), event.title ?? event.id)
        if event.title != nil {
          body.markup("<br><span class=\"muted id\">")
          body.text(event.id)
          body.markup("</span>")
        }
        body.markup("</td><td>")
        body.text(HTMLEventLabels.format(event.format))
        body.markup("</td><td class=\"mono\">")
        body.text(event.versions.last?.label ?? "—")
        body.markup("</td><td>")
        body.number(event.versions.count)
        body.markup("</td><td class=\"mono\">")
        body.text(event.compatibility ?? "—")
        body.markup("</td><td>")
        HTMLEventLabels.status(event.status, into: &body)
        body.markup("</td><td>")
        if let owner = event.owner {
          links.owner(owner, from: "", into: &body)
        } else {
          body.markup("—")
        }
        body.markup("</td><td>")
        links.services(event.producers, from: "", into: &body)
        body.markup("</td><td>")
        links.services(event.consumers, from: "", into: &body)
        body.markup("</td></tr>\n")
      }
      body.markup("</tbody></table></div>\n")
    }
  }

  private func services(into body: inout HTMLBuffer) {
    body.markup("<h2 id=\"services\">Services</h2>\n<ul>\n")
    for service in catalog.services {
      body.markup("<li>")
      body.link(.page("", "services", service.slug), service.title ?? service.id)
      body.markup(" <span class=\"muted\">produces ")
      body.number(service.produces.count)
      body.markup(", consumes ")
      body.number(service.consumes.count)
      body.markup("</span></li>\n")
    }
    body.markup("</ul>\n")
  }

  private func owners(into body: inout HTMLBuffer) {
    body.markup("<h2 id=\"owners\">Owners</h2>\n<ul>\n")
    for owner in catalog.owners {
      body.markup("<li>")
      body.link(.page("", "owners", owner.slug), owner.id)
      body.markup(" <span class=\"muted\">")
      body.count(owner.events.count, "event", "events")
      body.markup(", ")
      body.count(owner.services.count, "service", "services")
      body.markup("</span></li>\n")
    }
    body.markup("</ul>\n")
  }
}
