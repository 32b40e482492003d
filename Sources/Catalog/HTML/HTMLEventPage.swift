/// `events/<slug>.html`: everything the catalog knows about one event.
struct HTMLEventPage {
  let catalog: EventCatalog
  let event: CatalogEvent
  let links: HTMLLinks

  static let prefix = "../"

  func render() -> String {
    var body = HTMLBuffer()
    body.element("h1", event.title ?? event.id)
    body.markup("<p>")
    HTMLEventLabels.status(event.status, into: &body)
    if event.title != nil {
      body.markup(" <span class=\"muted id\">")
      body.text(event.id)
      body.markup("</span>")
    }
    body.markup("</p>\n")
    if let description = event.description, !description.trimmedForHTML().isEmpty {
      body.markup("<div class=\"description\">\n")
      body.appendRendered(HTMLMarkdown.render(description))
      body.markup("</div>\n")
    }
    details(into: &body)
    channel(into: &body)
    body.markup("<h2 id=\"flow\">Producers and consumers</h2>\n")
    if let layout = HTMLGraphLayout(events: [event], links: links, prefix: Self.prefix),
      !event.producers.isEmpty || !event.consumers.isEmpty
    {
      HTMLGraphSVG.draw(layout, into: &body)
    }
    body.markup("<dl class=\"props\"><dt>Producers</dt><dd>")
    links.services(event.producers, from: Self.prefix, into: &body)
    body.markup("</dd><dt>Consumers</dt><dd>")
    links.services(event.consumers, from: Self.prefix, into: &body)
    body.markup("</dd></dl>\n")
    HTMLEventSections.fields(event.fields, into: &body)
    HTMLEventSections.examples(event.examples, into: &body)
    HTMLEventSections.versions(event.versions, into: &body)
    HTMLEventSections.source(event.schema, into: &body)
    return HTMLPageShell.page(
      title: event.title ?? event.id, catalog: catalog, prefix: Self.prefix, body: body)
  }

  private func details(into body: inout HTMLBuffer) {
    body.markup("<dl class=\"props\">\n<dt>Format</dt><dd>")
    body.text(HTMLEventLabels.format(event.format))
    body.markup("</dd>\n<dt>Domain</dt><dd>")
    body.text(event.domain ?? CatalogEvent.noDomain)
    body.markup("</dd>\n<dt>Owner</dt><dd>")
    if let owner = event.owner {
      links.owner(owner, from: Self.prefix, into: &body)
    } else {
      body.markup("—")
    }
    body.markup("</dd>\n<dt>Compatibility</dt><dd class=\"mono\">")
    body.text(event.compatibility ?? "not checked")
    body.markup("</dd>\n<dt>Latest version</dt><dd class=\"mono\">")
    body.text(event.versions.last?.label ?? "—")
    body.markup(" <span class=\"muted\">(")
    body.number(event.versions.count)
    body.markup(event.versions.count == 1 ? " version)</span>" : " versions)</span>")
    body.markup("</dd>\n")
    if !event.tags.isEmpty {
      body.markup("<dt>Tags</dt><dd>")
      for tag in event.tags {
        body.badge(.neutral, tag)
        body.markup(" ")
      }
      body.markup("</dd>\n")
    }
    if !event.sources.isEmpty {
      body.markup("<dt>Declared in</dt><dd class=\"mono\">")
      body.text(event.sources.joined(separator: ", "))
      body.markup("</dd>\n")
    }
    body.markup("</dl>\n")
  }

  private func channel(into body: inout HTMLBuffer) {
    guard let channel = event.channel else { return }
    body.markup(
      "<h2 id=\"channel\">Channel</h2>\n<dl class=\"props\">\n<dt>Address</dt><dd class=\"mono\">")
    body.text(channel.address ?? "(dynamic)")
    body.markup("</dd>\n")
    if !channel.protocols.isEmpty {
      body.markup("<dt>Protocols</dt><dd>")
      body.text(channel.protocols.joined(separator: ", "))
      body.markup("</dd>\n")
    }
    for binding in channel.bindings {
      body.markup("<dt>")
      body.text(binding.name)
      body.markup("</dt><dd class=\"mono\">")
      body.text(binding.value)
      body.markup("</dd>\n")
    }
    body.markup("</dl>\n")
  }
}
