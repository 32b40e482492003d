import Lint
import SchemaModel

extension ConfigDecoder {
  /// `compat: { except, ignore, ignore-only, severity }`; rule ids must be ones schemacheck
  /// reports.
  func compat(_ entry: ConfigEntry) throws(ConfigError) -> FindingRules {
    var rules = FindingRules()
    for item in try mapping(entry, context: "at the top level") {
      try checkKey(item, known: ConfigKeys.compat, context: "in 'compat'")
      try findingRule(item, into: &rules, section: "compat")
    }
    return rules
  }

  /// `lint: { use, except, ignore, ignore-only, severity, field-name-case,
  /// enum-zero-value-suffix, service-suffix, rpc-allow-... }` (the last ones are Buf's options).
  func lint(_ entry: ConfigEntry) throws(ConfigError) -> LintConfig {
    var lint = LintConfig()
    for item in try mapping(entry, context: "at the top level") {
      try checkKey(item, known: ConfigKeys.lint, context: "in 'lint'")
      switch item.key {
      case "use":
        for name in try stringList(item, context: "in 'lint'") {
          let upper = name.uppercased()
          let isSet = LintRuleSet.known.contains(LintRuleSet(rawValue: upper))
          lint.use.append(
            isSet
              ? upper : try ruleID(name, at: item.value.position, context: "in 'lint.use'").rawValue
          )
        }
      case "field-name-case":
        // One case for every format, or `{ avro: snake, json-schema: camel }`.
        guard case .mapping = item.value.value else {
          lint.fieldNameCase = try fieldNameCase(item, context: "in 'lint'")
          continue
        }
        for entry in try mapping(item, context: "in 'lint'") {
          try checkKey(entry, known: ["avro", "json-schema"], context: "in 'lint.field-name-case'")
          let nameCase = try fieldNameCase(entry, context: "in 'lint.field-name-case'")
          if entry.key == "avro" { lint.fieldNameCase = nameCase }
          if entry.key == "json-schema" { lint.jsonSchemaFieldNameCase = nameCase }
        }
      case "enum-zero-value-suffix":
        lint.enumZeroValueSuffix = try string(item, context: "in 'lint'")
      case "service-suffix":
        lint.serviceSuffix = try string(item, context: "in 'lint'")
      case "rpc-allow-same-request-response":
        lint.rpcAllowSameRequestResponse = try bool(item, context: "in 'lint'")
      case "rpc-allow-google-protobuf-empty-requests":
        lint.rpcAllowGoogleProtobufEmptyRequests = try bool(item, context: "in 'lint'")
      case "rpc-allow-google-protobuf-empty-responses":
        lint.rpcAllowGoogleProtobufEmptyResponses = try bool(item, context: "in 'lint'")
      default:
        try findingRule(item, into: &lint.rules, section: "lint")
      }
    }
    return lint
  }

  /// `snake` or `camel`.
  private func fieldNameCase(_ item: ConfigEntry, context: String) throws(ConfigError)
    -> NameCase
  {
    let text = try string(item, context: context)
    guard let nameCase = NameCase(rawValue: text), [.snake, .camel].contains(nameCase) else {
      throw error(
        .unknownValue(text, key: item.key, context: context, valid: ["snake", "camel"]),
        at: item.value.position)
    }
    return nameCase
  }

  /// One of the keys `compat:` and `lint:` share.
  private func findingRule(_ item: ConfigEntry, into rules: inout FindingRules, section: String)
    throws(ConfigError)
  {
    let context = "in '\(section)'"
    switch item.key {
    case "except":
      let names = try stringList(item, context: context)
      for name in names {
        rules.except.insert(
          try ruleID(name, at: item.value.position, context: "in '\(section).except'"))
      }
    case "ignore":
      rules.ignore = try stringList(item, context: context).map(PathText.normalized)
    case "ignore-only":
      for rule in try mapping(item, context: context) {
        let id = try ruleID(rule.key, at: rule.keyPosition, context: "in '\(section).ignore-only'")
        rules.ignoreOnly[id] = try stringList(rule, context: "in '\(section).ignore-only'")
          .map(PathText.normalized)
      }
    case "severity":
      for rule in try mapping(item, context: context) {
        let id = try ruleID(rule.key, at: rule.keyPosition, context: "in '\(section).severity'")
        let level = try string(rule, context: "in '\(section).severity'")
        if level == "off" {
          rules.except.insert(id)
        } else if let severity = Severity(rawValue: level) {
          rules.severity[id] = severity
        } else {
          throw error(
            .unknownValue(
              level, key: rule.key, context: "in '\(section).severity'",
              valid: ["error", "warning", "note", "off"]),
            at: rule.value.position)
        }
      }
    default: break
    }
  }

  func ruleID(_ name: String, at position: TextPosition, context: String)
    throws(ConfigError) -> RuleID
  {
    let id = RuleID(name.uppercased())
    if RuleRegistry.description(for: id) != nil { return id }
    throw error(
      .unknownRule(
        name, context: context,
        suggestion: EditDistance.suggestion(
          for: id.rawValue, among: RuleRegistry.all.map(\.id.rawValue))),
      at: position)
  }
}
