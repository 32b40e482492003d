/// `services/<slug>.md`: what a service produces and consumes, its servers and description.
enum MarkdownServicePage {
  static func text(_ service: CatalogService, catalog: EventCatalog, links: MarkdownLinks)
    -> String
  {
    var out = "# \(MarkdownText.inline(MarkdownWords.title(of: service)))\n\n"
    if let description = service.description, !description.isEmpty {
      out += MarkdownText.userMarkdown(description) + "\n\n"
    }
    var details = MarkdownDetails()
    details.add("Service", MarkdownText.code(service.id, inTable: true))
    details.add("Version", service.version.map { MarkdownText.code($0, inTable: true) })
    details.add("Owner", service.owner.map { links.owner($0, from: 1) })
    details.add("Described in", service.source.map { MarkdownText.code($0, inTable: true) })
    if !details.isEmpty { out += details.text + "\n" }
    out += section("Produces", service.produces, catalog: catalog, links: links)
    out += section("Consumes", service.consumes, catalog: catalog, links: links)
    if !service.servers.isEmpty {
      out += "## Servers\n\n"
      var table = MarkdownTable(["Server", "Address"])
      for server in service.servers {
        table.add([
          MarkdownText.inline(server.name), MarkdownText.code(server.value, inTable: true),
        ])
      }
      out += table.text + "\n"
    }
    return out + MarkdownFooter.text(catalog, depth: 1)
  }

  static func section(
    _ heading: String, _ ids: [String], catalog: EventCatalog, links: MarkdownLinks
  ) -> String {
    let out = "## \(heading)\n\n"
    guard !ids.isEmpty else { return out + "Nothing.\n\n" }
    var table = MarkdownTable(["Event", "Format", "Channel", "Status"])
    for id in ids {
      let event = links.eventValue(id)
      table.add([
        links.event(id, from: 1),
        event.map { MarkdownWords.format($0.format) } ?? "",
        event?.channel?.address.map { MarkdownText.code($0, inTable: true) } ?? "",
        event.map { MarkdownWords.status($0.status) } ?? "",
      ])
    }
    return out + table.text + "\n"
  }
}

/// `owners/<slug>.md`: the events and services a team owns.
enum MarkdownOwnerPage {
  static func text(_ owner: CatalogOwner, catalog: EventCatalog, links: MarkdownLinks) -> String {
    var out = "# \(MarkdownText.inline(owner.id))\n\n"
    out += "## Events\n\n"
    if owner.events.isEmpty {
      out += "Nothing.\n\n"
    } else {
      var table = MarkdownTable(["Event", "Domain", "Format", "Status"])
      for id in owner.events {
        let event = links.eventValue(id)
        table.add([
          links.event(id, from: 1),
          MarkdownText.inline(event?.domain ?? ""),
          event.map { MarkdownWords.format($0.format) } ?? "",
          event.map { MarkdownWords.status($0.status) } ?? "",
        ])
      }
      out += table.text + "\n"
    }
    out += "## Services\n\n"
    if owner.services.isEmpty {
      out += "Nothing.\n\n"
    } else {
      for id in owner.services { out += "- \(links.service(id, from: 1))\n" }
      out += "\n"
    }
    return out + MarkdownFooter.text(catalog, depth: 1)
  }
}
