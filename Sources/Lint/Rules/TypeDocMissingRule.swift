import Parsers
import SchemaModel

/// Records and enums without documentation (Avro `doc`, JSON Schema `description`). In JSON
/// Schema only the root and the `$defs` are types of their own; a nested object is documented
/// by its property's `description` (LINT_FIELD_DOC_MISSING).
public struct TypeDocMissingRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_TYPE_DOC_MISSING", nil,
    "a record or enum has no documentation (Avro \"doc\", JSON Schema \"description\")",
    "the catalog and generated code show the documentation; consumers of another team's "
      + "contract have nothing else to go by",
    severity: .warning)
  public static let sets: Set<LintRuleSet> = []

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    switch document.format {
    case .avro:
      return document.namedTypes.compactMap { node in
        let doc: String?
        switch node.kind {
        case .record(let record): doc = record.doc
        case .enumeration(let enumeration): doc = enumeration.doc
        default: return nil
        }
        guard Self.isBlank(doc) else { return nil }
        return finding("\(node.displayName) has no \"doc\"", at: node.location, in: document)
      }
    case .jsonSchema:
      let names = input.jsonSchema?.authoredTypeNames ?? []
      let undocumented = names.filter { Self.isBlank($0.schema["description"]?.stringValue) }
      var findings = undocumented.map { authored in
        finding(
          "type '\(authored.name)' has no \"description\"",
          at: SourceLocation(file: document.path, position: authored.position), in: document)
      }
      // A root without a one-word title is still a type of its own.
      if let schema = input.jsonSchema?.schema, !names.contains(where: { $0.schema == schema }),
        JSONSchemaFile.isNamedShape(schema), Self.isBlank(schema["description"]?.stringValue)
      {
        findings.insert(
          finding(
            "the root schema has no \"description\"",
            at: SourceLocation(file: document.path, position: schema.position), in: document),
          at: 0)
      }
      return findings
    case .protobuf:
      return []
    }
  }

  static func isBlank(_ doc: String?) -> Bool {
    doc?.allSatisfy(\.isWhitespace) ?? true
  }
}
