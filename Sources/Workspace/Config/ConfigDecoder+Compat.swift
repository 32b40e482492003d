import SchemaModel

extension ConfigDecoder {
  /// `compat: { except, ignore, ignore-only, severity }`; rule ids must be ones schemacheck
  /// reports.
  func compat(_ entry: ConfigEntry) throws(ConfigError) -> FindingRules {
    let context = "in 'compat'"
    var rules = FindingRules()
    for item in try mapping(entry, context: "at the top level") {
      try checkKey(item, known: ConfigKeys.compat, context: context)
      switch item.key {
      case "except":
        let names = try stringList(item, context: context)
        for name in names {
          rules.except.insert(
            try ruleID(name, at: item.value.position, context: "in 'compat.except'"))
        }
      case "ignore":
        rules.ignore = try stringList(item, context: context).map(PathText.normalized)
      case "ignore-only":
        for rule in try mapping(item, context: context) {
          let id = try ruleID(rule.key, at: rule.keyPosition, context: "in 'compat.ignore-only'")
          rules.ignoreOnly[id] = try stringList(rule, context: "in 'compat.ignore-only'")
            .map(PathText.normalized)
        }
      case "severity":
        for rule in try mapping(item, context: context) {
          let id = try ruleID(rule.key, at: rule.keyPosition, context: "in 'compat.severity'")
          let level = try string(rule, context: "in 'compat.severity'")
          if level == "off" {
            rules.except.insert(id)
          } else if let severity = Severity(rawValue: level) {
            rules.severity[id] = severity
          } else {
            throw error(
              .unknownValue(
                level, key: rule.key, context: "in 'compat.severity'",
                valid: ["error", "warning", "note", "off"]),
              at: rule.value.position)
          }
        }
      default: break
      }
    }
    return rules
  }

  private func ruleID(_ name: String, at position: TextPosition, context: String)
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
