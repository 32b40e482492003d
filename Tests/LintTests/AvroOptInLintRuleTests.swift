import Lint
import Parsers
import SchemaModel
import Testing

/// The Avro side of the documentation, deprecation, decimal and enum default rules.
@Suite struct AvroOptInLintRuleTests {
  func lint(_ schema: String, _ rule: any LintRule) -> [Diagnostic] {
    LintRules.lint(AvroParser.parse(Array(schema.utf8), path: "s.avsc"), rules: [rule])
  }

  @Test func aDocumentedSchemaPassesTheRulesOffByDefault() {
    let schema = """
      {"type": "record", "name": "R", "namespace": "a", "doc": "An order.", "fields": [
        {"name": "s", "doc": "Its state.", "type": {"type": "enum", "name": "S", "doc": "States.",
          "symbols": ["A", "B"], "default": "A"}}]}
      """
    let rules: [any LintRule] = [
      TypeDocMissingRule(), FieldDocMissingRule(), AvroEnumDefaultMissingRule(),
    ]
    for rule in rules { #expect(lint(schema, rule).isEmpty) }
    let defaults = LintRules.selected(sets: [.default]).map { type(of: $0).description.id }
    for rule in rules { #expect(!defaults.contains(type(of: rule).description.id)) }
  }

  @Test func recordsAndEnumsWithoutDocAreReported() {
    let findings = lint(AvroLintRuleTests.good, TypeDocMissingRule())
    #expect(
      findings.map(\.message) == [
        #"record com.acme.OrderPlaced has no "doc""#, #"enum com.acme.Status has no "doc""#,
      ])
    #expect(findings.first?.severity == .warning)
  }

  @Test func fieldsWithoutDocAreReported() {
    let schema = """
      {"type": "record", "name": "R", "namespace": "a", "fields": [
        {"name": "a", "type": "string", "doc": "Documented."},
        {"name": "b", "type": "string", "doc": "  "}]}
      """
    let findings = lint(schema, FieldDocMissingRule())
    #expect(findings.map(\.message) == [#"field 'R.b' has no "doc""#])
    #expect(findings.first?.location?.line == 3)
  }

  @Test func enumsWithoutADefaultSymbolAreReported() {
    let findings = lint(
      #"{"type": "enum", "name": "S", "namespace": "a", "symbols": ["A", "B"]}"#,
      AvroEnumDefaultMissingRule())
    #expect(findings.map(\.ruleID) == ["LINT_AVRO_ENUM_DEFAULT_MISSING"])
    #expect(findings.first?.message.hasPrefix(#"enum a.S has no "default" symbol"#) == true)
  }

  @Test func deprecatedFieldsNeedADefault() {
    let schema = """
      {"type": "record", "name": "R", "namespace": "a", "fields": [
        {"name": "old", "type": "string", "deprecated": true},
        {"name": "older", "type": ["null", "string"], "default": null, "deprecated": true},
        {"name": "kept", "type": "string", "deprecated": false}]}
      """
    let findings = lint(schema, DeprecatedFieldRequiredRule())
    #expect(
      findings.map(\.message) == [
        "field 'R.old' is deprecated but still required; give it a default so readers can do "
          + "without it"
      ])
    #expect(findings.first?.location?.line == 2)
  }

  @Test func theParserMarksDeprecatedFieldsAndKeepsTheProperty() throws {
    let schema = """
      {"type": "record", "name": "R", "fields": [
        {"name": "f", "type": "int", "deprecated": true}, {"name": "g", "type": "int"}]}
      """
    let document = AvroParser.parse(Array(schema.utf8), path: "s.avsc")
    guard case .record(let record) = try #require(document.root).kind else {
      Issue.record("the root is not a record")
      return
    }
    #expect(record.fields.map(\.deprecated) == [true, false])
    #expect(record.fields.first?.properties.map(\.key) == ["deprecated"])
  }

  @Test func aDecimalWithoutPrecisionIsTheParsersFinding() {
    let schema = """
      {"type": "record", "name": "R", "namespace": "a", "fields": [
        {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal"}}]}
      """
    let document = AvroParser.parse(Array(schema.utf8), path: "s.avsc")
    #expect(document.diagnostics.map(\.ruleID) == ["AVRO_INVALID_LOGICAL_TYPE"])
    // Reported once, by the parser.
    #expect(lint(schema, AvroDecimalPrecisionMissingRule()).isEmpty)
    // A model whose parser said nothing gets the lint finding, at the logicalType.
    var silent = document
    silent.diagnostics = []
    let findings = LintRules.lint(silent, rules: [AvroDecimalPrecisionMissingRule()])
    #expect(findings.map(\.ruleID) == ["LINT_AVRO_DECIMAL_PRECISION_MISSING"])
    #expect(findings.first?.location?.line == 2)
    let withPrecision = """
      {"type": "record", "name": "R", "namespace": "a", "fields": [{"name": "amount",
        "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}}]}
      """
    #expect(lint(withPrecision, AvroDecimalPrecisionMissingRule()).isEmpty)
  }
}
