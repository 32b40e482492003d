import Lint
import Parsers
import SchemaModel
import Testing

/// The common rules on JSON Schema and Protobuf, and the rule across files.
@Suite struct CommonLintRuleTests {
  static func jsonSchema(_ text: String, path: String = "s.json") -> LintInput {
    let parsed = JSONSchemaFile.parse(Array(text.utf8), path: path)
    return LintInput(document: parsed.document, jsonSchema: parsed)
  }

  static func avro(_ text: String, path: String = "s.avsc") -> LintInput {
    LintInput(document: AvroParser.parse(Array(text.utf8), path: path))
  }

  static func proto(_ text: String, path: String = "s.proto") throws -> LintInput {
    let parsed = ProtoParser.parse(Array(text.utf8), path: path)
    let image = ProtoLinker.link(targets: [parsed.file], loader: InMemoryProtoImportLoader([:]))
    let document = try #require(ProtoDocumentProjection.documents(image).first)
    return LintInput(document: document, protoFile: image.files.first)
  }

  func lint(
    _ inputs: [LintInput], _ rule: any LintRule, options: LintOptions = LintOptions()
  ) -> [Diagnostic] {
    LintRules.lint(inputs, rules: [rule], context: LintContext(options: options))
  }

  static let goodJSONSchema = """
    {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "OrderPlaced",
     "description": "An order was placed.", "type": "object",
     "properties": {
       "order_id": {"type": "string", "description": "The order."},
       "status": {"enum": ["NEW", "PAID"], "description": "Its state."},
       "customer": {"type": "object", "description": "Who ordered.",
         "properties": {"customer_id": {"type": "string", "description": "The customer."}}},
       "address": {"$ref": "#/$defs/PostalAddress", "description": "Where to."}
     },
     "$defs": {"PostalAddress": {"type": "object", "description": "An address.",
       "properties": {"zip_code": {"type": "string", "description": "The zip."}}}}}
    """

  static let commonRules: [any LintRule] = [
    TypeNameCaseRule(), FieldNameCaseRule(), EnumSymbolCaseRule(), TypeDocMissingRule(),
    FieldDocMissingRule(), DeprecatedFieldRequiredRule(), FieldTypeInconsistentRule(),
  ]

  @Test(arguments: commonRules.map { type(of: $0).description.id })
  func aCleanJSONSchemaPassesEveryCommonRule(_ id: RuleID) throws {
    let rule = try #require(Self.commonRules.first { type(of: $0).description.id == id })
    #expect(lint([Self.jsonSchema(Self.goodJSONSchema)], rule).isEmpty)
  }

