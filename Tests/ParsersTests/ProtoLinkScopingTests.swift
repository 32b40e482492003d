import SchemaModel
import Testing

@testable import Parsers

/// Protoc's name lookup: innermost scope first, package components, leading dots, the
/// first-component rule, and visibility through imports.
@Suite struct ProtoLinkScopingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [ProtoFile]
    /// The type name written on field `f` of message `M` in the first file.
    var written: String
    /// The full name it must resolve to, or the rule id it must be reported with.
    var expected: Expectation

    enum Expectation: Sendable {
      case resolves(String)
      case fails(RuleID)
    }

    var testDescription: String { name }
  }

  /// The first file: `package pkg` (or `scope`), message `M` (nested in `Outer` when `nested`),
  /// whose field `f` is of type `written`, plus `extra` definitions.
  static func user(
    _ written: String, package: String? = "a.b", nested: Bool = false,
    extraMessages: [ProtoMessage] = [], outerMessages: [ProtoMessage] = [],
    imports: [String] = []
  ) -> ProtoFile {
    let scope = package.map { $0 + "." } ?? ""
    let fieldF = ProtoTree.field("f", 1, .named(written), line: 9)
    if nested {
      let inner = ProtoTree.message("\(scope)Outer.M", fields: [fieldF])
      let outer = ProtoTree.message("\(scope)Outer", messages: [inner] + outerMessages)
      return ProtoTree.file(
        "user.proto", package: package, imports: imports, messages: [outer] + extraMessages)
    }
    return ProtoTree.file(
      "user.proto", package: package, imports: imports,
      messages: [ProtoTree.message("\(scope)M", fields: [fieldF])] + extraMessages)
  }

  static let cases: [Case] = [
    Case(
      name: "sibling in the package",
      files: [user("Money", extraMessages: [ProtoTree.message("a.b.Money")])],
      written: "Money", expected: .resolves("a.b.Money")),
    Case(
      name: "inner scope wins over the package",
      files: [
        user(
          "Money", nested: true, extraMessages: [ProtoTree.message("a.b.Money")],
          outerMessages: [ProtoTree.message("a.b.Outer.Money")])
      ],
      written: "Money", expected: .resolves("a.b.Outer.Money")),
    Case(
      name: "nested type of the field's own message",
      files: [
        ProtoTree.file(
          "user.proto", package: "a.b",
          messages: [
            ProtoTree.message(
              "a.b.M", fields: [ProtoTree.field("f", 1, .named("Line"), line: 9)],
              messages: [ProtoTree.message("a.b.M.Line")])
          ])
      ],
      written: "Line", expected: .resolves("a.b.M.Line")),
    Case(
      name: "leading dot is fully qualified",
      files: [
        user(
          ".a.b.Money", nested: true, extraMessages: [ProtoTree.message("a.b.Money")],
          outerMessages: [ProtoTree.message("a.b.Outer.Money")])
      ],
      written: ".a.b.Money", expected: .resolves("a.b.Money")),
    Case(
      name: "package-relative compound name",
      files: [user("b.Money", extraMessages: [ProtoTree.message("a.b.Money")])],
      written: "b.Money", expected: .resolves("a.b.Money")),
    Case(
      name: "fully written name without a dot",
      files: [user("a.b.Money", extraMessages: [ProtoTree.message("a.b.Money")])],
      written: "a.b.Money", expected: .resolves("a.b.Money")),
    Case(
      name: "inner scope matching the first component shadows outer ones",
      files: [
        user(
          "b.Money", nested: true, extraMessages: [ProtoTree.message("a.b.Money")],
          outerMessages: [ProtoTree.message("a.b.Outer.b")])
      ],
      written: "b.Money", expected: .fails("PROTO_UNRESOLVED_TYPE")),
    Case(
      name: "a field named like the first component does not shadow",
      files: [
        ProtoTree.file(
          "user.proto", package: "a",
          messages: [
            ProtoTree.message(
              "a.M",
              fields: [
                ProtoTree.field("f", 1, .named("b.Money"), line: 9),
                ProtoTree.field("b", 2, .scalar(.string), line: 10),
              ]),
            ProtoTree.message("a.b", messages: [ProtoTree.message("a.b.Money")]),
          ])
      ],
      written: "b.Money", expected: .resolves("a.b.Money")),
    Case(
      name: "a field named like the type is skipped for types",
      files: [
        ProtoTree.file(
          "user.proto", package: "a",
          messages: [
            ProtoTree.message(
              "a.M",
              fields: [ProtoTree.field("f", 1, .named("f"), line: 9)],
              messages: []),
            ProtoTree.message("a.f"),
          ])
      ],
      written: "f", expected: .resolves("a.f")),
    Case(
      name: "no package",
      files: [user("Money", package: nil, extraMessages: [ProtoTree.message("Money")])],
      written: "Money", expected: .resolves("Money")),
    Case(
      name: "enum type",
      files: [
        ProtoTree.file(
          "user.proto", package: "a.b",
          messages: [
            ProtoTree.message("a.b.M", fields: [ProtoTree.field("f", 1, .named("Kind"), line: 9)])
          ],
          enums: [ProtoTree.enumeration("a.b.Kind")])
      ],
      written: "Kind", expected: .resolves("a.b.Kind")),
    Case(
      name: "type from a direct import",
      files: [
        user("c.Money", imports: ["money.proto"]),
        ProtoTree.file("money.proto", package: "c", messages: [ProtoTree.message("c.Money")]),
      ],
      written: "c.Money", expected: .resolves("c.Money")),
    Case(
      name: "type re-exported by import public",
      files: [
        user("c.Money", imports: ["facade.proto"]),
        ProtoTree.file("facade.proto", package: "f", publicImports: ["middle.proto"]),
        ProtoTree.file("middle.proto", package: "m", publicImports: ["money.proto"]),
        ProtoTree.file("money.proto", package: "c", messages: [ProtoTree.message("c.Money")]),
      ],
      written: "c.Money", expected: .resolves("c.Money")),
    Case(
      name: "type from an import's plain import is not visible",
      files: [
        user("c.Money", imports: ["facade.proto"]),
        ProtoTree.file("facade.proto", package: "f", imports: ["money.proto"]),
        ProtoTree.file("money.proto", package: "c", messages: [ProtoTree.message("c.Money")]),
      ],
      written: "c.Money", expected: .fails("PROTO_TYPE_NOT_IMPORTED")),
    Case(
      name: "same package, file not imported",
      files: [
        user("Money"),
        ProtoTree.file("money.proto", package: "a.b", messages: [ProtoTree.message("a.b.Money")]),
      ],
      written: "Money", expected: .fails("PROTO_TYPE_NOT_IMPORTED")),
    Case(
      name: "not defined anywhere", files: [user("Nothing")], written: "Nothing",
      expected: .fails("PROTO_UNRESOLVED_TYPE")),
    Case(
      name: "a package is not a type",
      files: [user("a.b", extraMessages: [ProtoTree.message("a.b.Money")])],
      written: "a.b", expected: .fails("PROTO_UNRESOLVED_TYPE")),
  ]

  @Test(arguments: cases)
  func resolution(_ testCase: Case) throws {
    let image = ProtoLinker.link(targets: testCase.files, loader: NoImportLoader())
    let file = try #require(image.file("user.proto"))
    let message = try #require(
      file.messages.first { $0.name == "M" }
        ?? file.messages.first?.messages.first { $0.name == "M" })
    let field = try #require(message.fields.first { $0.name == "f" })
    switch testCase.expected {
    case .resolves(let fullName):
      #expect(field.resolvedType?.fullName == fullName)
      #expect(image.diagnostics.isEmpty, "\(image.diagnostics.map(\.message))")
    case .fails(let rule):
      #expect(field.resolvedType == nil)
      #expect(image.findings == ["\(rule)@user.proto:9:10"], "\(image.diagnostics.map(\.message))")
    }
  }
}
