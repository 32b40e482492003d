import SchemaModel

extension ConfigDecoder {
  /// `asyncapi: [glob, ...]` (a single glob is a list of one).
  func asyncAPI(_ entry: ConfigEntry) throws(ConfigError) -> AsyncAPIConfig {
    let context = "at the top level"
    let globs = try stringList(entry, context: context)
    for glob in globs where glob.trimmingCharacters(in: .whitespaces).isEmpty {
      throw error(.emptyValue(key: entry.key, context: context), at: entry.value.position)
    }
    return AsyncAPIConfig(documents: globs, position: entry.value.position)
  }
}
