/// `README.md`: the events of each domain in a table, then the services and the owners.
enum MarkdownIndexPage {
  static func text(_ catalog: EventCatalog, _ links: MarkdownLinks) -> String {
    var out = "# \(MarkdownText.inline(MarkdownWords.title(of: catalog)))\n\n"
    out += count(catalog.events.count, "event") + " in " + count(catalog.domains.count, "domain")
    out += ", " + count(catalog.services.count, "service") + ", "
    out += count(catalog.owners.count, "owner") + ".\n\n"
    for domain in catalog.domains {
      out += "## \(MarkdownText.inline(domain))\n\n"
      var table = MarkdownTable([
        "Event", "Format", "Latest version", "Versions", "Mode", "Status", "Owner", "Producers",
        "Consumers",
      ])
      for event in catalog.events where (event.domain ?? CatalogEvent.noDomain) == domain {
        table.add([
          links.event(event.id, from: 0),
          MarkdownWords.format(event.format),
          MarkdownWords.latestVersion(of: event).map { MarkdownText.code($0, inTable: true) } ?? "",
          String(event.versions.count),
          event.compatibility.map { MarkdownText.code($0, inTable: true) } ?? "",
          MarkdownWords.status(event.status),
          event.owner.map { links.owner($0, from: 0) } ?? "",
          links.services(event.producers, from: 0),
          links.services(event.consumers, from: 0),
        ])
      }
      out += table.text + "\n"
    }
    if !catalog.services.isEmpty {
      out += "## Services\n\n"
      var table = MarkdownTable(["Service", "Produces", "Consumes", "Owner"])
      for service in catalog.services {
        table.add([
          links.service(service.id, from: 0),
          String(service.produces.count), String(service.consumes.count),
          service.owner.map { links.owner($0, from: 0) } ?? "",
        ])
      }
      out += table.text + "\n"
    }
    if !catalog.owners.isEmpty {
      out += "## Owners\n\n"
      var table = MarkdownTable(["Owner", "Events", "Services"])
      for owner in catalog.owners {
        table.add([
          links.owner(owner.id, from: 0), String(owner.events.count),
          String(owner.services.count),
        ])
      }
      out += table.text + "\n"
    }
    return out + MarkdownFooter.text(catalog, depth: 0)
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
