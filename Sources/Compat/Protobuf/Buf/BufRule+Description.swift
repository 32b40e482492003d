import SchemaModel

extension BufRule {
  /// This rule's entry in the rule registry: Buf's id and purpose, an error as `buf breaking`
  /// reports it.
  public var ruleDescription: RuleDescription {
    RuleDescription(
      id: RuleID(id), format: .protobuf, family: "Buf", defaultSeverity: .error,
      summary: summary, rationale: rationale)
  }

  /// Buf's purpose, or for a deprecated id what runs instead.
  private var summary: String {
    guard let replacedBy else { return purpose }
    let instead =
      replacedBy.isEmpty
      ? "it checks nothing now" : "runs " + replacedBy.map { "`\($0)`" }.joined(separator: ", ")
    return "Deprecated: \(instead). \(purpose)"
  }

  /// The categories the rule belongs to, in Buf's words, for configuring `use`/`except`.
  private var rationale: String {
    let versions = [BufConfigVersion.v2, .v1, .v1beta1].compactMap { version in
      categories[version].map { list in
        let names = list.isEmpty ? "no category" : list.map(\.rawValue).joined(separator: " ")
        return "\(version.rawValue): \(names)"
      }
    }
    return "`buf breaking` rule with the same id and behaviour (categories "
      + versions.joined(separator: "; ") + ")"
  }
}
