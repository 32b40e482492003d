import SchemaModel

/// Avro record, enum and fixed names in PascalCase, as Avro's own examples and most code
/// generators expect (Protobuf messages have Buf's MESSAGE_PASCAL_CASE).
public struct TypeNameCaseRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_TYPE_NAME_CASE", .avro, "a record, enum or fixed name is not PascalCase",
    "generated classes take the name as it is; PascalCase is what Avro's examples and Java, C# "
      + "and Python generators expect",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format == .avro else { return [] }
    return document.namedTypes.compactMap { node in
      guard let name = node.qualifiedName, !NameCase.pascal.matches(name.name) else { return nil }
      return finding(
        "\(node.displayName): '\(name.name)' is not \(NameCase.pascal.displayName)",
        at: node.location, in: document)
    }
  }
}
