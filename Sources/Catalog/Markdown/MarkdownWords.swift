import SchemaModel

/// The fixed words the Markdown pages use for formats, statuses and verdicts.
enum MarkdownWords {
  /// The catalog's title; a catalog without one is called `Event catalog`.
  static func title(of catalog: EventCatalog) -> String {
    catalog.title.allSatisfy(\.isWhitespace) ? "Event catalog" : catalog.title
  }

  /// The event's own title, else its id.
  static func title(of event: CatalogEvent) -> String { event.title ?? event.id }

  static func title(of service: CatalogService) -> String { service.title ?? service.id }

  /// The label of the newest version, nil when there is no history.
  static func latestVersion(of event: CatalogEvent) -> String? { event.versions.last?.label }

  static func format(_ format: SchemaFormat) -> String {
    switch format {
    case .avro: "Avro"
    case .protobuf: "Protobuf"
    case .jsonSchema: "JSON Schema"
    }
  }

  static func status(_ status: CatalogStatus) -> String {
    switch status {
    case .compatible: "✅ compatible"
    case .incompatible: "❌ incompatible"
    case .invalid: "⚠️ invalid"
    case .unchecked: "➖ unchecked"
    }
  }

  static func verdict(_ verdict: CatalogVerdict) -> String {
    switch verdict {
    case .first: "First version"
    case .compatible: "✅ compatible with the previous version"
    case .incompatible(let rules):
      rules.isEmpty
        ? "❌ incompatible with the previous version"
        : "❌ incompatible with the previous version: "
          + rules.map { MarkdownText.code($0) }.joined(separator: ", ")
    case .notCompared: "⚠️ not compared (a version does not parse)"
    case .ungated: "➖ not gated (mode NONE)"
    }
  }

  /// The fence language GitHub and GitLab highlight for a schema or payload file.
  static func language(path: String, format: SchemaFormat?) -> String {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return "yaml" }
    if lowered.hasSuffix(".proto") || format == .protobuf { return "protobuf" }
    if lowered.hasSuffix(".json") || lowered.hasSuffix(".avsc") || lowered.hasSuffix(".jsonl")
      || format != nil
    {
      return "json"
    }
    return ""
  }

  static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
}
