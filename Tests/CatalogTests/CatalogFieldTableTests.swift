import Parsers
import SchemaModel
import Testing

@testable import Catalog

/// Field tables of the fixture schemas and of small inline schemas, read with the real parsers.
@Suite struct CatalogFieldTableTests {
  static func avroRows(_ text: String) -> [CatalogField] {
    let document = AvroParser.parse(Array(text.utf8), path: "inline.avsc")
    return CatalogFieldTable.rows(of: document, types: TypeTable(documents: [document]))
  }

  @Test func avroFixtureFlattensArraysOfRecordsAndShowsLogicalTypes() throws {
    let document = try FixtureSchemas.avro("schemas/orders/order_placed.avsc")
    let rows = CatalogFieldTable.rows(of: document, types: TypeTable(documents: [document]))
    #expect(
      rows.map(\.path) == [
        "order_id", "customer_id", "total_cents", "currency", "lines", "lines[].sku",
        "lines[].quantity", "lines[].unit_price_cents", "coupon", "placed_at",
      ])
    #expect(rows.map(\.depth) == [0, 0, 0, 0, 0, 1, 1, 1, 0, 0])
    let byPath = Dictionary(uniqueKeysWithValues: rows.map { ($0.path, $0) })
    #expect(byPath["order_id"]?.type == "string (uuid)")
    #expect(byPath["placed_at"]?.type == "long (timestamp-millis)")
    #expect(byPath["lines"]?.type == "array<OrderLine>")
    #expect(byPath["coupon"]?.type == "null | string")
    #expect(byPath["coupon"]?.defaultValue == "null")
    #expect(byPath["coupon"]?.required == false)
    #expect(byPath["currency"]?.defaultValue == "\"EUR\"")
    #expect(byPath["lines"]?.defaultValue == "[]")
    #expect(byPath["total_cents"]?.required == true)
    #expect(byPath["lines[].sku"]?.doc == "Stock keeping unit.")
  }

  @Test func recursiveTypesAreExpandedOnceAndEnd() {
    let rows = Self.avroRows(
      """
      {"type": "record", "name": "Node", "namespace": "t", "fields": [
        {"name": "value", "type": "int"},
        {"name": "children", "type": {"type": "array", "items": "Node"}},
        {"name": "next", "type": ["null", "Node"], "default": null},
        {"name": "tree", "type": {"type": "record", "name": "Tree", "fields": [
          {"name": "left", "type": ["null", "Tree"], "default": null},
          {"name": "root", "type": "Node"}]}}
      ]}
      """)
    #expect(
      rows.map(\.path) == ["value", "children", "next", "tree", "tree.left", "tree.root"])
    #expect(
      rows.map(\.type) == ["int", "array<Node>", "null | Node", "Tree", "null | Tree", "Node"])
    #expect(rows[1].constraints == ["fields: see the top level"])
    #expect(rows[4].constraints == ["fields: see tree"])
  }

  @Test func namedTypesUsedTwiceAreShownByNameTheSecondTime() {
    let rows = Self.avroRows(
      """
      {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [
        {"name": "billing", "type": {"type": "record", "name": "Address", "fields": [
          {"name": "city", "type": "string", "doc": "City <b>name</b>"}]}},
        {"name": "shipping", "type": ["null", "Address"], "default": null},
        {"name": "status", "type": {"type": "enum", "name": "Status",
          "symbols": ["NEW", "PAID"], "default": "NEW"}, "default": "NEW"},
        {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal",
          "precision": 9, "scale": 2}},
        {"name": "hash", "type": {"type": "fixed", "name": "MD5", "size": 16},
          "aliases": ["digest"]},
        {"name": "attributes", "type": {"type": "map", "values": "Address"}},
        {"name": "other", "type": "com.other.Thing"}
      ]}
      """)
    #expect(
      rows.map(\.path) == [
        "billing", "billing.city", "shipping", "status", "amount", "hash", "attributes", "other",
      ])
    #expect(rows[2].constraints == ["fields: see billing"])
    #expect(rows[3].type == "enum Status")
    #expect(rows[3].constraints == ["symbols: NEW, PAID", "default symbol NEW"])
    #expect(rows[3].defaultValue == "\"NEW\"")
    #expect(rows[4].type == "decimal(9,2)")
    #expect(rows[5].type == "fixed MD5")
    #expect(rows[5].constraints == ["aliases: digest", "size 16"])
    #expect(rows[6].type == "map<string, Address>")
    #expect(rows[7].type == "com.other.Thing")
  }

  @Test func mapsOfRecordsNestUnderBraces() {
    let rows = Self.avroRows(
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "attributes", "type": {"type": "map", "values":
          {"type": "record", "name": "V", "fields": [{"name": "x", "type": "long"}]}}}]}
      """)
    #expect(rows.map(\.path) == ["attributes", "attributes{}.x"])
    #expect(rows.map(\.depth) == [0, 1])
  }

  @Test func deepNestingStopsAtTheLimit() {
    var schema = #"{"type": "int"}"#
    for level in 0..<60 {
      schema =
        #"{"type": "record", "name": "R\#(level)", "fields": [{"name": "f", "type": "#
        + schema + "}]}"
    }
    let rows = Self.avroRows(schema)
    #expect(rows.count == CatalogFieldTable.depthLimit)
    #expect(rows.last?.depth == CatalogFieldTable.depthLimit - 1)
  }

  @Test func protobufFixtureShowsNumbersOneofsAndWellKnownTypesByName() throws {
    let (document, types) = try FixtureSchemas.proto(
      "acme/orders/v1/order_events.proto", message: "acme.orders.v1.OrderEvent")
    let rows = CatalogFieldTable.rows(of: document, types: types)
    let byPath = Dictionary(uniqueKeysWithValues: rows.map { ($0.path, $0) })
    #expect(byPath["occurred_at"]?.type == "google.protobuf.Timestamp")
    #expect(byPath["occurred_at.seconds"] == nil)
    #expect(byPath["status"]?.type == "enum OrderStatus")
    #expect(
      byPath["status"]?.constraints == [
        "field number 4",
        "symbols: ORDER_STATUS_UNSPECIFIED, ORDER_STATUS_PLACED, ORDER_STATUS_CANCELLED, "
          + "ORDER_STATUS_SHIPPED",
      ])
    #expect(byPath["lines"]?.type == "repeated OrderLine")
    #expect(byPath["lines[].quantity"]?.type == "int32")
    #expect(byPath["lines[].unit_price.amount_minor"]?.depth == 2)
    #expect(
      byPath["lines[].discount"]?.doc == "Set when a coupon or promotion lowered the line's price.")
    #expect(byPath["lines[].discount"]?.constraints.last == "fields: see lines[].unit_price")
    #expect(byPath["attributes"]?.type == "map<string, string>")
    #expect(byPath["occurred_at"]?.constraints == ["field number 3", "JSON name occurredAt"])
    #expect(byPath["placed"]?.type == "OrderEvent.Placed")
    #expect(byPath["placed"]?.constraints == ["field number 10", "oneof detail"])
    #expect(byPath["shipped.shipped_at"]?.type == "google.protobuf.Timestamp")
    #expect(rows.allSatisfy { !$0.required })
  }

  @Test func proto2RequiredAndDefaultsAndDeprecation() throws {
    let file = ProtoParser.parse(
      Array(
        """
        syntax = "proto2";
        package p;
        message M {
          required string id = 1;
          optional int32 count = 2 [default = 7, deprecated = true];
        }
        """.utf8), path: "p.proto"
    ).file
    let image = ProtoLinker.link(targets: [file], loader: InMemoryProtoImportLoader([:]))
    let document = try #require(ProtoDocumentProjection.documents(image).first)
    let rows = CatalogFieldTable.rows(of: document, types: TypeTable(documents: [document]))
    #expect(rows.map(\.required) == [true, false])
    #expect(rows[1].defaultValue == "7")
    #expect(rows[1].deprecated)
  }

  @Test func jsonSchemaFixtureKeepsValidationKeywords() throws {
    let file = try FixtureSchemas.jsonSchema("jsonschema/customers/customer_registered.json")
    let rows = CatalogFieldTable.rows(of: file, types: TypeTable())
    let byPath = Dictionary(uniqueKeysWithValues: rows.map { ($0.path, $0) })
    #expect(byPath["eventId"]?.type == "string (uuid)")
    #expect(byPath["eventId"]?.required == true)
    #expect(byPath["channel"]?.type == "enum")
    #expect(byPath["channel"]?.constraints == ["symbols: web, mobile, store, partner"])
    #expect(byPath["channel"]?.required == false)
    #expect(byPath["customer"]?.type == "Customer")
    #expect(byPath["customer.id"]?.constraints == ["pattern ^CUS-[0-9]{6}$"])
    #expect(byPath["customer.name"]?.constraints == ["minLength 1", "maxLength 200"])
    #expect(byPath["customer.addresses"]?.type == "array<Address>")
    #expect(byPath["customer.addresses"]?.constraints == ["maxItems 10"])
    #expect(byPath["customer.addresses[].country"]?.depth == 2)
    #expect(byPath["customer.addresses[].country"]?.doc == "ISO 3166-1 alpha-2.")
    #expect(byPath["marketingConsent"]?.defaultValue == "false")
    // Without the keyword tree the model alone gives shapes but no keywords.
    let plain = CatalogFieldTable.rows(of: file.document, types: TypeTable())
    #expect(plain.map(\.path) == rows.map(\.path))
    #expect(plain.first { $0.path == "customer.id" }?.constraints == [])
  }

  @Test func jsonSchemaInlineObjectsAndEnumsHaveNoNames() throws {
    let file = JSONSchemaFile.parse(
      Array(
        """
        {"type": "object", "required": ["a"], "properties": {
          "a": {"type": "object", "properties": {
            "b": {"type": ["string", "null"], "minimum": 3, "deprecated": true}}},
          "list": {"type": "array", "items": {"type": "object", "properties": {
            "c": {"enum": ["x", "y"]}}}},
          "tags": {"type": "object", "additionalProperties": {"type": "integer"}}
        }}
        """.utf8), path: "inline.json")
    let rows = CatalogFieldTable.rows(of: file, types: TypeTable())
    #expect(rows.map(\.path) == ["a", "a.b", "list", "list[].c", "tags"])
    #expect(
      rows.map(\.type) == [
        "object", "string | null", "array<object>", "enum", "map<string, integer>",
      ])
    #expect(rows.map(\.required) == [true, false, false, false, false])
    #expect(rows[1].constraints == ["minimum 3"])
    #expect(rows[1].deprecated)
  }

  @Test func aNonRecordRootIsOneRow() {
    let rows = Self.avroRows(#"["null", "string"]"#)
    #expect(
      rows == [CatalogField(path: "(value)", depth: 0, type: "null | string", required: true)])
  }
}
