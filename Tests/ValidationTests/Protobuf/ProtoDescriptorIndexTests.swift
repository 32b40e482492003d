import Parsers
import Testing
import Validation

@Suite struct ProtoDescriptorIndexTests {
  static let proto3 = """
    syntax = "proto3";
    package acme.orders;
    import "google/protobuf/timestamp.proto";
    enum Color { COLOR_UNSPECIFIED = 0; RED = 1; }
    message Order {
      message Line { string sku = 1; }
      string order_id = 1;
      repeated Line items = 2;
      repeated int32 counts = 3;
      repeated int32 loose = 4 [packed = false];
      repeated string tags = 5;
      map<string, Line> by_sku = 6;
      map<int64, Color> colors = 7;
      oneof payment { string card = 8; int64 cash = 9; }
      optional int32 priority = 10;
      string note = 11 [json_name = "memo"];
      google.protobuf.Timestamp placed_at = 12;
      Color color = 13;
      Line main = 14;
    }
    """

  static let proto2 = """
    syntax = "proto2";
    package legacy;
    enum Status { ACTIVE = 1; DISABLED = 2; }
    message Req {
      required string id = 1;
      optional Status status = 2;
      repeated int32 nums = 3;
      repeated int32 packed_nums = 4 [packed = true];
      optional group Grp = 5 { optional int32 x = 6; }
      extensions 100 to 200;
    }
    extend Req { optional int32 ext_field = 100; }
    message Scope { extend Req { repeated string tags = 101; } }
    """

  static let editions = """
    edition = "2023";
    package ed;
    option features.field_presence = IMPLICIT;
    enum Kind { option features.enum_type = CLOSED; KIND_ZERO = 0; }
    message Msg {
      message Sub { int32 a = 1; }
      int32 plain = 1;
      int32 explicit = 2 [features.field_presence = EXPLICIT];
      int32 needed = 3 [features.field_presence = LEGACY_REQUIRED];
      repeated int32 expanded = 4 [features.repeated_field_encoding = EXPANDED];
      repeated int32 packed = 5;
      string raw = 6 [features.utf8_validation = NONE];
      string checked = 7;
      Sub delimited = 8 [features.message_encoding = DELIMITED];
      Kind kind = 9;
    }
    """

