import SchemaModel

/// Renders rule descriptions for `schemacheck rules` and `docs/rules.md`.
public struct RuleListing: Sendable {
  /// How the listing is written.
  public enum Format: String, Hashable, Sendable, CaseIterable {
    /// One aligned line per rule: id, severity, format, family, summary.
    case text
    /// An array of `{id, format, family, defaultSeverity, summary, rationale}` objects.
    case json
    /// The `docs/rules.md` page.
    case markdown
  }

  /// The command that regenerates `docs/rules.md`.
  public static let regenerateCommand =
    "swift run schemacheck rules --format markdown > docs/rules.md"

  public var rules: [RuleDescription]

  public init(rules: [RuleDescription] = RuleRegistry.all) {
    self.rules = rules
  }

  /// The listing in `format`, ending with a newline.
  public func render(_ format: Format) -> String {
    switch format {
    case .text: text()
    case .json: json()
    case .markdown: markdown()
    }
  }

  /// `format`'s name in the listings; `any` for rules about every format.
  static func formatName(_ format: SchemaFormat?) -> String { format?.rawValue ?? "any" }

  private func text() -> String {
    let columns = rules.map { rule in
      [
        rule.id.rawValue, rule.defaultSeverity.rawValue, Self.formatName(rule.format),
        rule.family,
      ]
    }
    let widths = (0..<4).map { index in columns.map { $0[index].count }.max() ?? 0 }
    var out = ""
    for (rule, cells) in zip(rules, columns) {
      for (cell, width) in zip(cells, widths) {
        out += cell + String(repeating: " ", count: width - cell.count + 2)
      }
      out += rule.summary + "\n"
    }
    return out
  }

  private func json() -> String {
    JSONOutput.array(
      rules.map { rule in
        .object(
          [
            .init("id", .string(rule.id.rawValue)),
            .init("format", .optional(rule.format?.rawValue)),
            .init("family", .string(rule.family)),
            .init("defaultSeverity", .string(rule.defaultSeverity.rawValue)),
            .init("summary", .string(rule.summary)),
            .init("rationale", .string(rule.rationale)),
          ] + (rule.lintSets.map { [.init("lintSets", .array($0.map { .string($0) }))] } ?? []))
      }
    ).rendered()
  }
}
