/// `services/<slug>.html`: what a service produces and consumes, and its AsyncAPI details.
struct HTMLServicePage {
  let catalog: EventCatalog
  let service: CatalogService
  let links: HTMLLinks

  static let prefix = "../"

  func render() -> String {
    var body = HTMLBuffer()
    body.element("h1", service.title ?? service.id)
    if service.title != nil {
      body.markup("<p class=\"muted id\">")
      body.text(service.id)
      body.markup("</p>\n")
    }
    if let description = service.description, !description.trimmedForHTML().isEmpty {
      body.appendRendered(HTMLMarkdown.render(description))
    }
    body.markup("<dl class=\"props\">\n<dt>Owner</dt><dd>")
    if let owner = service.owner {
      links.owner(owner, from: Self.prefix, into: &body)
    } else {
      body.markup("—")
    }
    body.markup("</dd>\n")
    if let version = service.version {
      body.markup("<dt>Version</dt><dd class=\"mono\">")
      body.text(version)
      body.markup("</dd>\n")
    }
    if let source = service.source {
      body.markup("<dt>AsyncAPI</dt><dd class=\"mono\">")
      body.text(source)
      body.markup("</dd>\n")
    }
    for server in service.servers {
      body.markup("<dt>Server ")
      body.text(server.name)
      body.markup("</dt><dd class=\"mono\">")
      body.text(server.value)
      body.markup("</dd>\n")
    }
    body.markup("</dl>\n")
    list("Produces", service.produces, into: &body)
    list("Consumes", service.consumes, into: &body)
    graph(into: &body)
    return HTMLPageShell.page(
      title: service.title ?? service.id, catalog: catalog, prefix: Self.prefix, body: body)
  }

  /// The events it sends and receives with all their producers and consumers.
  private func graph(into body: inout HTMLBuffer) {
    let events = Set(service.produces + service.consumes).sorted().compactMap(links.event)
    guard let layout = HTMLGraphLayout(events: events, links: links, prefix: Self.prefix) else {
      return
    }
    body.markup("<h2 id=\"flow\">Producers → events → consumers</h2>\n")
    HTMLGraphSVG.draw(layout, into: &body)
  }

  private func list(_ heading: StaticString, _ ids: [String], into body: inout HTMLBuffer) {
    body.markup("<h2>")
    body.markup(heading)
    body.markup("</h2>\n")
    guard !ids.isEmpty else {
      body.markup("<p class=\"muted\">Nothing.</p>\n")
      return
    }
    body.markup("<ul>\n")
    for id in ids {
      body.markup("<li>")
      links.event(id, from: Self.prefix, into: &body)
      if let event = links.event(id) {
        body.markup(" ")
        HTMLEventLabels.status(event.status, into: &body)
      }
      body.markup("</li>\n")
    }
    body.markup("</ul>\n")
  }
}
