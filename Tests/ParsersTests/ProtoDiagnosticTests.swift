import SchemaModel
import Testing

@testable import Parsers

/// One input and the findings it must produce, as `RULE@line:col` in report order.
struct ProtoDiagnosticCase: CustomTestStringConvertible, Sendable {
  var name: String
  var source: String
  var expected: [String]
  /// A fragment the first message must contain.
  var message: String?

  var testDescription: String { name }

  init(_ name: String, _ source: String, _ expected: [String], message: String? = nil) {
    self.name = name
    self.source = source
    self.expected = expected
    self.message = message
  }
}

private let diagnosticCases: [ProtoDiagnosticCase] = [
  .init(
    "missing semicolon after field", "syntax = \"proto3\";\nmessage A {\n  int32 a = 1\n}\n",
    ["PROTO_SYNTAX_ERROR@4:1"], message: "expected ';' after field number, found '}'"),
  .init(
    "missing field number", "syntax = \"proto3\";\nmessage A { int32 a = ; }\n",
    ["PROTO_SYNTAX_ERROR@2:23"], message: "expected a number after '='"),
  .init(
    "missing equals", "syntax = \"proto3\";\nmessage A { int32 a 1; }\n",
    ["PROTO_SYNTAX_ERROR@2:21"], message: "expected '=' after field name"),
  .init(
    "unclosed message", "syntax = \"proto3\";\nmessage A {\n  int32 a = 1;\n",
    ["PROTO_SYNTAX_ERROR@4:1"], message: "expected '}' to close message 'A'"),
  .init(
    "unclosed nested messages report once", "message A { message B { message C {",
    ["PROTO_SYNTAX_ERROR@1:36"]),
  .init(
    "garbage at top level", "syntax = \"proto3\";\nfoo bar;\nmessage A {}\n",
    ["PROTO_SYNTAX_ERROR@2:1"], message: "expected a declaration"),
  .init(
    "syntax not first", "package a;\nsyntax = \"proto3\";\n", ["PROTO_SYNTAX_ERROR@2:1"],
    message: "must come first"),
  .init("unknown syntax", "syntax = \"proto4\";\n", ["PROTO_INVALID_SYNTAX@1:10"]),
  .init("unknown edition", "edition = \"2099\";\n", ["PROTO_INVALID_SYNTAX@1:11"]),
  .init(
    "duplicate field number",
    "syntax = \"proto3\";\nmessage A {\n  int32 a = 1;\n  int32 b = 1;\n}\n",
    ["PROTO_DUPLICATE_FIELD_NUMBER@4:13"], message: "already used by 'a'"),
  .init(
    "duplicate number across oneof",
    "syntax = \"proto3\";\nmessage A {\n  int32 a = 1;\n  oneof o { int32 b = 1; }\n}\n",
    ["PROTO_DUPLICATE_FIELD_NUMBER@4:23"]),
  .init(
    "duplicate field name",
    "syntax = \"proto3\";\nmessage A {\n  int32 a = 1;\n  string a = 2;\n}\n",
    ["PROTO_DUPLICATE_NAME@4:10"]),
  .init(
    "duplicate message name", "syntax = \"proto3\";\nmessage A {}\nmessage A {}\n",
    ["PROTO_DUPLICATE_NAME@3:9"]),
  .init(
    "enum values share the enclosing scope",
    "syntax = \"proto3\";\nenum E { X = 0; }\nenum F { X = 0; }\n", ["PROTO_DUPLICATE_NAME@3:10"]),
  .init(
    "field number zero", "syntax = \"proto3\";\nmessage A { int32 a = 0; }\n",
    ["PROTO_FIELD_NUMBER_OUT_OF_RANGE@2:23"]),
  .init(
    "field number too large", "syntax = \"proto3\";\nmessage A { int32 a = 536870912; }\n",
    ["PROTO_FIELD_NUMBER_OUT_OF_RANGE@2:23"]),
  .init(
    "largest field number", "syntax = \"proto3\";\nmessage A { int32 a = 536870911; }\n", []),
  .init(
    "implementation-reserved number", "syntax = \"proto3\";\nmessage A { int32 a = 19500; }\n",
    ["PROTO_FIELD_NUMBER_OUT_OF_RANGE@2:23"], message: "19000 to 19999"),
  .init(
    "number in reserved range",
    "syntax = \"proto3\";\nmessage A {\n  reserved 2 to 5;\n  int32 a = 3;\n}\n",
    ["PROTO_FIELD_NUMBER_RESERVED@4:13"]),
  .init(
    "reserved name used",
    "syntax = \"proto3\";\nmessage A {\n  reserved \"a\";\n  int32 a = 3;\n}\n",
    ["PROTO_FIELD_NUMBER_RESERVED@4:9"]),
  .init(
    "enum value in reserved range",
    "syntax = \"proto3\";\nenum E {\n  Z = 0;\n  reserved 1 to max;\n  A = 7;\n}\n",
    ["PROTO_FIELD_NUMBER_RESERVED@5:7"]),
  .init(
    "float map key", "syntax = \"proto3\";\nmessage A { map<float, string> m = 1; }\n",
    ["PROTO_INVALID_MAP_KEY@2:17"]),
  .init(
    "message map key", "syntax = \"proto3\";\nmessage A { map<A, string> m = 1; }\n",
    ["PROTO_INVALID_MAP_KEY@2:17"]),
  .init(
    "proto3 enum must start at zero", "syntax = \"proto3\";\nenum E { A = 1; }\n",
    ["PROTO_ENUM_FIRST_VALUE_NOT_ZERO@2:14"]),
  .init("proto2 enum may start anywhere", "syntax = \"proto2\";\nenum E { A = 1; }\n", []),
  .init(
    "duplicate enum number", "syntax = \"proto3\";\nenum E {\n  A = 0;\n  B = 0;\n}\n",
    ["PROTO_DUPLICATE_ENUM_VALUE@4:7"], message: "allow_alias"),
  .init(
    "alias allowed",
    "syntax = \"proto3\";\nenum E {\n  option allow_alias = true;\n  A = 0;\n  B = 0;\n}\n", []),
  .init(
    "required in proto3", "syntax = \"proto3\";\nmessage A { required int32 a = 1; }\n",
    ["PROTO_REQUIRED_IN_PROTO3@2:13"]),
  .init(
    "proto2 field needs a label", "syntax = \"proto2\";\nmessage A { int32 a = 1; }\n",
    ["PROTO_SYNTAX_ERROR@2:13"]),
  .init(
    "label on map field",
    "syntax = \"proto3\";\nmessage A { repeated map<string, int32> m = 1; }\n",
    ["PROTO_SYNTAX_ERROR@2:13"]),
  .init(
    "label in oneof", "syntax = \"proto2\";\nmessage A { oneof o { optional int32 a = 1; } }\n",
    ["PROTO_SYNTAX_ERROR@2:23"]),
  .init(
    "unterminated string", "syntax = \"proto3\";\noption java_package = \"abc;\n",
    ["PROTO_SYNTAX_ERROR@2:23", "PROTO_SYNTAX_ERROR@3:1"]),
  .init(
    "unterminated block comment", "syntax = \"proto3\";\n/* never closed\nmessage A {}\n",
    ["PROTO_SYNTAX_ERROR@2:1"]),
  .init(
    "bad escape", "syntax = \"proto3\";\noption java_package = \"a\\qb\";\n",
    ["PROTO_SYNTAX_ERROR@2:23"], message: "invalid escape"),
  .init(
    "non-ASCII UTF-8 in a comment is fine", "syntax = \"proto3\";\n// caf\u{E9} \u{1F600}\n",
    [], message: nil),
  .init(
    "number glued to a name", "syntax = \"proto3\";\nmessage A { int32 a = 1abc; }\n",
    ["PROTO_SYNTAX_ERROR@2:23"]),
  .init(
    "recovers after a bad field",
    "syntax = \"proto3\";\nmessage A {\n  int32 = 1;\n  int32 b = 1;\n  int32 c = 1;\n}\n",
    ["PROTO_SYNTAX_ERROR@3:9", "PROTO_DUPLICATE_FIELD_NUMBER@5:13"]),
  .init(
    "bare reserved name before editions", "syntax = \"proto3\";\nmessage A { reserved foo; }\n",
    ["PROTO_SYNTAX_ERROR@2:22"]),
  .init(
    "quoted reserved name in editions", "edition = \"2023\";\nmessage A { reserved \"foo\"; }\n",
    ["PROTO_SYNTAX_ERROR@2:22"]),
  .init(
    "optional label in editions", "edition = \"2023\";\nmessage A { optional int32 a = 1; }\n",
    ["PROTO_SYNTAX_ERROR@2:13"]),
  .init(
    "field inside an extension range",
    "syntax = \"proto2\";\nmessage A {\n  extensions 10 to 20;\n  optional int32 a = 15;\n}\n",
    ["PROTO_FIELD_NUMBER_RESERVED@4:22"]),
  .init(
    "extension range overlaps reserved",
    "syntax = \"proto2\";\nmessage A {\n  reserved 5 to 12;\n  extensions 10 to 20;\n}\n",
    ["PROTO_FIELD_NUMBER_RESERVED@4:14"]),
  .init(
    "reversed range", "syntax = \"proto3\";\nmessage A { reserved 9 to 2; }\n",
    ["PROTO_FIELD_NUMBER_OUT_OF_RANGE@2:22"]),
  .init(
    "rpc without returns", "syntax = \"proto3\";\nservice S { rpc M(A) (B); }\n",
    ["PROTO_SYNTAX_ERROR@2:22"], message: "expected 'returns'"),
  .init(
    "option without value", "syntax = \"proto3\";\noption java_package = ;\n",
    ["PROTO_SYNTAX_ERROR@2:23"]),
]