  @Test func jsonSchemaTypeNamesAreTheAuthorsOnly() {
    let schema = """
      {"title": "order_placed", "type": "object",
       "properties": {"nested_thing": {"type": "object", "properties": {"a": {"type": "string"}}}},
       "$defs": {"postal_address": {"type": "object", "properties": {}},
                 "Money": {"type": "object"}, "zipCode": {"type": "string"},
                 "status": {"enum": ["A"]}}}
      """
    let findings = lint([Self.jsonSchema(schema)], TypeNameCaseRule())
    #expect(
      findings.map(\.message) == [
        "type name 'order_placed' is not PascalCase",
        "type name 'postal_address' is not PascalCase", "type name 'status' is not PascalCase",
      ])
    #expect(findings.first?.location?.line == 1)
    #expect(findings.dropFirst().first?.location?.line == 3)
    // A title written as prose is not a type name.
    #expect(
      lint([Self.jsonSchema(#"{"title": "order placed", "type": "object"}"#)], TypeNameCaseRule())
        .isEmpty)
  }

  @Test func jsonSchemaPropertyNamesFollowTheConfiguredCase() {
    let schema = """
      {"type": "object", "properties": {
        "orderId": {"type": "string"},
        "customer": {"type": "object", "properties": {"customer_id": {"type": "string"}}}}}
      """
    let snake = lint([Self.jsonSchema(schema)], FieldNameCaseRule())
    #expect(snake.map(\.message) == ["field 'S.orderId' is not snake_case"])
    #expect(snake.first?.location?.line == 2)
    let camel = lint(
      [Self.jsonSchema(schema)], FieldNameCaseRule(), options: LintOptions(fieldNameCase: .camel))
    #expect(camel.map(\.message) == ["field 'S.customer.customer_id' is not camelCase"])
  }

  @Test func jsonSchemaEnumValuesAreDataNotIdentifiers() {
    let findings = lint(
      [Self.jsonSchema(#"{"type": "object", "properties": {"s": {"enum": ["OK", "notOk"]}}}"#)],
      EnumSymbolCaseRule())
    #expect(findings.isEmpty)
  }

  @Test func jsonSchemaPropertiesCanHaveTheirOwnCase() {
    let schema = #"{"type": "object", "properties": {"orderId": {"type": "string"}}}"#
    var options = LintOptions(fieldNameCase: .snake)
    options.jsonSchemaFieldNameCase = .camel
    #expect(lint([Self.jsonSchema(schema)], FieldNameCaseRule(), options: options).isEmpty)
  }

  @Test func protobufIsLeftToBufsRules() throws {
    let input = try Self.proto(
      """
      syntax = "proto3";
      message order_placed { string orderId = 1; status s = 2; }
      enum status { ok = 0; }
      """)
    for rule in [TypeNameCaseRule(), FieldNameCaseRule(), EnumSymbolCaseRule()] as [any LintRule] {
      #expect(lint([input], rule).isEmpty)
    }
  }

  @Test func jsonSchemaDocsAreDescriptions() {
    let schema = """
      {"type": "object", "properties": {
        "a": {"type": "string", "description": "Documented."},
        "b": {"type": "string"}},
       "$defs": {"Money": {"type": "object", "description": "Money."}, "Address": {"type": "object"}}}
      """
    let types = lint([Self.jsonSchema(schema)], TypeDocMissingRule())
    #expect(
      types.map(\.message) == [
        #"the root schema has no "description""#, #"type 'Address' has no "description""#,
      ])
    let fields = lint([Self.jsonSchema(schema)], FieldDocMissingRule())
    #expect(fields.map(\.message) == [#"field 'S.b' has no "description""#])
    #expect(fields.first?.location?.line == 3)
  }

  @Test func jsonSchemaDeprecatedPropertiesMustNotBeRequired() {
    let schema = """
      {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
       "required": ["old"], "properties": {
        "old": {"type": "string", "deprecated": true},
        "older": {"type": "string", "deprecated": true}}}
      """
    let findings = lint([Self.jsonSchema(schema)], DeprecatedFieldRequiredRule())
    #expect(
      findings.map(\.message) == [
        #"field 'S.old' is deprecated but still required; remove it from "required""#
      ])
    #expect(findings.first?.location?.line == 3)
  }

  @Test func proto2RequiredDeprecatedFieldsAreReported() throws {
    let input = try Self.proto(
      """
      syntax = "proto2";
      message Order {
        required string old = 1 [deprecated = true];
        optional string older = 2 [deprecated = true];
        required string kept = 3;
      }
      """)
    let findings = lint([input], DeprecatedFieldRequiredRule())
    #expect(findings.map(\.message).count == 1)
    #expect(findings.first?.message.hasPrefix("field 'Order.old' is deprecated") == true)
    #expect(findings.first?.location?.line == 3)
  }

  @Test func aFieldNameWithTwoTypesIsReportedWhereItDisagreesWithTheMajority() {
    let inputs = [
      Self.avro(
        #"{"type": "record", "name": "A", "fields": [{"name": "order_id", "type": "string"}]}"#,
        path: "a.avsc"),
      Self.avro(
        #"{"type": "record", "name": "B", "fields": [{"name": "order_id", "type": ["null", "string"], "default": null}]}"#,
        path: "b.avsc"),
      Self.jsonSchema(
        #"{"type": "object", "properties": {"order_id": {"type": ["string", "null"]}}}"#,
        path: "c.json"),
      Self.avro(
        """
        {"type": "record", "name": "D", "fields": [
          {"name": "order_id", "type": "long"}]}
        """, path: "d.avsc"),
    ]
    let findings = lint(inputs, FieldTypeInconsistentRule())
    #expect(
      findings.map(\.message) == [
        "field 'order_id' is long here but string in a.avsc, b.avsc, c.json"
      ])
    #expect(findings.first?.location == SourceLocation(file: "d.avsc", line: 2, column: 3))
    #expect(findings.first?.severity == .warning)
    // Agreeing files alone are fine.
    #expect(lint(Array(inputs.prefix(3)), FieldTypeInconsistentRule()).isEmpty)
  }

  @Test(arguments: [
    (#"{"type": "long", "logicalType": "timestamp-millis"}"#, "long(timestamp-millis)"),
    (#"{"type": "array", "items": "string"}"#, "array<string>"),
    (#"{"type": "map", "values": ["null", "int"]}"#, "map<int>"),
    (#"["null", "long", "string"]"#, "union<long|string>"),
    (#"{"type": "fixed", "name": "F", "namespace": "a", "size": 2}"#, "a.F"),
  ])
  func typesAreComparedNormalised(_ type: String, _ expected: String) {
    let record = { (path: String, fieldType: String) in
      Self.avro(
        #"{"type": "record", "name": "R\#(path.prefix(1))", "fields": [{"name": "f", "type": \#(fieldType)}]}"#,
        path: path)
    }
    let findings = lint(
      [record("a.avsc", type), record("b.avsc", type), record("c.avsc", #""boolean""#)],
      FieldTypeInconsistentRule())
    #expect(
      findings.map(\.message) == ["field 'f' is boolean here but \(expected) in a.avsc, b.avsc"])
  }

  @Test func jsonSchemaObjectsAreNotComparedByTheirSynthesizedNames() {
    let inputs = [
      Self.jsonSchema(
        #"{"type": "object", "properties": {"customer": {"type": "object"}}}"#, path: "a.json"),
      Self.jsonSchema(
        #"{"type": "object", "properties": {"customer": {"type": "object"}}}"#, path: "b.json"),
    ]
    #expect(lint(inputs, FieldTypeInconsistentRule()).isEmpty)
  }
}
