extension ConfigDecoder {
  /// `catalog: { title, out, formats, git-history }`.
  func catalog(_ entry: ConfigEntry) throws(ConfigError) -> CatalogConfig {
    var catalog = CatalogConfig()
    for item in try mapping(entry, context: "at the top level") {
      try checkKey(item, known: ConfigKeys.catalog, context: "in 'catalog'")
      switch item.key {
      case "title": catalog.title = try string(item, context: "in 'catalog'")
      case "out": catalog.out = try string(item, context: "in 'catalog'")
      case "git-history": catalog.gitHistory = try bool(item, context: "in 'catalog'")
      case "formats":
        var formats: [CatalogConfig.Format] = []
        for name in try stringList(item, context: "in 'catalog'") {
          guard let format = CatalogConfig.Format(rawValue: name) else {
            throw error(
              .unknownValue(
                name, key: item.key, context: "in 'catalog'",
                valid: CatalogConfig.Format.allCases.map(\.rawValue)),
              at: item.value.position)
          }
          if !formats.contains(format) { formats.append(format) }
        }
        catalog.formats = formats
      default: break
      }
    }
    return catalog
  }
}
