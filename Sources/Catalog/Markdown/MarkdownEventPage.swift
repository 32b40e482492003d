/// `events/<slug>.md`: everything about one event, newest schema first, history last.
enum MarkdownEventPage {
  static func text(_ event: CatalogEvent, catalog: EventCatalog, links: MarkdownLinks) -> String {
    var out = "# \(MarkdownText.inline(MarkdownWords.title(of: event)))\n\n"
    if let description = event.description, !description.isEmpty {
      out += MarkdownText.userMarkdown(description) + "\n\n"
    }
    out += details(event, links: links)
    out += channel(event)
    out += producersAndConsumers(event, links: links)
    out += fields(event)
    out += examples(event)
    out += versions(event)
    out += "## Schema\n\n"
    out += "From \(MarkdownText.code(event.schema.path)):\n\n"
    out += MarkdownText.fenced(
      event.schema.text,
      language: MarkdownWords.language(path: event.schema.path, format: event.format))
    out += "\n"
    return out + MarkdownFooter.text(catalog, depth: 1)
  }

  private static func details(_ event: CatalogEvent, links: MarkdownLinks) -> String {
    var details = MarkdownDetails()
    details.add("Event", MarkdownText.code(event.id, inTable: true))
    details.add("Domain", event.domain.map(MarkdownText.inline))
    details.add("Format", MarkdownWords.format(event.format))
    details.add("Owner", event.owner.map { links.owner($0, from: 1) })
    details.add("Compatibility", event.compatibility.map { MarkdownText.code($0, inTable: true) })
    details.add("Status", MarkdownWords.status(event.status))
    details.add(
      "Latest version",
      MarkdownWords.latestVersion(of: event).map { MarkdownText.code($0, inTable: true) })
    details.add(
      "Tags", event.tags.map { MarkdownText.code($0, inTable: true) }.joined(separator: " "))
    details.add(
      "Declared in",
      event.sources.map { MarkdownText.code($0, inTable: true) }.joined(separator: ", "))
    return details.text + "\n"
  }

  private static func channel(_ event: CatalogEvent) -> String {
    guard let channel = event.channel else { return "" }
    var details = MarkdownDetails()
    details.add(
      "Address", channel.address.map { MarkdownText.code($0, inTable: true) } ?? "dynamic")
    details.add("Protocols", channel.protocols.map(MarkdownText.inline).joined(separator: ", "))
    for binding in channel.bindings {
      details.add(
        MarkdownText.inline(binding.name), MarkdownText.code(binding.value, inTable: true))
    }
    return "## Channel\n\n" + details.text + "\n"
  }

  private static func producersAndConsumers(_ event: CatalogEvent, links: MarkdownLinks) -> String {
    var out = "## Producers and consumers\n\n"
    let producers = links.services(event.producers, from: 1)
    let consumers = links.services(event.consumers, from: 1)
    out += "- **Produced by:** \(producers.isEmpty ? "nobody named" : producers)\n"
    out += "- **Consumed by:** \(consumers.isEmpty ? "nobody named" : consumers)\n\n"
    return out
  }

  private static func fields(_ event: CatalogEvent) -> String {
    let out = "## Fields\n\n"
    guard !event.fields.isEmpty else { return out + "No fields.\n\n" }
    var table = MarkdownTable([
      "Field", "Type", "Required", "Default", "Constraints", "Description",
    ])
    for field in event.fields {
      // Non-breaking spaces indent nested fields; plain spaces would be collapsed.
      let indent = String(repeating: "&emsp;", count: min(field.depth, 16))
      let marker = field.depth > 0 ? "↳ " : ""
      var name = MarkdownText.code(field.path, inTable: true)
      if field.deprecated { name = "~~\(name)~~" }
      var doc = field.doc.map(MarkdownText.inline) ?? ""
      if field.deprecated { doc = "**Deprecated.** " + doc }
      table.add([
        indent + marker + name,
        MarkdownText.code(field.type, inTable: true),
        MarkdownWords.yesNo(field.required),
        field.defaultValue.map { MarkdownText.code($0, inTable: true) } ?? "",
        field.constraints.map { MarkdownText.code($0, inTable: true) }.joined(separator: "<br>"),
        doc,
      ])
    }
    return out + table.text + "\n"
  }

  private static func examples(_ event: CatalogEvent) -> String {
    guard !event.examples.isEmpty else { return "" }
    var out = "## Examples\n\n"
    out += "Each fixture was validated against the newest schema.\n\n"
    for example in event.examples {
      let kind =
        example.expectedValid ? "example (must be valid)" : "counterexample (must be invalid)"
      let result = example.passed ? "✅ passed" : "❌ failed"
      out += "### \(MarkdownText.code(example.path)) — \(kind), \(result)\n\n"
      if let text = example.text {
        out += MarkdownText.fenced(
          text, language: MarkdownWords.language(path: example.path, format: nil))
        out += "\n"
      } else {
        out += "A binary fixture, not shown.\n\n"
      }
    }
    return out
  }

  private static func versions(_ event: CatalogEvent) -> String {
    guard !event.versions.isEmpty else { return "" }
    var out = "## Versions\n\nNewest first.\n\n"
    for version in event.versions.reversed() {
      out += "### \(MarkdownText.code(version.label))\n\n"
      out +=
        "\(MarkdownWords.verdict(version.verdict)). From \(MarkdownText.code(version.source)).\n\n"
      guard !version.changes.isEmpty else { continue }
      var table = MarkdownTable(["Change", "What changed", "Breaks backward", "Breaks forward"])
      for change in version.changes {
        table.add([
          MarkdownText.code(change.kind, inTable: true), MarkdownText.inline(change.message),
          MarkdownWords.yesNo(change.breaksBackward), MarkdownWords.yesNo(change.breaksForward),
        ])
      }
      out += table.text + "\n"
    }
    return out
  }
}
