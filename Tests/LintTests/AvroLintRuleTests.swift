import Lint
import Parsers
import SchemaModel
import Testing

/// Each lint rule on a schema that passes it and one that fails it.
@Suite struct AvroLintRuleTests {
  func lint(_ schema: String, _ rule: any LintRule, options: LintOptions = LintOptions())
    -> [Diagnostic]
  {
    LintRules.lint(
      AvroParser.parse(Array(schema.utf8), path: "s.avsc"), rules: [rule], options: options)
  }

  static let good = """
    {"type": "record", "name": "OrderPlaced", "namespace": "com.acme", "fields": [
      {"name": "order_id", "type": "string"},
      {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID_2"]}},
      {"name": "coupon", "type": ["null", "string"], "default": null}
    ]}
    """

  /// The rules about Avro or any format that run by default (`good` has no docs and its enum
  /// no default symbol, which only rules off by default ask for).
  static let avroRules = LintRules.all.filter {
    let description = type(of: $0).description
    return (description.format == nil || description.format == .avro)
      && !type(of: $0).sets.isEmpty
  }

  @Test(arguments: avroRules.map { type(of: $0).description.id })
  func aCleanSchemaPassesEveryRule(_ id: RuleID) throws {
    let rule = try #require(LintRules.all.first { type(of: $0).description.id == id })
    #expect(lint(Self.good, rule).isEmpty)
  }

  @Test func typeNamesArePascalCase() {
    let findings = lint(
      #"{"type": "record", "name": "order_placed", "namespace": "com.acme", "fields": []}"#,
      TypeNameCaseRule())
    #expect(findings.map(\.ruleID) == ["LINT_TYPE_NAME_CASE"])
    #expect(
      findings.first?.message == "record com.acme.order_placed: 'order_placed' is not PascalCase")
    #expect(findings.first?.severity == .warning)
  }

  @Test func fieldNamesFollowTheConfiguredCase() {
    let schema = """
      {"type": "record", "name": "R", "namespace": "a", "fields": [
        {"name": "orderId", "type": "string"}, {"name": "order_id", "type": "string"}]}
      """
    #expect(
      lint(schema, FieldNameCaseRule()).map(\.message) == ["field 'R.orderId' is not snake_case"])
    #expect(
      lint(schema, FieldNameCaseRule(), options: LintOptions(fieldNameCase: .camel)).map(\.message)
        == ["field 'R.order_id' is not camelCase"])
    // Located at the field.
    #expect(lint(schema, FieldNameCaseRule()).first?.location?.line == 2)
  }

  @Test func enumSymbolsAreUpperSnakeCase() {
    let findings = lint(
      #"{"type": "enum", "name": "S", "namespace": "a", "symbols": ["OK", "notOk", "BAD__X"]}"#,
      EnumSymbolCaseRule())
    #expect(findings.count == 2)
    #expect(findings.allSatisfy { $0.ruleID == "LINT_ENUM_SYMBOL_CASE" })
  }

  @Test func namedTypesNeedANamespace() {
    let findings = lint(
      #"{"type": "record", "name": "R", "fields": [{"name": "f", "type": {"type": "fixed", "name": "F", "size": 2}}]}"#,
      AvroNamespaceMissingRule())
    #expect(
      findings.map(\.message) == [
        "record R has no namespace; add one (com.acme.orders)",
        "fixed F has no namespace; add one (com.acme.orders)",
      ])
  }

  @Test func aNullDefaultNeedsNullFirst() {
    let findings = lint(
      #"{"type": "record", "name": "R", "namespace": "a", "fields": [{"name": "c", "type": ["string", "null"], "default": null}]}"#,
      AvroNullDefaultNotFirstRule())
    #expect(findings.map(\.ruleID) == ["LINT_AVRO_NULL_DEFAULT_NOT_FIRST"])
    #expect(findings.first?.message.contains("starts with string") == true)
  }

  @Test func aSchemaWithParseErrorsIsNotLinted() {
    #expect(
      lint(#"{"type": "record", "name": "bad name", "fields": []}"#, TypeNameCaseRule()).isEmpty)
  }

  @Test(arguments: [
    ("OrderPlaced", NameCase.pascal, true), ("orderPlaced", .pascal, false),
    ("order_placed", .snake, true), ("order__placed", .snake, false), ("order_", .snake, false),
    ("orderPlaced", .camel, true), ("Order", .camel, false), ("ORDER_2", .upperSnake, true),
    ("Order", .upperSnake, false), ("ÉTAT", .upperSnake, false), ("", .pascal, false),
  ])
  func nameCases(_ name: String, _ nameCase: NameCase, _ matches: Bool) {
    #expect(nameCase.matches(name) == matches)
  }
}
