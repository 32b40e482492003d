import Compat
import Foundation
import SchemaModel

/// Checks the composed YAML tree key by key and builds a `Config`.
struct ConfigDecoder {
  var file: String
  var directory: URL
  var checkFiles: Bool

  func decode(_ root: ConfigNode) throws(ConfigError) -> Config {
    let context = "at the top level"
    guard case .mapping(let entries) = root.value else {
      throw error(
        .wrongType(key: "config", context: context, expected: "a mapping", found: root.kindName),
        at: root.position)
    }
    try checkKeys(entries, known: ConfigKeys.topLevel, context: context)
    guard let versionEntry = entries.first(where: { $0.key == "version" }) else {
      throw error(
        .missingKey("version", context: context), at: TextPosition(line: 1, column: 1))
    }
    guard versionEntry.value.scalarText == "1" else {
      throw error(
        .unsupportedVersion(versionEntry.value.scalarText ?? versionEntry.value.kindName),
        at: versionEntry.value.position)
    }
    var config = Config(displayPath: file, directory: directory)
    for entry in entries {
      switch entry.key {
      case "defaults": config.defaults = try defaults(entry)
      case "subjects": config.subjects = try subjects(entry)
      case "discover": config.discover = try discoverRules(entry)
      case "proto": config.proto = try proto(entry)
      case "json-schema": config.jsonSchema = try jsonSchema(entry)
      case "compat": config.compat = try compat(entry)
      case "lint": config.lint = try lint(entry)
      case "catalog": config.catalog = try catalog(entry)
      case "asyncapi": config.asyncAPI = try asyncAPI(entry)
      case "cache": config.cache = try cache(entry)
      case let key where ConfigKeys.keptSections.contains(key): config.sections.append(entry)
      default: break
      }
    }
    return config
  }

  // MARK: Sections

  private func defaults(_ entry: ConfigEntry) throws(ConfigError) -> ConfigDefaults {
    let context = "in 'defaults'"
    var defaults = ConfigDefaults()
    for item in try mapping(entry, context: "at the top level") {
      try checkKey(item, known: ConfigKeys.defaults, context: context)
      switch item.key {
      case "compatibility": defaults.compatibility = try mode(item, context: context)
      case "json-schema-policy":
        let text = try string(item, context: context)
        guard let policy = JSONSchemaPolicy(rawValue: text.lowercased()) else {
          throw error(.unknownPolicy(text), at: item.value.position)
        }
        defaults.jsonSchemaPolicy = policy
      default: break
      }
    }
    return defaults
  }

  private func subjects(_ entry: ConfigEntry) throws(ConfigError) -> [SubjectConfig] {
    var result: [SubjectConfig] = []
    var firstLines: [String: Int] = [:]
    for (index, node) in try sequence(entry, context: "at the top level").enumerated() {
      let subject = try subject(node, number: index + 1)
      if let firstLine = firstLines[subject.name] {
        throw error(
          .duplicateSubject(subject.name, firstLine: firstLine), at: subject.position)
      }
      firstLines[subject.name] = Int(subject.position.line)
      result.append(subject)
    }
    return result
  }

  private func subject(_ node: ConfigNode, number: Int) throws(ConfigError) -> SubjectConfig {
    let entries = try mapping(node, key: "subjects", context: "(entry #\(number))")
    let nameEntry = entries.first { $0.key == "name" }
    let context =
      nameEntry?.value.scalarText.map { "in subject '\($0)'" } ?? "in subject #\(number)"
    try checkKeys(entries, known: ConfigKeys.subject, context: context)
    guard let nameEntry else {
      throw error(.missingKey("name", context: context), at: node.position)
    }
    guard let schemaEntry = entries.first(where: { $0.key == "schema" }) else {
      throw error(.missingKey("schema", context: context), at: node.position)
    }
    let name = try nonEmptyString(nameEntry, context: context)
    var subject = SubjectConfig(
      name: name, schema: try nonEmptyString(schemaEntry, context: context),
      position: node.position)
    if checkFiles { try checkSchemaFile(subject.schema, subject: name, at: schemaEntry) }
    for item in entries {
      switch item.key {
      case "message": subject.message = try nonEmptyString(item, context: context)
      case "compatibility": subject.compatibility = try mode(item, context: context)
      case "versions": subject.versions = try nonEmptyString(item, context: context)
      case "examples": subject.examples = try stringList(item, context: context)
      case "counterexamples": subject.counterexamples = try stringList(item, context: context)
      case "owner": subject.owner = try string(item, context: context)
      case "channel": subject.channel = try string(item, context: context)
      case "producers": subject.producers = try stringList(item, context: context)
      case "consumers": subject.consumers = try stringList(item, context: context)
      case "domain": subject.domain = try string(item, context: context)
      case "description": subject.description = try string(item, context: context)
      case "tags": subject.tags = try stringList(item, context: context)
      case "avro-encoding":
        subject.avroEncoding = try choice(item, context: context) as AvroPayloadEncoding
      case "framing": subject.framing = try choice(item, context: context)
      case "allow-unknown-fields":
        subject.allowUnknownFields = try bool(item, context: context)
      default: break
      }
    }
    return subject
  }

