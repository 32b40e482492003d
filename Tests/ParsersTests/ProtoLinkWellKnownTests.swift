import SchemaModel
import Testing

@testable import Parsers

/// The built-in well-known types and feature files, linked without any loader files.
@Suite struct ProtoLinkWellKnownTests {
  static func parse(_ text: String, path: String = "user.proto") -> ProtoFile {
    ProtoParser.parse(Array(text.utf8), path: path).file
  }

  @Test(arguments: ProtoWellKnownFiles.paths)
  func builtInFileParsesAndLinks(_ path: String) throws {
    let source = try #require(ProtoWellKnownFiles.source(path))
    let parsed = ProtoParser.parse(Array(source.utf8), path: path)
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
    let image = ProtoLinker.link(targets: [parsed.file], loader: NoImportLoader())
    #expect(
      image.diagnostics.isEmpty,
      "\(image.diagnostics.map { "\($0.location?.description ?? ""): \($0.message)" })")
  }

  @Test func wellKnownTypesResolveWithoutLoaderFiles() throws {
    let file = Self.parse(
      """
      syntax = "proto3";
      package shop;
      import "google/protobuf/timestamp.proto";
      import "google/protobuf/struct.proto";
      import "google/protobuf/wrappers.proto";
      import "google/protobuf/any.proto";
      import "google/protobuf/duration.proto";
      import "google/protobuf/empty.proto";
      import "google/protobuf/field_mask.proto";
      import "google/protobuf/api.proto";
      message Order {
        google.protobuf.Timestamp placed_at = 1;
        google.protobuf.Struct attributes = 2;
        .google.protobuf.StringValue note = 3;
        map<string, google.protobuf.Any> extras = 4;
        google.protobuf.NullValue nothing = 5;
        google.protobuf.Duration ttl = 6;
        google.protobuf.FieldMask mask = 7;
        google.protobuf.Api api = 8;
      }
      service Orders {
        rpc Ping(google.protobuf.Empty) returns (google.protobuf.Empty);
      }
      """)
    let image = ProtoLinker.link(targets: [file], loader: NoImportLoader())
    #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
    let order = try #require(image.file("user.proto")?.messages.first)
    #expect(
      order.fields.map { $0.resolvedType?.fullName } == [
        "google.protobuf.Timestamp", "google.protobuf.Struct", "google.protobuf.StringValue",
        "google.protobuf.Any", "google.protobuf.NullValue", "google.protobuf.Duration",
        "google.protobuf.FieldMask", "google.protobuf.Api",
      ])
    #expect(order.fields[4].resolvedType?.kind == .enum)
    #expect(image.targetPaths == ["user.proto"])
    // api.proto brings type.proto, which brings any.proto and source_context.proto.
    #expect(image.files.contains { $0.path == "google/protobuf/type.proto" })
    #expect(image.files.last?.path == "user.proto")
  }

  @Test func editionsFeatureExtensionsResolve() {
    let file = Self.parse(
      """
      edition = "2023";
      package shop;
      import "google/protobuf/cpp_features.proto";
      import "google/protobuf/java_features.proto";
      import "google/protobuf/go_features.proto";
      option features.(pb.java).utf8_validation = VERIFY;
      option features.(pb.go).api_level = API_OPAQUE;
      message M {
        string name = 1 [features.(pb.cpp).string_type = CORD];
      }
      """)
    let image = ProtoLinker.link(targets: [file], loader: NoImportLoader())
    #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
  }

  @Test func customOptionsOnDescriptorOptionMessagesResolve() {
    let file = Self.parse(
      """
      syntax = "proto3";
      package acme;
      import "google/protobuf/descriptor.proto";
      extend google.protobuf.FileOptions { string owner = 50001; }
      extend google.protobuf.MessageOptions { string topic = 50001; }
      extend google.protobuf.FieldOptions { int32 max_len = 50001; }
      extend google.protobuf.EnumOptions { bool closed = 50001; }
      extend google.protobuf.EnumValueOptions { string label = 50001; }
      extend google.protobuf.ServiceOptions { string team = 50001; }
      extend google.protobuf.MethodOptions { string route = 50001; }
      extend google.protobuf.OneofOptions { bool exclusive = 50001; }
      option (owner) = "orders";
      message M {
        option (acme.topic) = "t";
        string name = 1 [(max_len) = 3];
        oneof o {
          option (exclusive) = true;
          int32 a = 2;
        }
      }
      enum E {
        option (closed) = true;
        E_ZERO = 0 [(label) = "zero"];
      }
      service S {
        option (team) = "x";
        rpc Get(M) returns (M) { option (route) = "/m"; }
      }
      """)
    let image = ProtoLinker.link(targets: [file], loader: NoImportLoader())
    #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
  }

  @Test func userFileWinsOverBuiltIn() throws {
    let file = Self.parse(
      """
      syntax = "proto3";
      import "google/protobuf/timestamp.proto";
      message M { google.protobuf.Timestamp at = 1; google.protobuf.Mine mine = 2; }
      """)
    let loader = InMemoryProtoImportLoader(
      [
        "google/protobuf/timestamp.proto": """
        syntax = "proto3";
        package google.protobuf;
        message Timestamp { int64 seconds = 1; }
        message Mine {}
        """
      ], displayPrefix: "vendor/")
    let image = ProtoLinker.link(targets: [file], loader: loader)
    #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
    let timestamp = try #require(image.file("google/protobuf/timestamp.proto"))
    #expect(timestamp.displayPath == "vendor/google/protobuf/timestamp.proto")
    #expect(timestamp.messages.map(\.name) == ["Timestamp", "Mine"])
  }
}
