import Foundation
import Testing

/// `schemacheck inspect` on `.proto` files, through the binary: `-I`/`--proto-path`, exit codes.
@Suite struct ProtoInspectCommandTests {
  static func scratch() throws -> ScratchFolder {
    let folder = try ScratchFolder()
    try folder.write(
      "proto/shop/order.proto",
      """
      syntax = "proto3";
      package shop;
      import "shop/money.proto";
      message Order { Money total = 1; }
      """)
    try folder.write(
      "proto/shop/money.proto",
      """
      syntax = "proto3";
      package shop;
      message Money { int64 units = 1; }
      """)
    return folder
  }

  @Test(arguments: [["--proto-path", "proto"], ["-I", "proto"], ["-Iproto"]])
  func importRootFromTheCommandLine(_ rootArguments: [String]) throws {
    let folder = try Self.scratch()
    defer { folder.remove() }
    let result = try CommandRunner.run(
      ["inspect", "--format", "json"] + rootArguments + ["proto/shop/order.proto"],
      in: folder.url)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["format"] as? String == "protobuf")
    let types = try #require(json["types"] as? [[String: Any]])
    let fields = try #require(types.first?["fields"] as? [[String: Any]])
    #expect(types.first?["name"] as? String == "shop.Order")
    #expect(fields.first?["type"] as? String == "shop.Money")
    #expect(fields.first?["label"] as? String == "optional")
  }

  @Test func unresolvedImportIsAFinding() throws {
    let folder = try Self.scratch()
    defer { folder.remove() }
    // Without the root, the file's folder is searched for `shop/money.proto` and misses.
    let result = try CommandRunner.run(["inspect", "proto/shop/order.proto"], in: folder.url)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "proto/shop/order.proto:3:8: error: [PROTO_IMPORT_NOT_FOUND] import 'shop/money.proto'"))
  }

  @Test func missingRootIsAToolFailure() throws {
    let folder = try Self.scratch()
    defer { folder.remove() }
    let result = try CommandRunner.run(
      ["inspect", "--proto-path", "nowhere", "proto/shop/order.proto"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("nowhere"))
  }
}