@Suite("Proto diagnostics")
struct ProtoDiagnosticTests {
  @Test(arguments: diagnosticCases)
  func reportsRuleAndPosition(_ testCase: ProtoDiagnosticCase) {
    let result = ProtoTest.parse(testCase.source)
    let findings = ProtoTest.findings(result.diagnostics)
    #expect(findings == testCase.expected, "\(result.diagnostics.map(\.message))")
    if let fragment = testCase.message {
      let first = result.diagnostics.sorted(by: Diagnostic.reportOrder).first
      #expect(first?.message.contains(fragment) == true, "\(first?.message ?? "none")")
    }
    #expect(result.diagnostics.allSatisfy { $0.location?.file == "test.proto" })
  }

  @Test func invalidUTF8IsADiagnostic() {
    var bytes = Array("syntax = \"proto3\";\n// caf".utf8)
    bytes += [0xC3, 0x28, 0x0A]
    bytes += Array("message A {}\n".utf8)
    let result = ProtoParser.parse(bytes, path: "x.proto")
    #expect(ProtoTest.findings(result.diagnostics) == ["PROTO_SYNTAX_ERROR@2:7"])
    #expect(result.diagnostics.first?.message.contains("UTF-8") == true)
    #expect(result.file.messages.map(\.name) == ["A"])
  }

  @Test func displayPathNamesTheFile() {
    let result = ProtoParser.parse(
      Array("message A {".utf8), path: "a/b.proto", displayPath: "protos/a/b.proto")
    #expect(result.diagnostics.first?.location?.file == "protos/a/b.proto")
    #expect(result.file.path == "a/b.proto")
    #expect(result.file.displayPath == "protos/a/b.proto")
  }
}
