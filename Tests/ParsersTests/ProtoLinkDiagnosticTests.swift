import SchemaModel
import Testing

@testable import Parsers

/// Every link diagnostic, with the line and column it points at.
@Suite struct ProtoLinkDiagnosticTests {
  private func link(_ files: ProtoFile...) -> ProtoImage {
    ProtoLinker.link(targets: files, loader: NoImportLoader())
  }

  @Test func missingImportPointsAtThePath() {
    let image = link(ProtoTree.file("user.proto", imports: ["none/missing.proto"]))
    #expect(image.findings == ["PROTO_IMPORT_NOT_FOUND@user.proto:2:8"])
    #expect(image.diagnostics.first?.message.contains("none/missing.proto") == true)
  }

  @Test func loaderFailureIsReported() {
    struct Failing: ProtoImportLoader {
      func load(importPath: String) -> ProtoImportLoad { .failed(reason: "too large") }
    }
    let image = ProtoLinker.link(
      targets: [ProtoTree.file("user.proto", imports: ["big.proto"])], loader: Failing())
    #expect(image.findings == ["PROTO_IMPORT_NOT_FOUND@user.proto:2:8"])
    #expect(image.diagnostics.first?.message.contains("too large") == true)
  }

  @Test func importCycleNamesTheCycle() throws {
    let image = link(
      ProtoTree.file("a.proto", imports: ["b.proto"]),
      ProtoTree.file("b.proto", imports: ["c.proto"]),
      ProtoTree.file("c.proto", imports: ["a.proto"]))
    #expect(image.findings == ["PROTO_IMPORT_CYCLE@c.proto:2:1"])
    let message = try #require(image.diagnostics.first?.message)
    #expect(message == "import cycle: a.proto -> b.proto -> c.proto -> a.proto")
  }

  @Test func unresolvedTypeSuggestsANearName() throws {
    let image = link(
      ProtoTree.file(
        "user.proto", package: "shop",
        messages: [
          ProtoTree.message(
            "shop.Order", fields: [ProtoTree.field("total", 1, .named("Mony"), line: 4)]),
          ProtoTree.message("shop.Money"),
        ]))
    #expect(image.findings == ["PROTO_UNRESOLVED_TYPE@user.proto:4:10"])
    let message = try #require(image.diagnostics.first?.message)
    #expect(message == "type 'Mony' is not defined; did you mean 'shop.Money'?")
  }

  @Test func unresolvedTypeWithoutANearName() throws {
    let image = link(
      ProtoTree.file(
        "user.proto",
        messages: [
          ProtoTree.message("Order", fields: [ProtoTree.field("x", 1, .named("Zzz"), line: 3)])
        ]))
    #expect(try #require(image.diagnostics.first?.message) == "type 'Zzz' is not defined")
  }

  @Test func shadowedNameExplainsTheInnermostScope() throws {
    let image = link(
      ProtoTree.file(
        "user.proto", package: "a.b",
        messages: [
          ProtoTree.message(
            "a.b.M", fields: [ProtoTree.field("f", 1, .named("b.X"), line: 5)],
            messages: [ProtoTree.message("a.b.M.b")]),
          ProtoTree.message("a.b.X"),
        ]))
    #expect(image.findings == ["PROTO_UNRESOLVED_TYPE@user.proto:5:10"])
    #expect(try #require(image.diagnostics.first?.message).contains("'a.b.M.b.X'"))
  }

