import Lint
import Parsers
import SchemaModel
import Testing

/// Each JSON Schema lint rule on schemas that pass it and schemas that fail it.
@Suite struct JSONSchemaLintRuleTests {
  /// Stands in for the validator-backed checks Workspace provides.
  struct FakeChecks: JSONSchemaLintChecks {
    var violations: [(message: String, position: TextPosition)] = []
    func metaSchemaViolations(in file: JSONSchemaFile) -> [(
      message: String, position: TextPosition
    )] { violations }
    func patternError(_ pattern: String) -> String? {
      pattern.contains("(") && !pattern.contains(")") ? "unterminated group" : nil
    }
  }

  func lint(
    _ schema: String, _ rule: any LintRule, checks: (any JSONSchemaLintChecks)? = FakeChecks(),
    path: String = "s.json"
  ) -> [Diagnostic] {
    let file = JSONSchemaFile.parse(Array(schema.utf8), path: path)
    return LintRules.lint(
      [LintInput(document: file.document, jsonSchema: file)], rules: [rule],
      context: LintContext(jsonSchemaChecks: checks))
  }

  static let good = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "total", "x-ok"],
      "properties": {
        "id": {"type": "string", "pattern": "^[a-z]+$"},
        "total": {"$ref": "#/$defs/money"},
        "status": {"enum": ["NEW", "PAID"], "default": "NEW", "examples": ["requried"]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "x-ok": {"const": 1, "x-owner": "team"}
      },
      "patternProperties": {"^meta_": {"type": "string"}},
      "$defs": {
        "money": {"type": "object", "unevaluatedProperties": false,
          "properties": {"amount": {"type": "number"}}}
      },
      "anyOf": [{"required": ["id"]}, {"required": ["status"]}]
    }
    """

  @Test(
    arguments: LintRules.all.map { type(of: $0).description.id }.filter {
      $0.rawValue.hasPrefix("LINT_JSON_SCHEMA_")
    })
  func aCleanSchemaPassesEveryRule(_ id: RuleID) throws {
    let rule = try #require(LintRules.all.first { type(of: $0).description.id == id })
    #expect(lint(Self.good, rule).isEmpty)
  }

  @Test func rulesIgnoreOtherFormats() {
    let avro = AvroParser.parse(
      Array(#"{"type": "record", "name": "R", "fields": []}"#.utf8), path: "r.avsc")
    let rules = LintRules.all.filter {
      type(of: $0).description.id.rawValue.hasPrefix("LINT_JSON_SCHEMA_")
    }
    #expect(rules.count == 8)
    let checks = FakeChecks(violations: [("bad", TextPosition(line: 1, column: 1))])
    #expect(
      LintRules.lint(
        [LintInput(document: avro)], rules: rules, context: LintContext(jsonSchemaChecks: checks)
      ).isEmpty)
  }

  // MARK: unknown keywords

  @Test func unknownKeywordsSuggestTheNearestKeyword() {
    let schema = """
      {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
       "requried": ["a"], "additionalproperties": false, "nullable": true, "x-kafka": 1,
       "properties": {"a": {"type": "string", "minLenght": 1}, "requried": {"type": "string"}},
       "enum": [{"tpye": 1}], "const": {"foo": 1}, "default": {"bar": 2}}
      """
    let findings = lint(schema, JSONSchemaUnknownKeywordRule())
    #expect(
      findings.map(\.message) == [
        "unknown keyword 'requried' at # (draft 7); did you mean 'required'?",
        "unknown keyword 'additionalproperties' at # (draft 7); did you mean "
          + "'additionalProperties'?",
        "unknown keyword 'nullable' at # (draft 7); prefix extensions with 'x-'",
        "unknown keyword 'minLenght' at #/properties/a (draft 7); did you mean 'minLength'?",
      ])
    #expect(findings.first?.location?.line == 2)
    #expect(findings.first?.location?.column == 2)
    #expect(findings.allSatisfy { $0.severity == .warning })
  }

  @Test func keywordsAreThoseOfTheFilesDraft() {
    // `$id` is draft 6's; draft 4 spells it `id`. `prefixItems` is 2020-12's.
    let draft4 = #"{"$schema": "http://json-schema.org/draft-04/schema#", "$id": "x"}"#
    #expect(
      lint(draft4, JSONSchemaUnknownKeywordRule()).map(\.message) == [
        "unknown keyword '$id' at # (draft 4); did you mean 'id'?"
      ])
    // `$comment` is harmless everywhere; Kafka Connect's annotations are extensions.
    let commented =
      #"{"$schema": "http://json-schema.org/draft-04/schema#", "$comment": "c", "connect.index": 0}"#
    #expect(lint(commented, JSONSchemaUnknownKeywordRule()).isEmpty)
    let draft7 = #"{"$schema": "http://json-schema.org/draft-07/schema#", "prefixItems": []}"#
    #expect(lint(draft7, JSONSchemaUnknownKeywordRule()).count == 1)
    let renamed = ##"{"items": [], "additionalItems": false, "$recursiveRef": "#"}"##
    #expect(
      lint(renamed, JSONSchemaUnknownKeywordRule()).map(\.message) == [
        "unknown keyword 'additionalItems' at # (draft 2020-12); draft 2020-12 writes it 'items'",
        "unknown keyword '$recursiveRef' at # (draft 2020-12); draft 2020-12 writes it "
          + "'$dynamicRef'",
      ])
    let draft2020 = #"{"prefixItems": [{"tpye": "string"}], "if": {"then": {}}}"#
    #expect(
      lint(draft2020, JSONSchemaUnknownKeywordRule()).map(\.message) == [
        "unknown keyword 'tpye' at #/prefixItems/0 (draft 2020-12); did you mean 'type'?"
      ])
  }

  @Test func subschemasAreWalkedThroughEveryApplicator() {
    let schema = """
      {"allOf": [{"not": {"foo": 1}}], "$defs": {"a": {"items": {"bar": 1}}},
       "dependentSchemas": {"a": {"baz": 1}}, "dependencies": {"b": ["c"]},
       "propertyNames": {"qux": 1}}
      """
    #expect(
      lint(schema, JSONSchemaUnknownKeywordRule()).map { String($0.message.prefix(30)) } == [
        "unknown keyword 'foo' at #/all", "unknown keyword 'bar' at #/$de",
        "unknown keyword 'baz' at #/dep", "unknown keyword 'qux' at #/pro",
      ])
  }

  // MARK: required

  @Test func requiredNamesMustBeDeclared() {
    let schema = """
      {"type": "object", "properties": {"orderId": {"type": "string"}},
       "patternProperties": {"^meta_": {}}, "required": ["orderID", "meta_x", "total"]}
      """
    let findings = lint(schema, JSONSchemaRequiredUndeclaredRule())
    #expect(
      findings.map(\.message) == [
        "'orderID' is required at # but not declared in properties; did you mean 'orderId'?",
        "'total' is required at # but not declared in properties",
      ])
    #expect(findings.first?.location?.column == 52)
  }

  @Test func requiredIsSilentWhenPropertiesComeFromElsewhere() {
    // A `required`-only branch, a reference, and properties declared in an `allOf` branch.
    let schemas = [
      #"{"properties": {"a": {}}, "anyOf": [{"required": ["a"]}]}"#,
      ##"{"allOf": [{"$ref": "#/$defs/x"}], "properties": {"a": {}}, "required": ["b"]}"##,
      #"{"allOf": [{"properties": {"b": {}}}], "properties": {"a": {}}, "required": ["b"]}"#,
    ]
    for schema in schemas {
      #expect(lint(schema, JSONSchemaRequiredUndeclaredRule()).isEmpty, "\(schema)")
    }
  }

  // MARK: $schema

  @Test func theRootDeclaresItsDraft() {
    #expect(
      lint(
        #"{"$schema": "http://json-schema.org/draft-07/schema#"}"#, JSONSchemaSchemaMissingRule()
      )
      .isEmpty)
    let findings = lint(#"{"type": "string"}"#, JSONSchemaSchemaMissingRule())
    #expect(findings.map(\.ruleID) == ["LINT_JSON_SCHEMA_SCHEMA_MISSING"])
    #expect(findings.first?.message.contains("draft 2020-12") == true)
    #expect(lint("true", JSONSchemaSchemaMissingRule()).isEmpty)
  }

  // MARK: property types

  @Test func propertiesHaveATypeOrSomethingThatGivesOne() {
    let schema = """
      {"properties": {
        "a": {"description": "anything"},
        "b": {"type": ["string", "null"]}, "c": {"$ref": "#/$defs/c"}, "d": {"enum": [1]},
        "e": {"const": 1}, "f": {"oneOf": [{"type": "string"}]}, "g": true,
        "h": {"type": "object", "properties": {"i": {}}}
      }}
      """
    let findings = lint(schema, JSONSchemaPropertyTypeMissingRule())
    #expect(
      findings.map(\.message) == [
        #"property 'a' at #/properties/a has no type; add "type" (or a $ref, enum or const)"#,
        #"property 'i' at #/properties/h/properties/i has no type; add "type" (or a $ref, enum "#
          + "or const)",
      ])
    #expect(findings.first?.location?.line == 2)
    #expect(findings.first?.location?.column == 3)
  }

  // MARK: additionalProperties

  @Test func objectSchemasDecideAdditionalProperties() {
    let schema = """
      {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
       "additionalProperties": false,
       "properties": {
         "open": {"type": "object", "additionalProperties": true},
         "undecided": {"type": ["object", "null"]},
         "byRef": {"$ref": "#/definitions/x", "type": "object"},
         "merged": {"allOf": [{"properties": {"a": {"type": "string"}}}]},
         "late": {"type": "object", "unevaluatedProperties": false}
       }}
      """
    let findings = lint(schema, JSONSchemaAdditionalPropertiesUndecidedRule())
    // `unevaluatedProperties` is not a draft 7 keyword, so it decides nothing there.
    #expect(
      findings.map { $0.message.prefix(40) } == [
        "object schema at #/properties/undecided ", "object schema at #/properties/late does ",
      ])
    #expect(findings.first?.location?.line == 5)
    // Branches that refine the schema holding them are not asked to decide.
    let partial = """
      {"type": "object", "additionalProperties": false,
       "properties": {"kind": {"type": "string"}, "x": {"type": "number"}},
       "if": {"properties": {"kind": {"const": "a"}}}, "then": {"properties": {"x": {"minimum": 1}}},
       "oneOf": [{"properties": {"kind": {"enum": ["a"]}}}],
       "allOf": [{"type": "object", "properties": {"y": {"type": "string"}}}]}
      """
    #expect(lint(partial, JSONSchemaAdditionalPropertiesUndecidedRule()).isEmpty)
    #expect(lint(partial, JSONSchemaPropertyTypeMissingRule()).isEmpty)
    // An `allOf` branch that declares a new property still owes it a type.
    let composed =
      #"{"properties": {"a": {"type": "string"}}, "allOf": [{"properties": {"a": {"maxLength": 3}, "b": {}}}]}"#
    #expect(
      lint(composed, JSONSchemaPropertyTypeMissingRule()).map { $0.message.prefix(14) } == [
        "property 'b' a"
      ])
    let variants = #"{"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}]}"#
    #expect(lint(variants, JSONSchemaAdditionalPropertiesUndecidedRule()).count == 1)
    let draft2020 = #"{"properties": {"a": {"type": "string"}}, "unevaluatedProperties": false}"#
    #expect(lint(draft2020, JSONSchemaAdditionalPropertiesUndecidedRule()).isEmpty)
    #expect(
      type(of: JSONSchemaAdditionalPropertiesUndecidedRule()).description.rationale.contains(
        "Confluent's open or closed content model"))
  }

  // MARK: $ref siblings

  @Test func refSiblingsAreReportedUpToDraft7() {
    let schema = """
      {"$schema": "http://json-schema.org/draft-07/schema#",
       "$ref": "#/definitions/a", "definitions": {"a": {"type": "string"}},
       "properties": {"p": {"$ref": "#/definitions/a", "minLength": 2, "x-doc": "ok"}}}
      """
    let findings = lint(schema, JSONSchemaRefSiblingsRule())
    #expect(
      findings.map(\.message) == [
        "$ref at # has sibling keywords ('properties') that draft 7 ignores; put them beside "
          + #"the reference in "allOf""#,
        "$ref at #/properties/p has sibling keywords ('minLength') that draft 7 ignores; put "
          + #"them beside the reference in "allOf""#,
      ])
    #expect(findings.map { $0.location?.line } == [3, 3])
    let draft2020 = ##"{"properties": {"p": {"$ref": "#/$defs/a", "minLength": 2}}}"##
    #expect(lint(draft2020, JSONSchemaRefSiblingsRule()).isEmpty)
    let draft4 =
      ##"{"$schema": "http://json-schema.org/draft-04/schema#", "$ref": "#", "type": "string"}"##
    #expect(lint(draft4, JSONSchemaRefSiblingsRule()).count == 1)
  }

  // MARK: checks that need the validator

  @Test func invalidPatternsAreErrors() {
    let schema = """
      {"properties": {"a": {"type": "string", "pattern": "(ab"}},
       "patternProperties": {"^(x": {}, "^y": {}}}
      """
    let findings = lint(schema, JSONSchemaInvalidPatternRule())
    #expect(
      findings.map(\.message) == [
        "pattern '(ab' at #/properties/a is not a valid regular expression: unterminated group",
        "patternProperties key '^(x' at # is not a valid regular expression: unterminated group",
      ])
    #expect(findings.allSatisfy { $0.severity == .error })
    #expect(findings.map { $0.location?.line } == [1, 2])
    #expect(lint(schema, JSONSchemaInvalidPatternRule(), checks: nil).isEmpty)
  }

  @Test func metaSchemaViolationsAreOneFindingEach() {
    let checks = FakeChecks(violations: [
      ("#/type breaks the meta-schema", TextPosition(line: 1, column: 10)),
      ("#/minLength breaks the meta-schema", TextPosition(line: 1, column: 28)),
    ])
    let findings = lint(
      #"{"type": 5, "minLength": -1}"#, JSONSchemaMetaSchemaRule(), checks: checks)
    #expect(findings.map(\.message) == checks.violations.map(\.message))
    #expect(findings.map { $0.location?.column } == [10, 28])
    #expect(findings.allSatisfy { $0.severity == .error })
    #expect(lint(#"{"type": 5}"#, JSONSchemaMetaSchemaRule(), checks: nil).isEmpty)
  }
}
