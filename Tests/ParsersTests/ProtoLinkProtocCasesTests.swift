import SchemaModel
import Testing

@testable import Parsers

/// The link cases of Tests/Conformance/protoc_crosscheck.py, where protoc's answer was checked:
/// each is accepted (with field `x` of message `M` resolved as given) or rejected with a rule.
@Suite struct ProtoLinkProtocCasesTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    /// The full name `x` resolves to, or nil when the case is rejected.
    var resolves: String?
    var rule: RuleID?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "innermost scope first",
      files: [
        "a.proto":
          "syntax = \"proto3\"; package p; message X {} message Outer { message X {} message M { X x = 1; } }"
      ], resolves: "p.Outer.X"),
    Case(
      name: "first component shadows",
      files: [
        "a.proto":
          "syntax = \"proto3\"; package a.b; message X {} message M { message b {} b.X x = 1; }"
      ], rule: "PROTO_UNRESOLVED_TYPE"),
    Case(
      name: "leading dot",
      files: [
        "a.proto":
          "syntax = \"proto3\"; package a.b; message X {} message M { message b {} .a.b.X x = 1; }"
      ], resolves: "a.b.X"),
    Case(
      name: "package-relative name",
      files: [
        "a.proto": "syntax = \"proto3\"; package a.b.c; message X {} message M { c.X x = 1; }"
      ],
      resolves: "a.b.c.X"),
    Case(
      name: "enum value in an inner scope is skipped for types",
      files: [
        "a.proto":
          "syntax = \"proto3\"; package p; message X {} message M { enum E { X = 0; } X x = 1; }"
      ], resolves: "p.X"),
    Case(
      name: "compound name ending at an enum value",
      files: [
        "a.proto": "syntax = \"proto3\"; package p; message M { enum E { X = 0; } M.X x = 1; }"
      ], rule: "PROTO_UNRESOLVED_TYPE"),
    Case(
      name: "package of a file not imported does not shadow",
      files: [
        "a.proto":
          "syntax = \"proto3\"; package a.b; import \"c.proto\"; message M { c.X x = 1; }",
        "c.proto": "syntax = \"proto3\"; package c; import \"z.proto\"; message X {}",
        "z.proto": "syntax = \"proto3\"; package a.c; message Z {}",
      ], resolves: "c.X"),
    Case(
      name: "package of an imported file shadows",
      files: [
        "a.proto":
          "syntax = \"proto3\"; package a.b; import \"c.proto\"; import \"y.proto\"; message M { c.X x = 1; }",
        "c.proto": "syntax = \"proto3\"; package c; message X {}",
        "y.proto": "syntax = \"proto3\"; package a.c; message Y {}",
      ], rule: "PROTO_UNRESOLVED_TYPE"),
    Case(
      name: "import public chain",
      files: [
        "a.proto": "syntax = \"proto3\"; package p; import \"b.proto\"; message M { C x = 1; }",
        "b.proto": "syntax = \"proto3\"; package p; import public \"c.proto\";",
        "c.proto": "syntax = \"proto3\"; package p; message C {}",
      ], resolves: "p.C"),
    Case(
      name: "plain import of an import",
      files: [
        "a.proto": "syntax = \"proto3\"; package p; import \"b.proto\"; message M { C x = 1; }",
        "b.proto": "syntax = \"proto3\"; package p; import \"c.proto\";",
        "c.proto": "syntax = \"proto3\"; package p; message C {}",
      ], rule: "PROTO_TYPE_NOT_IMPORTED"),
  ]

  @Test(arguments: cases)
  func protocAgrees(_ testCase: Case) throws {
    let source = try #require(testCase.files["a.proto"])
    let parsed = ProtoParser.parse(Array(source.utf8), path: "a.proto")
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
    let image = ProtoLinker.link(
      targets: [parsed.file], loader: InMemoryProtoImportLoader(testCase.files))
    let file = try #require(image.file("a.proto"))
    let message = try #require(Self.allMessages(file.messages).first { $0.name == "M" })
    let field = try #require(message.fields.first { $0.name == "x" })
    #expect(field.resolvedType?.fullName == testCase.resolves)
    #expect(image.diagnostics.map(\.ruleID) == (testCase.rule.map { [$0] } ?? []))
  }

  static func allMessages(_ messages: [ProtoMessage]) -> [ProtoMessage] {
    messages.flatMap { [$0] + allMessages($0.messages) }
  }
}
