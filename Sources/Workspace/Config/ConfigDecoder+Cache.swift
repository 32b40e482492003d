extension ConfigDecoder {
  /// `cache: true | false` or `cache: { dir: PATH }`: the check cache, opt-in.
  func cache(_ entry: ConfigEntry) throws(ConfigError) -> CacheConfig {
    guard case .mapping(let items) = entry.value.value else {
      return CacheConfig(enabled: try bool(entry, context: "at the top level"))
    }
    var cache = CacheConfig(enabled: true)
    for item in items {
      try checkKey(item, known: ConfigKeys.cache, context: "in 'cache'")
      switch item.key {
      case "dir": cache.directory = try nonEmptyString(item, context: "in 'cache'")
      default: break
      }
    }
    return cache
  }
}
