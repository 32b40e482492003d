extension LintRules {
  /// Buf's lint rules, with Buf's ids and categories.
  static let protobuf: [any LintRule] = []
}
