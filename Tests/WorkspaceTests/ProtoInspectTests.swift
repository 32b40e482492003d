import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Workspace

/// `schemacheck inspect` on `.proto` files: linking over import roots and the JSON model.
@Suite struct ProtoInspectTests {
  static let order = """
    syntax = "proto3";
    package shop.v1;
    import "google/protobuf/timestamp.proto";
    import "shop/v1/common.proto";
    import "google/type/money.proto";
    message Order {
      int64 id = 1;
      optional string note = 2;
      repeated Line lines = 3;
      map<string, Status> states = 4;
      map<int32, google.type.Money> prices = 5;
      google.protobuf.Timestamp placed_at = 6 [json_name = "placed"];
      oneof payment {
        string card_token = 7;
        google.type.Money cash = 8;
      }
      message Line {
        sfixed64 sku = 1;
        enum Unit { UNIT_UNSPECIFIED = 0; UNIT_KG = 2; }
        Unit unit = 2;
      }
    }
    """

  static let common = """
    syntax = "proto3";
    package shop.v1;
    enum Status {
      STATUS_UNSPECIFIED = 0;
      STATUS_PAID = 1;
    }
    """

  static let legacy = """
    syntax = "proto2";
    package legacy;
    message Shipment {
      required string id = 1;
      optional int32 weight_grams = 2 [default = 100];
      repeated group Parcel = 3 {
        optional string label = 4;
      }
      extensions 100 to 199;
    }
    extend Shipment { optional string carrier = 100; }
    """

  static let editions = """
    edition = "2023";
    package modern;
    option features.field_presence = IMPLICIT;
    message Event {
      string name = 1;
      int32 count = 2 [features.field_presence = EXPLICIT];
      int64 id = 3 [features.field_presence = LEGACY_REQUIRED];
      repeated string tags = 4;
      Event parent = 5;
    }
    """

  static func tree() throws -> TemporaryTree {
    let tree = try TemporaryTree()
    try tree.write("proto/shop/v1/order.proto", order)
    try tree.write("proto/shop/v1/common.proto", common)
    try tree.write(
      "vendor/google/type/money.proto",
      """
      syntax = "proto3";
      package google.type;
      message Money { string currency_code = 1; int64 units = 2; int32 nanos = 3; }
      """)
    try tree.write("proto/legacy/shipment.proto", legacy)
    try tree.write("proto/modern/event.proto", editions)
    return tree
  }

  @Test func orderJSONGolden() throws {
    let tree = try Self.tree()
    defer { tree.remove() }
    let image = try InspectRun.protoImage(
      at: "proto/shop/v1/order.proto", protoPaths: ["proto", "vendor"],
      currentDirectory: tree.root)
    #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
    #expect(image.targetFiles.map(\.path) == ["shop/v1/order.proto"])
    let money = try #require(image.files.first { $0.path == "google/type/money.proto" })
    #expect(money.displayPath == "vendor/google/type/money.proto")
    try GoldenFile.check(ProtoModelRenderer.json(image), against: "proto/inspect-order.json")
  }

  @Test func proto2AndEditionsLabelsGolden() throws {
    let tree = try Self.tree()
    defer { tree.remove() }
    var output = ""
    for path in ["proto/legacy/shipment.proto", "proto/modern/event.proto"] {
      let image = try InspectRun.protoImage(at: path, currentDirectory: tree.root)
      #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
      output += ProtoModelRenderer.json(image)
    }
    try GoldenFile.check(output, against: "proto/inspect-labels.json")
  }

  @Test func fileFolderIsAnImportRoot() throws {
    let tree = try Self.tree()
    defer { tree.remove() }
    // Without -I, the file's own folder is the root: `shop/v1/common.proto` is not found there.
    let image = try InspectRun.protoImage(
      at: "proto/shop/v1/order.proto", currentDirectory: tree.root)
    #expect(image.targetFiles.map(\.path) == ["order.proto"])
    #expect(
      image.diagnostics.map { "\($0.ruleID)@\($0.location?.description ?? "")" } == [
        "PROTO_IMPORT_NOT_FOUND@proto/shop/v1/order.proto:4:8",
        "PROTO_IMPORT_NOT_FOUND@proto/shop/v1/order.proto:5:8",
        "PROTO_UNRESOLVED_TYPE@proto/shop/v1/order.proto:10:3",
        "PROTO_UNRESOLVED_TYPE@proto/shop/v1/order.proto:11:3",
        "PROTO_UNRESOLVED_TYPE@proto/shop/v1/order.proto:15:5",
      ])
  }

  @Test func fileFolderIsNotARootWhenARootHoldsTheFile() throws {
    let tree = try Self.tree()
    defer { tree.remove() }
    try tree.write(
      "proto/shop/v1/sibling.proto",
      """
      syntax = "proto3";
      import "common.proto";
      """)
    let image = try InspectRun.protoImage(
      at: "proto/shop/v1/sibling.proto", protoPaths: ["proto"], currentDirectory: tree.root)
    #expect(image.targetFiles.map(\.path) == ["shop/v1/sibling.proto"])
    #expect(image.diagnostics.map(\.ruleID) == ["PROTO_IMPORT_NOT_FOUND"])
  }

  @Test func missingProtoPathIsAToolError() throws {
    let tree = try Self.tree()
    defer { tree.remove() }
    #expect(throws: WorkspaceError.directoryNotFound(path: "nowhere")) {
      try InspectRun.protoImage(
        at: "proto/shop/v1/order.proto", protoPaths: ["nowhere"], currentDirectory: tree.root)
    }
  }

  @Test func textOutlineNamesResolvedTypes() throws {
    let tree = try Self.tree()
    defer { tree.remove() }
    let image = try InspectRun.protoImage(
      at: "proto/shop/v1/order.proto", protoPaths: ["proto", "vendor"],
      currentDirectory: tree.root)
    let text = ProtoModelRenderer.text(image)
    #expect(text.hasPrefix("proto/shop/v1/order.proto (protobuf)\nrecord shop.v1.Order (6:1)\n"))
    #expect(text.contains("  states: map<shop.v1.Status>\n"))
    #expect(text.contains("enum shop.v1.Order.Line.Unit"))
  }
}