  @Test func typeFromAFileNotImportedNamesTheFile() throws {
    let image = link(
      ProtoTree.file(
        "user.proto", package: "shop",
        messages: [
          ProtoTree.message(
            "shop.Order", fields: [ProtoTree.field("m", 1, .named("Money"), line: 7)])
        ]),
      ProtoTree.file("money.proto", package: "shop", messages: [ProtoTree.message("shop.Money")]))
    #expect(image.findings == ["PROTO_TYPE_NOT_IMPORTED@user.proto:7:10"])
    #expect(
      try #require(image.diagnostics.first?.message)
        == "'shop.Money' seems to be defined in 'money.proto', which is not imported by "
        + "'user.proto'; add `import \"money.proto\";`")
  }

  @Test func rpcTypesMustBeMessages() throws {
    let image = link(
      ProtoTree.file(
        "svc.proto", package: "shop", messages: [ProtoTree.message("shop.Request")],
        enums: [ProtoTree.enumeration("shop.Status")],
        services: [
          ProtoTree.service("shop.Orders", methods: [("Get", "Request", "Status", 6)])
        ]))
    #expect(image.findings == ["PROTO_NOT_A_MESSAGE@svc.proto:6:40"])
    let method = try #require(image.file("svc.proto")?.services.first?.methods.first)
    #expect(method.resolvedInputType == "shop.Request")
    #expect(method.resolvedOutputType == nil)
  }

  @Test func extendeeMustBeAMessage() {
    let image = link(
      ProtoTree.file(
        "ext.proto", package: "p", syntax: .proto2, enums: [ProtoTree.enumeration("p.E")],
        extends: [
          ProtoTree.extend(
            "E", fields: [ProtoTree.field("x", 100, .scalar(.int32), label: .optional, line: 4)],
            line: 3)
        ]))
    #expect(image.findings == ["PROTO_NOT_A_MESSAGE@ext.proto:3:8"])
  }

  @Test func duplicateSymbolAcrossFiles() throws {
    let image = link(
      ProtoTree.file(
        "a.proto", package: "p",
        messages: [
          ProtoTree.message(
            "p.Money", fields: [ProtoTree.field("units", 1, .scalar(.int64))], line: 3)
        ]),
      ProtoTree.file(
        "b.proto", package: "p", imports: ["a.proto"],
        messages: [
          ProtoTree.message(
            "p.Money", fields: [ProtoTree.field("units", 1, .scalar(.int64))], line: 5)
        ]))
    // One finding for the message, none for the field inside it.
    #expect(image.findings == ["PROTO_DUPLICATE_SYMBOL@b.proto:5:9"])
    let diagnostic = try #require(image.diagnostics.first)
    #expect(diagnostic.message == "'p.Money' is already defined as a message in 'a.proto'")
    #expect(diagnostic.notes.first?.location == SourceLocation(file: "a.proto", line: 3, column: 9))
  }

  @Test func packageClashingWithAMessage() {
    let image = link(
      ProtoTree.file("a.proto", package: "p", messages: [ProtoTree.message("p.q", line: 3)]),
      ProtoTree.file("b.proto", package: "p.q", imports: ["a.proto"]))
    #expect(image.findings == ["PROTO_DUPLICATE_SYMBOL@b.proto:1:1"])
  }

  @Test func extensionNumberMustBeInARange() throws {
    let base = ProtoTree.message(
      "p.Base",
      extensionRanges: [ProtoRange(start: 100, end: 199, span: ProtoTree.span(3))])
    let image = link(
      ProtoTree.file(
        "ext.proto", package: "p", syntax: .proto2, messages: [base],
        extends: [
          ProtoTree.extend(
            "Base",
            fields: [
              ProtoTree.field("ok", 150, .scalar(.int32), label: .optional, line: 6),
              ProtoTree.field("bad", 200, .scalar(.int32), label: .optional, line: 7),
            ], line: 5)
        ]))
    #expect(image.findings == ["PROTO_EXTENSION_NUMBER_OUT_OF_RANGE@ext.proto:7:30"])
    #expect(
      try #require(image.diagnostics.first?.message)
        == "'p.Base' does not declare 200 as an extension number")
    #expect(image.file("ext.proto")?.extends.first?.resolvedExtendee == "p.Base")
  }

  @Test func unknownCustomOptionIsAWarning() throws {
    let rules = ProtoTree.extend(
      ".google.protobuf.FieldOptions",
      fields: [ProtoTree.field("max_len", 50000, .scalar(.int32), label: .optional)])
    let options = ProtoTree.message(
      "google.protobuf.FieldOptions",
      extensionRanges: [ProtoRange(start: 1000, end: 536_870_911, span: ProtoTree.span(1))])
    let image = link(
      ProtoTree.file(
        "user.proto", package: "acme",
        imports: ["google/protobuf/descriptor.proto"],
        messages: [
          ProtoTree.message(
            "acme.M",
            fields: [
              ProtoTree.field(
                "known", 1, .scalar(.string),
                options: [ProtoTree.option("(acme.max_len)", .integer("3"), line: 4)], line: 4),
              ProtoTree.field(
                "unknown", 2, .scalar(.string),
                options: [ProtoTree.option("(acme.min_len).x", .integer("3"), line: 5)], line: 5),
            ])
        ], extends: [rules]),
      ProtoTree.file(
        "google/protobuf/descriptor.proto", package: "google.protobuf", syntax: .proto2,
        messages: [options]))
    #expect(image.findings == ["PROTO_UNKNOWN_OPTION@user.proto:5:8"])
    let diagnostic = try #require(image.diagnostics.first)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.message.hasPrefix("custom option '(acme.min_len)'"))
  }

  @Test func unusedImportIsNotAnError() {
    let image = link(
      ProtoTree.file("a.proto", imports: ["b.proto"]),
      ProtoTree.file("b.proto", messages: [ProtoTree.message("B")]))
    #expect(image.diagnostics.isEmpty)
    #expect(image.files.map(\.path) == ["b.proto", "a.proto"])
    #expect(image.targetPaths == ["a.proto", "b.proto"])
  }

  @Test(arguments: ["(a.b).c.(d.e)", "features.(pb.cpp).string_type", "deprecated"])
  func extensionNamesOfAnOptionName(_ name: String) {
    let expected: [String: [String]] = [
      "(a.b).c.(d.e)": ["a.b", "d.e"], "features.(pb.cpp).string_type": ["pb.cpp"],
      "deprecated": [],
    ]
    #expect(ProtoFileLinker.extensionNames(in: name) == expected[name])
  }
}

extension ProtoLinkDiagnosticTests {
  @Test func overlyDeepImportChainIsReportedNotFollowed() {
    let depth = 600
    var files: [String: String] = [:]
    for index in 1..<depth {
      files["f\(index).proto"] = "syntax = \"proto3\"; import \"f\(index + 1).proto\";"
    }
    files["f\(depth).proto"] = "syntax = \"proto3\";"
    let user = ProtoTree.file("f0.proto", imports: ["f1.proto"])
    let image = ProtoLinker.link(targets: [user], loader: InMemoryProtoImportLoader(files))
    #expect(image.diagnostics.map(\.ruleID) == ["PROTO_IMPORT_TOO_DEEP"])
    #expect(image.files.count == 500)
  }
}

extension ProtoLinkDiagnosticTests {
  @Test(arguments: [
    ("Mony", "shop.Money"), ("money", "shop.Money"), ("Ordr", "shop.Order"), ("Zebra", nil),
    ("Mone", "shop.Money"),
  ])
  func suggestions(_ written: String, _ expected: String?) {
    let suggestion = ProtoNameSuggestion(candidates: ["shop.Money", "shop.Order", "a.Monkey"])
    #expect(suggestion.nearest(to: written) == expected)
  }
}
