import SchemaModel
import Testing

@testable import Parsers

@Suite struct JSONSchemaProjectionTests {
  static let schema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Customer registered",
      "type": "object",
      "required": ["id", "tier"],
      "properties": {
        "id": {"type": "string", "format": "uuid"},
        "tier": {"enum": ["gold", "silver"]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "scores": {"type": "object", "additionalProperties": {"type": "integer"}},
        "address": {"$ref": "#/$defs/address"},
        "contact": {"oneOf": [{"type": "string"}, {"type": "null"}]}
      },
      "$defs": {
        "address": {"type": "object", "properties": {"city": {"type": "string"}}}
      }
    }
    """#

  @Test(arguments: [
    ("customer.address", "Customer.address"), ("Customer", "Customer"), ("9lives", "9lives"),
    ("_x", "_x"), ("", ""), ("élan", "Élan"), ("a~1b~0c", "A/b~c"), ("two words", "TwoWords"),
  ])
  func typeNamesCapitalizeEachWordAndUnescapePointers(_ text: String, _ expected: String) {
    #expect(JSONSchemaProjection.typeName(text) == expected)
  }

  @Test func objectsBecomeRecordsWithRequiredAndOptionalFields() throws {
    let file = JSONSchemaFile.parse(Array(Self.schema.utf8), path: "c.json")
    #expect(file.document.diagnostics.isEmpty)
    #expect(file.draft == .draft202012)
    let root = try #require(file.document.root)
    guard case .record(let record) = root.kind else {
      Issue.record("root is \(root.displayName)")
      return
    }
    #expect(record.name.name == "CustomerRegistered")
    #expect(record.fields.map(\.name) == ["id", "tier", "tags", "scores", "address", "contact"])
    #expect(
      record.fields.map(\.presence) == [
        .required, .required, .optional, .optional, .optional, .optional,
      ])
    #expect(record.fields[0].type.logicalType?.name == "uuid")
    #expect(record.fields[0].location == SourceLocation(file: "c.json", line: 7, column: 5))
    #expect(record.fields[1].type.displayName == "enum CustomerRegistered.tier")
    #expect(record.fields[2].type.displayName == "array")
    #expect(record.fields[3].type.displayName == "map")
    #expect(record.fields[4].type.kind == .reference(QualifiedName(name: "Address")))
    #expect(record.fields[5].type.displayName == "union")
    #expect(file.document.namedTypes.compactMap(\.qualifiedName?.name).contains("Address"))
  }

  @Test func yamlSchemasAreRead() throws {
    let text = "type: object\nproperties:\n  id: {type: integer}\nrequired: [id]\n"
    let file = JSONSchemaFile.parse(Array(text.utf8), path: "schemas/order_placed.yaml")
    #expect(file.document.diagnostics.isEmpty)
    #expect(file.document.root?.displayName == "record OrderPlaced")
    #expect(file.schema?["required"]?.elements?.count == 1)
  }

  @Test func unknownDraftIsNamed() throws {
    let text = #"{"$schema": "http://example.com/custom-draft"}"#
    let file = JSONSchemaFile.parse(Array(text.utf8), path: "x.json")
    let diagnostic = try #require(file.document.diagnostics.first)
    #expect(diagnostic.ruleID == "JSONSCHEMA_UNKNOWN_DRAFT")
    #expect(diagnostic.message.contains("'http://example.com/custom-draft'"))
    #expect(diagnostic.location == SourceLocation(file: "x.json", line: 1, column: 13))
  }

  @Test func draftDefaultAppliesWithoutSchemaKeyword() {
    let file = JSONSchemaFile.parse(Array("{}".utf8), path: "x.json", defaultDraft: .draft7)
    #expect(file.draft == .draft7)
  }

  @Test(arguments: [
    ("x.json", "{\"a\": }", "PARSE_UNEXPECTED_TOKEN"), ("x.yaml", "a: [", "PARSE_INVALID_YAML"),
    ("x.json", "[1]", "JSONSCHEMA_NOT_A_SCHEMA"),
  ])
  func invalidTextIsADiagnostic(path: String, text: String, rule: String) {
    let file = JSONSchemaFile.parse(Array(text.utf8), path: path)
    #expect(file.document.diagnostics.map(\.ruleID) == [RuleID(rawValue: rule)])
    #expect(file.document.hasErrors)
  }
}
