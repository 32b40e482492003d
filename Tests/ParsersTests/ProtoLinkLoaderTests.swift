import Foundation
import SchemaModel
import Testing

@testable import Parsers

/// Import loaders: roots in order, display paths, and the paths and sizes they refuse.
@Suite struct ProtoLinkLoaderTests {
  /// A fresh folder with `files` written below it.
  static func tree(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("schemacheck-loader-\(UUID().uuidString)", isDirectory: true)
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }

  @Test func rootsAreSearchedInOrder() throws {
    let root = try Self.tree([
      "first/a/x.proto": "first", "second/a/x.proto": "second", "second/a/y.proto": "only",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let loader = FileSystemProtoImportLoader(
      roots: [root.appendingPathComponent("first"), root.appendingPathComponent("second")],
      displayPrefixes: ["first/", "second/"])
    #expect(
      loader.load(importPath: "a/x.proto")
        == .found(bytes: Array("first".utf8), displayPath: "first/a/x.proto"))
    #expect(
      loader.load(importPath: "a/y.proto")
        == .found(bytes: Array("only".utf8), displayPath: "second/a/y.proto"))
    #expect(loader.load(importPath: "a/z.proto") == .notFound)
    #expect(loader.load(importPath: "a") == .notFound)
  }

  @Test(arguments: [
    "../outside.proto", "a/../../outside.proto", "/etc/passwd", "a//b.proto", "./a.proto", "",
  ])
  func unsafePathsAreRefused(_ importPath: String) throws {
    let root = try Self.tree(["root/a.proto": "x", "outside.proto": "secret"])
    defer { try? FileManager.default.removeItem(at: root) }
    let loader = FileSystemProtoImportLoader(roots: [root.appendingPathComponent("root")])
    guard case .failed(let reason) = loader.load(importPath: importPath) else {
      Issue.record("'\(importPath)' was not refused")
      return
    }
    #expect(reason.contains("leaves its import root"))
  }

  @Test func symbolicLinkOutOfTheRootIsRefused() throws {
    let root = try Self.tree(["root/keep.proto": "x", "outside.proto": "secret"])
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("root/link.proto"),
      withDestinationURL: root.appendingPathComponent("outside.proto"))
    let loader = FileSystemProtoImportLoader(roots: [root.appendingPathComponent("root")])
    guard case .failed(let reason) = loader.load(importPath: "link.proto") else {
      Issue.record("the link was followed")
      return
    }
    #expect(reason.contains("outside its import root"))
  }

  @Test func filesOverTheLimitAreRefused() throws {
    let root = try Self.tree([:])
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let big = root.appendingPathComponent("big.proto")
    try Data(count: FileSystemProtoImportLoader.sizeLimit + 1).write(to: big)
    let loader = FileSystemProtoImportLoader(roots: [root])
    guard case .failed(let reason) = loader.load(importPath: "big.proto") else {
      Issue.record("a file over the limit was read")
      return
    }
    #expect(reason.contains("16 MiB"))
  }

  @Test func linkerLoadsImportsLazilyFromDisk() throws {
    let root = try Self.tree([
      "shop/money.proto": "syntax = \"proto3\"; package shop; message Money { int64 units = 1; }"
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let user = ProtoParser.parse(
      Array(
        """
        syntax = "proto3";
        package shop;
        import "shop/money.proto";
        message Order { Money total = 1; }
        """.utf8), path: "shop/order.proto"
    ).file
    let image = ProtoLinker.link(
      targets: [user], loader: FileSystemProtoImportLoader(roots: [root], displayPrefix: "proto/"))
    #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
    #expect(image.files.map(\.displayPath) == ["proto/shop/money.proto", "shop/order.proto"])
    #expect(
      image.file("shop/order.proto")?.messages.first?.fields.first?.resolvedType?.fullName
        == "shop.Money")
  }

  @Test func importedFileParseErrorsAreReported() {
    let loader = InMemoryProtoImportLoader(["broken.proto": "syntax = \"proto3\"; message {"])
    let user = ProtoTree.file("user.proto", imports: ["broken.proto"])
    let image = ProtoLinker.link(targets: [user], loader: loader)
    #expect(
      image.diagnostics.contains { $0.location?.file == "broken.proto" && $0.severity == .error })
  }
}