  @Test func indexesProto3MessagesFieldsAndNames() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto3))
    let order = try #require(index.message(named: "acme.orders.Order"))
    #expect(index.message(named: ".acme.orders.Order") == order)
    #expect(index.message(named: "acme.orders.Order.Line") != nil)
    #expect(order.syntax == .proto3)
    #expect(order.fields.map(\.number) == Array(1...14))

    let orderID = try #require(order.field(named: "orderId"))
    #expect(orderID.name == "order_id" && orderID.jsonName == "orderId")
    #expect(order.field(named: "order_id") == orderID)
    #expect(order.field(number: 1) == orderID)
    #expect(orderID.cardinality == .optionalImplicit)
    #expect(orderID.kind == .scalar(.string))
    #expect(orderID.validatesUTF8)

    #expect(order.field(named: "memo")?.name == "note")
    #expect(order.field(named: "note")?.jsonName == "memo")
    #expect(order.field(named: "nope") == nil)
  }

  @Test func resolvesKindsCardinalityAndPacking() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto3))
    let order = try #require(index.message(named: "acme.orders.Order"))
    let items = try #require(order.field(named: "items"))
    #expect(items.kind == .message("acme.orders.Order.Line"))
    #expect(items.cardinality == .repeated && !items.isPacked && items.isRepeated)
    #expect(order.field(named: "counts")?.isPacked == true)
    #expect(order.field(named: "loose")?.isPacked == false)
    #expect(order.field(named: "tags")?.isPacked == false)
    let bySKU = try #require(order.field(named: "bySku"))
    #expect(bySKU.kind == .map(key: .string, value: .message("acme.orders.Order.Line")))
    #expect(bySKU.cardinality == .map)
    #expect(
      order.field(named: "colors")?.kind
        == .map(key: .int64, value: .enumeration("acme.orders.Color")))
    let card = try #require(order.field(named: "card"))
    #expect(card.oneofIndex == 0 && card.oneofName == "payment")
    #expect(card.cardinality == .optionalExplicit)
    #expect(order.oneofs == ["payment"])
    let priority = try #require(order.field(named: "priority"))
    #expect(priority.cardinality == .optionalExplicit && priority.oneofIndex == nil)
    #expect(order.field(named: "main")?.cardinality == .optionalExplicit)
    #expect(order.field(named: "placedAt")?.kind == .message("google.protobuf.Timestamp"))
    #expect(order.field(named: "color")?.kind == .enumeration("acme.orders.Color"))
  }

  @Test func includesImportedWellKnownTypes() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto3))
    let timestamp = try #require(index.message(named: "google.protobuf.Timestamp"))
    #expect(timestamp.fields.map(\.name) == ["seconds", "nanos"])
    #expect(timestamp.fields.map(\.kind) == [.scalar(.int64), .scalar(.int32)])
    #expect(index.message(named: "google.protobuf.Duration") == nil)
  }

  @Test func proto3EnumsAreOpen() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto3))
    let color = try #require(index.enumeration(named: "acme.orders.Color"))
    #expect(!color.isClosed)
    #expect(color.number(named: "RED") == 1)
    #expect(color.number(named: "BLUE") == nil)
    #expect(color.declares(0) && !color.declares(5))
    #expect(color.value(number: 1)?.name == "RED")
  }

  @Test func proto2RequiredClosedEnumsGroupsAndPacking() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto2))
    let request = try #require(index.message(named: "legacy.Req"))
    #expect(index.enumeration(named: "legacy.Status")?.isClosed == true)
    let id = try #require(request.field(named: "id"))
    #expect(id.cardinality == .required && id.hasPresence)
    #expect(!id.validatesUTF8)
    #expect(request.field(named: "status")?.cardinality == .optionalExplicit)
    #expect(request.field(named: "nums")?.isPacked == false)
    #expect(request.field(named: "packedNums")?.isPacked == true)
    let group = try #require(request.field(number: 5))
    #expect(group.name == "grp" && group.jsonName == "grp")
    #expect(group.kind == .group("legacy.Req.Grp"))
    #expect(index.message(named: "legacy.Req.Grp")?.isGroup == true)
    #expect(request.extensionRanges == [100...200])
  }

  @Test func editionsFeatures() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.editions))
    let message = try #require(index.message(named: "ed.Msg"))
    #expect(message.field(named: "plain")?.cardinality == .optionalImplicit)
    #expect(message.field(named: "explicit")?.cardinality == .optionalExplicit)
    #expect(message.field(named: "needed")?.cardinality == .required)
    #expect(message.field(named: "expanded")?.isPacked == false)
    #expect(message.field(named: "packed")?.isPacked == true)
    #expect(message.field(named: "raw")?.validatesUTF8 == false)
    #expect(message.field(named: "checked")?.validatesUTF8 == true)
    #expect(message.field(named: "delimited")?.kind == .group("ed.Msg.Sub"))
    #expect(index.enumeration(named: "ed.Kind")?.isClosed == true)
  }

  @Test func unknownMessageSuggestsTheNearestName() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto3))
    #expect(
      throws: ProtoPayloadSetupError.unknownMessage(
        name: "acme.orders.Ordr", suggestion: "acme.orders.Order")
    ) {
      try index.requireMessage(named: "acme.orders.Ordr")
    }
    #expect(throws: ProtoPayloadSetupError.unknownMessage(name: "Zebra", suggestion: nil)) {
      try index.requireMessage(named: "Zebra")
    }
    let error = ProtoPayloadSetupError.unknownMessage(name: "a.Ordr", suggestion: "a.Order")
    #expect(error.description.contains("did you mean 'a.Order'"))
    #expect(try index.requireMessage(named: "acme.orders.Order").fullName == "acme.orders.Order")
  }

  @Test func messageNamesAreSorted() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto2))
    #expect(index.messageNames == ["legacy.Req", "legacy.Req.Grp", "legacy.Scope"])
    #expect(index.enumNames == ["legacy.Status"])
  }

  @Test func indexesExtensionsByExtendee() throws {
    let index = try #require(ProtoIndexTestImages.index(Self.proto2))
    let extensions = index.extensions(of: "legacy.Req")
    #expect(extensions.map(\.fullName) == ["legacy.ext_field", "legacy.Scope.tags"])
    #expect(extensions.map(\.field.number) == [100, 101])
    #expect(extensions.map(\.field.cardinality) == [.optionalExplicit, .repeated])
    #expect(index.extensions(of: ".legacy.Req").count == 2)
    #expect(index.extensions(of: "legacy.Scope").isEmpty)
  }
}
