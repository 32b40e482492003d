import SchemaModel

/// Record, enum and fixed names in PascalCase, as Avro's own examples and most code generators
/// expect. In JSON Schema the names the author wrote are checked: the root's one-word `title`
/// and the `$defs` keys of objects and enums. Protobuf messages have Buf's MESSAGE_PASCAL_CASE.
public struct TypeNameCaseRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_TYPE_NAME_CASE", nil, "a record, enum or fixed name is not PascalCase",
    "generated classes take the name as it is; PascalCase is what Avro's examples and Java, C# "
      + "and Python generators expect (Protobuf has Buf's MESSAGE_PASCAL_CASE)",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    switch document.format {
    case .avro:
      return document.namedTypes.compactMap { node in
        guard let name = node.qualifiedName, !NameCase.pascal.matches(name.name) else {
          return nil
        }
        return finding(
          "\(node.displayName): '\(name.name)' is not \(NameCase.pascal.displayName)",
          at: node.location, in: document)
      }
    case .jsonSchema:
      let names = input.jsonSchema?.authoredTypeNames ?? []
      return names.filter { !NameCase.pascal.matches($0.name) }.map { authored in
        finding(
          "type name '\(authored.name)' is not \(NameCase.pascal.displayName)",
          at: SourceLocation(file: document.path, position: authored.position), in: document)
      }
    case .protobuf:
      return []
    }
  }
}
