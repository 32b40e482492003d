import SchemaModel

/// Named Avro types without a namespace: two teams' `Address` records then share one name in
/// every registry and code generator.
public struct AvroNamespaceMissingRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_AVRO_NAMESPACE_MISSING", .avro, "a record, enum or fixed has no namespace",
    "full names identify types across schemas and in generated code; without a namespace, "
      + "types of different teams collide",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format == .avro else { return [] }
    return document.namedTypes.compactMap { node in
      guard let name = node.qualifiedName, name.namespace.isEmpty else { return nil }
      return finding(
        "\(node.displayName) has no namespace; add one (com.acme.orders)", at: node.location,
        in: document)
    }
  }
}