  private func discoverRules(_ entry: ConfigEntry) throws(ConfigError) -> [DiscoverRule] {
    var result: [DiscoverRule] = []
    for (index, node) in try sequence(entry, context: "at the top level").enumerated() {
      let context = "in discover entry #\(index + 1)"
      let entries = try mapping(node, key: "discover", context: "(entry #\(index + 1))")
      try checkKeys(entries, known: ConfigKeys.discover, context: context)
      guard let globEntry = entries.first(where: { $0.key == "glob" }) else {
        throw error(.missingKey("glob", context: context), at: node.position)
      }
      var rule = DiscoverRule(
        glob: try nonEmptyString(globEntry, context: context), position: node.position)
      if let modeEntry = entries.first(where: { $0.key == "compatibility" }) {
        rule.compatibility = try mode(modeEntry, context: context)
      }
      result.append(rule)
    }
    return result
  }

  private func checkSchemaFile(_ path: String, subject: String, at entry: ConfigEntry)
    throws(ConfigError)
  {
    var isDirectory: ObjCBool = false
    let url = PathText.url(path, relativeTo: directory)
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw error(.schemaNotFound(path: path, subject: subject), at: entry.value.position)
    }
    if isDirectory.boolValue {
      throw error(.schemaIsDirectory(path: path, subject: subject), at: entry.value.position)
    }
  }

  // MARK: Values

  func checkKeys(_ entries: [ConfigEntry], known: [String], context: String)
    throws(ConfigError)
  {
    for entry in entries { try checkKey(entry, known: known, context: context) }
  }

  func checkKey(_ entry: ConfigEntry, known: [String], context: String)
    throws(ConfigError)
  {
    guard !known.contains(entry.key) else { return }
    let suggestion = EditDistance.suggestion(for: entry.key, among: known)
    throw error(
      .unknownKey(entry.key, context: context, suggestion: suggestion, known: known),
      at: entry.keyPosition)
  }

  func mapping(_ entry: ConfigEntry, context: String) throws(ConfigError)
    -> [ConfigEntry]
  {
    try mapping(entry.value, key: entry.key, context: context)
  }

  func mapping(_ node: ConfigNode, key: String, context: String) throws(ConfigError)
    -> [ConfigEntry]
  {
    guard case .mapping(let entries) = node.value else {
      throw error(
        .wrongType(key: key, context: context, expected: "a mapping", found: node.kindName),
        at: node.position)
    }
    return entries
  }

  func sequence(_ entry: ConfigEntry, context: String) throws(ConfigError)
    -> [ConfigNode]
  {
    guard case .sequence(let items) = entry.value.value else {
      throw error(
        .wrongType(
          key: entry.key, context: context, expected: "a list", found: entry.value.kindName),
        at: entry.value.position)
    }
    return items
  }

  /// Any scalar is accepted as a string (`owner: 42` is the text "42").
  func string(_ entry: ConfigEntry, context: String) throws(ConfigError) -> String {
    guard let text = entry.value.scalarText else {
      throw error(
        .wrongType(
          key: entry.key, context: context, expected: "a string", found: entry.value.kindName),
        at: entry.value.position)
    }
    return text
  }

  func nonEmptyString(_ entry: ConfigEntry, context: String) throws(ConfigError)
    -> String
  {
    let text = try string(entry, context: context)
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw error(.emptyValue(key: entry.key, context: context), at: entry.value.position)
    }
    return text
  }

  /// A list of strings; a single string is accepted as a list of one.
  func stringList(_ entry: ConfigEntry, context: String) throws(ConfigError) -> [String] {
    switch entry.value.value {
    case .scalar:
      return [try string(entry, context: context)]
    case .sequence(let items):
      var result: [String] = []
      for item in items {
        guard let text = item.scalarText else {
          throw error(
            .wrongType(
              key: entry.key, context: context, expected: "a list of strings",
              found: "a list containing \(item.kindName)"),
            at: item.position)
        }
        result.append(text)
      }
      return result
    case .mapping:
      throw error(
        .wrongType(
          key: entry.key, context: context, expected: "a list of strings", found: "a mapping"),
        at: entry.value.position)
    }
  }

  /// One of a fixed set of names (`plain`, `json`, `binary`); another is an error that lists
  /// them.
  func choice<Value: RawRepresentable & CaseIterable>(_ entry: ConfigEntry, context: String)
    throws(ConfigError) -> Value where Value.RawValue == String
  {
    let text = try string(entry, context: context)
    guard let value = Value(rawValue: text) else {
      throw error(
        .unknownValue(
          text, key: entry.key, context: context, valid: Value.allCases.map(\.rawValue)),
        at: entry.value.position)
    }
    return value
  }

  func bool(_ entry: ConfigEntry, context: String) throws(ConfigError) -> Bool {
    switch try string(entry, context: context) {
    case "true": return true
    case "false": return false
    case let other:
      throw error(
        .wrongType(key: entry.key, context: context, expected: "true or false", found: other),
        at: entry.value.position)
    }
  }

  private func mode(_ entry: ConfigEntry, context: String) throws(ConfigError)
    -> CompatibilityMode
  {
    let text = try string(entry, context: context)
    guard let mode = CompatibilityMode(name: text) else {
      throw error(.unknownMode(text, context: context), at: entry.value.position)
    }
    return mode
  }

  func error(_ kind: ConfigError.Kind, at position: TextPosition) -> ConfigError {
    ConfigError(kind, file: file, position: position)
  }
}
