/// Renders the catalog as a static, self-contained HTML site: `index.html`, and a page per
/// event, service and owner under `events/`, `services/` and `owners/`. Inline CSS and script
/// only, relative links, a Content-Security-Policy on every page; works from `file://`.
///
/// - Every text from schemas, config and AsyncAPI is untrusted: it reaches a page only through
///   `HTMLText` (escapes `& < > " '`, drops terminal control characters); markup comes from
///   string literals (`HTMLBuffer`). Links are relative paths made of slugs, or `http(s)` links
///   from descriptions.
/// - Descriptions are Markdown: a safe subset is rendered (`HTMLMarkdown`), the rest shows as
///   escaped text.
/// - The search index is a JSON data block in `index.html` (no `fetch`, which `file://`
///   forbids), escaped by `HTMLScriptJSON` so `</script>` in a doc cannot end it.
/// - The CSP allows only the inline stylesheet and search script, by their SHA-256 hashes.
public struct HTMLCatalogRenderer: CatalogRendering {
  public init() {}

  public func jobs(_ catalog: EventCatalog) -> [CatalogPageJob] {
    let links = HTMLLinks(catalog)
    var jobs = [
      CatalogPageJob.text("index.html") { HTMLIndexPage(catalog: catalog, links: links).render() }
    ]
    for event in catalog.events {
      jobs.append(
        .text("events/" + event.slug + ".html") {
          HTMLEventPage(catalog: catalog, event: event, links: links).render()
        })
    }
    for service in catalog.services {
      jobs.append(
        .text("services/" + service.slug + ".html") {
          HTMLServicePage(catalog: catalog, service: service, links: links).render()
        })
    }
    for owner in catalog.owners {
      jobs.append(
        .text("owners/" + owner.slug + ".html") {
          HTMLOwnerPage(catalog: catalog, owner: owner, links: links).render()
        })
    }
    return jobs
  }
}
