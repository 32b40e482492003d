import SchemaModel
import Testing

@testable import Parsers

/// The linked image in the unified model.
@Suite struct ProtoLinkProjectionTests {
  static let source = """
    syntax = "proto3";
    package shop.v1;
    import "google/protobuf/timestamp.proto";
    // An order.
    message Order {
      int64 id = 1;
      optional string note = 2;
      repeated Line lines = 3;
      map<string, Money> totals = 4;
      google.protobuf.Timestamp placed_at = 5 [json_name = "placed"];
      oneof payment {
        string card_token = 6;
        Status status = 7;
      }
      uint32 count = 8 [deprecated = true];
      message Line {
        sfixed64 sku = 1;
      }
    }
    message Money { int64 units = 1; }
    enum Status {
      STATUS_UNSPECIFIED = 0;
      STATUS_PAID = 5;
    }
    """

  static func document(rootMessage: String? = nil) throws -> SchemaDocument {
    let parsed = ProtoParser.parse(
      Array(source.utf8), path: "shop/v1/order.proto", displayPath: "proto/shop/v1/order.proto")
    let image = ProtoLinker.link(targets: [parsed.file], loader: NoImportLoader())
    let documents = ProtoDocumentProjection.documents(image, rootMessage: rootMessage)
    #expect(documents.count == 1)
    return try #require(documents.first)
  }

  @Test func namedTypesAndRoot() throws {
    let document = try Self.document()
    #expect(document.format == .protobuf)
    #expect(document.path == "proto/shop/v1/order.proto")
    #expect(document.namespace == "shop.v1")
    #expect(
      document.namedTypes.map { $0.qualifiedName?.fullName } == [
        "shop.v1.Order", "shop.v1.Order.Line", "shop.v1.Money", "shop.v1.Status",
      ])
    #expect(document.root?.qualifiedName?.fullName == "shop.v1.Order")
    #expect(document.externalReferences.map(\.fullName) == ["google.protobuf.Timestamp"])
    #expect(document.diagnostics.isEmpty)
    #expect(
      document.namedTypes.first?.location
        == SourceLocation(file: "proto/shop/v1/order.proto", line: 5, column: 1))
    #expect(try Self.document(rootMessage: "shop.v1.Money").root?.qualifiedName?.name == "Money")
  }

  @Test func fields() throws {
    let document = try Self.document()
    guard case .record(let order) = try #require(document.namedTypes.first).kind else {
      Issue.record("Order is not a record")
      return
    }
    #expect(order.doc == " An order.")
    let summary = order.fields.map { field in
      "\(field.number ?? 0) \(field.name) \(field.jsonName ?? "-") \(field.presence.rawValue) \(Self.typeText(field.type))"
    }
    #expect(
      summary == [
        "1 id id implicit long(int64)",
        "2 note note optional string",
        "3 lines lines repeated ->shop.v1.Order.Line",
        "4 totals totals repeated map<string,->shop.v1.Money>",
        "5 placed_at placed optional ->google.protobuf.Timestamp",
        "6 card_token cardToken optional string",
        "7 status status optional ->shop.v1.Status",
        "8 count count implicit int(uint32)",
      ])
    #expect(order.fields[5].properties.first?.value.stringValue == "payment")
    #expect(order.fields[0].properties.isEmpty)
    #expect(order.fields[7].deprecated)
  }

  @Test func enumSymbolsKeepNumbers() throws {
    let document = try Self.document()
    guard case .enumeration(let status) = try #require(document.namedTypes.last).kind else {
      Issue.record("Status is not an enum")
      return
    }
    #expect(status.symbols.map(\.name) == ["STATUS_UNSPECIFIED", "STATUS_PAID"])
    #expect(status.symbols.map(\.number) == [0, 5])
  }

  @Test(arguments: [
    ("foo_bar", "fooBar"), ("foo", "foo"), ("_foo", "Foo"), ("foo__bar", "fooBar"),
    ("foo_bar_", "fooBar"), ("foo_1x", "foo1x"), ("FooBar", "FooBar"),
  ])
  func defaultJSONName(_ name: String, _ expected: String) {
    #expect(ProtoField.defaultJSONName(name) == expected)
  }

  static func typeText(_ node: TypeNode) -> String {
    switch node.kind {
    case .primitive(let primitive):
      node.logicalType.map { "\(primitive.rawValue)(\($0.name))" } ?? primitive.rawValue
    case .reference(let name): "->\(name.fullName)"
    case .map(let values):
      "map<\(node.properties.first?.value.stringValue ?? "?"),\(typeText(values))>"
    default: "?"
    }
  }
}
