/// `owners/<slug>.html`: the events and services a team owns.
struct HTMLOwnerPage {
  let catalog: EventCatalog
  let owner: CatalogOwner
  let links: HTMLLinks

  static let prefix = "../"

  func render() -> String {
    var body = HTMLBuffer()
    body.element("h1", owner.id)
    body.markup("<h2>Events</h2>\n")
    if owner.events.isEmpty {
      body.markup("<p class=\"muted\">None.</p>\n")
    } else {
      body.markup("<ul>\n")
      for id in owner.events {
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
    body.markup("<h2>Services</h2>\n")
    if owner.services.isEmpty {
      body.markup("<p class=\"muted\">None.</p>\n")
    } else {
      body.markup("<ul>\n")
      for id in owner.services {
        body.markup("<li>")
        links.service(id, from: Self.prefix, into: &body)
        body.markup("</li>\n")
      }
      body.markup("</ul>\n")
    }
    return HTMLPageShell.page(title: owner.id, catalog: catalog, prefix: Self.prefix, body: body)
  }
}
