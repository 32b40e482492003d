import SchemaModel

extension RuleListing {
  /// The order of the page's sections: rules about any format first.
  static let formatOrder: [SchemaFormat?] = [nil, .avro, .protobuf, .jsonSchema]
  /// The order of families inside a section: the peers first, schemacheck's own last.
  static let familyOrder = ["Apache Avro", "Confluent", "Buf", "schemacheck"]

  /// The `docs/rules.md` page: one section per format, one table per family.
  func markdown() -> String {
    var out = """
      # Rules

      > Generated from the rule registry; do not edit by hand. Regenerate with
      > `\(Self.regenerateCommand)`.

      Every rule id schemacheck can report (\(rules.count) rules), with its default severity, \
      what it finds and why. `schemacheck rules` prints the same list (`--format json` for \
      tools). Compatibility rules keep the peer's own id (Apache Avro's \
      `SchemaIncompatibilityType`, Confluent's difference types, Buf's rule ids), so findings \
      read the same as the tools teams already know. Lint rules list the sets that include \
      them (`lint: use: [DEFAULT]` runs those marked DEFAULT; Buf's categories keep their \
      names); rules marked off run only when `use:` names them or `ALL`.


      """
    out += "| Format | " + Self.familyOrder.joined(separator: " | ") + " |\n"
    out += "|---|" + String(repeating: "---:|", count: Self.familyOrder.count) + "\n"
    for format in Self.formatOrder {
      let counts = Self.familyOrder.map { family in
        rules.filter { $0.format == format && $0.family == family }.count
      }
      out +=
        "| \(Self.sectionTitle(format)) | "
        + counts.map(String.init).joined(separator: " | ") + " |\n"
    }
    for format in Self.formatOrder {
      let inFormat = rules.filter { $0.format == format }
      guard !inFormat.isEmpty else { continue }
      out += "\n## \(Self.sectionTitle(format))\n"
      for family in familiesInOrder(inFormat) {
        let group = inFormat.filter { $0.family == family }
        let checks = group.filter { $0.lintSets == nil }
        let lint = group.filter { $0.lintSets != nil }
        if !checks.isEmpty {
          out += "\n### \(family) (\(checks.count))\n\n"
          out += "| Rule | Severity | Summary | Rationale |\n|---|---|---|---|\n"
          for rule in checks {
            out +=
              "| `\(rule.id.rawValue)` | \(rule.defaultSeverity.rawValue) | "
              + "\(Self.cell(rule.summary)) | \(Self.cell(rule.rationale)) |\n"
          }
        }
        if !lint.isEmpty {
          out += "\n### \(family) lint (\(lint.count))\n\n"
          out += "| Rule | Severity | Sets | Summary | Rationale |\n|---|---|---|---|---|\n"
          for rule in lint {
            out +=
              "| `\(rule.id.rawValue)` | \(rule.defaultSeverity.rawValue) | "
              + "\(Self.setsCell(rule.lintSets ?? [])) | "
              + "\(Self.cell(rule.summary)) | \(Self.cell(rule.rationale)) |\n"
          }
        }
      }
    }
    return out
  }

  /// The known families in their order, then any other family by name.
  private func familiesInOrder(_ rules: [RuleDescription]) -> [String] {
    let present = Set(rules.map(\.family))
    return Self.familyOrder.filter(present.contains)
      + present.subtracting(Self.familyOrder).sorted()
  }

  static func sectionTitle(_ format: SchemaFormat?) -> String {
    switch format {
    case nil: "Any format"
    case .avro: "Avro"
    case .protobuf: "Protobuf"
    case .jsonSchema: "JSON Schema"
    }
  }

  /// A lint rule's sets; `off` for a rule that runs only when `lint: use:` names it.
  static func setsCell(_ sets: [String]) -> String {
    sets.isEmpty ? "off (name it in `use`)" : sets.joined(separator: ", ")
  }

  /// Text safe inside a table cell: pipes escaped, lines joined.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
