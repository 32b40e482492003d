import Foundation
import Lint
import Parsers
import SchemaModel
import Testing

/// Buf's lint rules on small `.proto` modules: a failing and a passing example per rule, with
/// the locations `buf lint` reports (Tests/Conformance/buf_lint_differential.py compares them
/// with buf 1.75 itself).
@Suite struct ProtobufLintRuleTests {
  /// One rule on a module of files (import path to text): the failing places as
  /// `RULE path:line:column`, sorted.
  static func lint(
    _ files: [String: String], rules: [any LintRule], options: LintOptions = LintOptions()
  ) -> [String] {
    let inputs = files.keys.sorted().compactMap { path -> LintInput? in
      guard let text = files[path] else { return nil }
      let parsed = ProtoParser.parse(Array(text.utf8), path: path, displayPath: path)
      var image = ProtoLinker.link(
        targets: [parsed.file], loader: InMemoryProtoImportLoader(files))
      image.diagnostics = parsed.diagnostics + image.diagnostics
      let document =
        ProtoDocumentProjection.documents(image).first
        ?? SchemaDocument(format: .protobuf, path: path, diagnostics: image.diagnostics)
      return LintInput(document: document, protoFile: image.targetFiles.first)
    }
    return LintRules.lint(inputs, rules: rules, context: LintContext(options: options)).map {
      "\($0.ruleID) \($0.location?.file ?? ""):\($0.location?.line ?? 0):\($0.location?.column ?? 0)"
    }.sorted()
  }

  static func rule(_ id: RuleID) -> (any LintRule)? {
    LintRules.all.first { type(of: $0).description.id == id }
  }

  /// A file of package `acme.orders.v1` at its matching path.
  static func orders(_ body: String, syntax: String = "syntax = \"proto3\";") -> [String: String] {
    ["acme/orders/v1/orders.proto": "\(syntax)\npackage acme.orders.v1;\n\(body)"]
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var id: RuleID
    var failing: [String: String]
    /// `path:line:column` of each finding.
    var expected: [String]
    var passing: [String: String]
    var testDescription: String { id.rawValue }
  }

  static let file = "acme/orders/v1/orders.proto"

  static let cases: [Case] =
    [
      Case(
        id: "ENUM_ZERO_VALUE_SUFFIX", failing: orders("enum S {\n  S_NONE = 0;\n}"),
        expected: ["\(file):4:3"], passing: orders("enum S {\n  S_UNSPECIFIED = 0;\n}")),
      Case(
        id: "ENUM_VALUE_PREFIX",
        failing: orders("enum HTTPCode {\n  HTTPCODE_UNSPECIFIED = 0;\n  HTTP_CODE_OK = 1;\n}"),
        expected: ["\(file):4:3"],
        passing: orders("enum HTTPCode {\n  HTTP_CODE_UNSPECIFIED = 0;\n}")),
      Case(
        id: "ENUM_VALUE_UPPER_SNAKE_CASE",
        failing: orders("enum S {\n  S_UNSPECIFIED = 0;\n  s_ok = 1;\n  S__X = 2;\n}"),
        expected: ["\(file):5:3", "\(file):6:3"],
        passing: orders("enum S {\n  S_UNSPECIFIED = 0;\n  S_OK_2 = 1;\n}")),
      Case(
        id: "ENUM_PASCAL_CASE", failing: orders("enum my_state {\n  MY_STATE_UNSPECIFIED = 0;\n}"),
        expected: ["\(file):3:6"], passing: orders("enum MyState {\n  MY_STATE_UNSPECIFIED = 0;\n}")
      ),
      Case(
        id: "ENUM_FIRST_VALUE_ZERO",
        failing: orders(
          "enum S {\n  S_ONE = 1;\n  S_UNSPECIFIED = 0;\n}", syntax: "syntax = \"proto2\";"),
        expected: ["\(file):4:11"],
        passing: orders("enum S {\n  S_UNSPECIFIED = 0;\n}", syntax: "syntax = \"proto2\";")),
      Case(
        id: "ENUM_NO_ALLOW_ALIAS",
        failing: orders(
          "enum S {\n  option allow_alias = true;\n  S_UNSPECIFIED = 0;\n  S_ZERO = 0;\n}"),
        expected: ["\(file):4:3"], passing: orders("enum S {\n  S_UNSPECIFIED = 0;\n}")),
      Case(
        id: "FIELD_LOWER_SNAKE_CASE",
        failing: orders("message M {\n  string orderId = 1;\n  string Field2 = 2;\n}"),
        expected: ["\(file):4:10", "\(file):5:10"],
        passing: orders(
          "message M {\n  string order_id = 1;\n  int32 field_1 = 2;\n  int32 v2name = 3;\n}")),
      Case(
        id: "FIELD_NOT_REQUIRED",
        failing: orders(
          "message M {\n  required string id = 1;\n}", syntax: "syntax = \"proto2\";"),
        expected: ["\(file):4:19"],
        passing: orders("message M {\n  optional string id = 1;\n}", syntax: "syntax = \"proto2\";")
      ),
      Case(
        id: "MESSAGE_PASCAL_CASE", failing: orders("message order_line {}\nmessage Foo_Bar {}"),
        expected: ["\(file):3:9", "\(file):4:9"], passing: orders("message HTTPRequest {}")),
      Case(
        id: "ONEOF_LOWER_SNAKE_CASE",
        failing: orders("message M {\n  oneof PayMent {\n    string a = 1;\n  }\n}"),
        expected: ["\(file):4:9"],
        passing: orders(
          "message M {\n  oneof pay_ment {\n    string a = 1;\n  }\n  optional string b = 2;\n}")),
      Case(
        id: "SERVICE_PASCAL_CASE", failing: orders("service order_service {}"),
        expected: ["\(file):3:9"], passing: orders("service OrderService {}")),
      Case(
        id: "SERVICE_SUFFIX", failing: orders("service Orders {}"), expected: ["\(file):3:9"],
        passing: orders("service OrdersService {}")),
      Case(
        id: "RPC_PASCAL_CASE",
        failing: orders(
          "service OrderService {\n  rpc get_order(GetOrderRequest) returns (GetOrderResponse);\n}\nmessage GetOrderRequest {}\nmessage GetOrderResponse {}"
        ),
        expected: ["\(file):4:7"],
        passing: orders(
          "service OrderService {\n  rpc GetOrder(GetOrderRequest) returns (GetOrderResponse);\n}\nmessage GetOrderRequest {}\nmessage GetOrderResponse {}"
        )),
      Case(
        id: "RPC_REQUEST_STANDARD_NAME",
        failing: orders(
          "service S {\n  rpc Get(In) returns (GetResponse);\n}\nmessage In {}\nmessage GetResponse {}"
        ),
        expected: ["\(file):4:11"],
        passing: orders(
          "service S {\n  rpc Get(SGetRequest) returns (GetResponse);\n}\nmessage SGetRequest {}\nmessage GetResponse {}"
        )),
      Case(
        id: "RPC_RESPONSE_STANDARD_NAME",
        failing: orders(
          "service S {\n  rpc Get(GetRequest) returns (Out);\n}\nmessage GetRequest {}\nmessage Out {}"
        ),
        expected: ["\(file):4:32"],
        passing: orders(
          "service S {\n  rpc Get(GetRequest) returns (SGetResponse);\n}\nmessage GetRequest {}\nmessage SGetResponse {}"
        )),
      Case(
        id: "RPC_REQUEST_RESPONSE_UNIQUE",
        failing: orders(
          "service S {\n  rpc A(R) returns (R);\n  rpc B(Q) returns (BResponse);\n  rpc C(Q) returns (CResponse);\n}\nmessage R {}\nmessage Q {}\nmessage BResponse {}\nmessage CResponse {}"
        ),
        expected: ["\(file):4:3", "\(file):5:3", "\(file):6:3"],
        passing: orders(
          "service S {\n  rpc A(ARequest) returns (AResponse);\n}\nmessage ARequest {}\nmessage AResponse {}"
        )),
      Case(
        id: "RPC_NO_CLIENT_STREAMING",
        failing: orders(
          "service S {\n  rpc A(stream AReq) returns (ARes);\n}\nmessage AReq {}\nmessage ARes {}"),
        expected: ["\(file):4:3"],
        passing: orders(
          "service S {\n  rpc A(AReq) returns (stream ARes);\n}\nmessage AReq {}\nmessage ARes {}")),
      Case(
        id: "RPC_NO_SERVER_STREAMING",
        failing: orders(
          "service S {\n  rpc A(AReq) returns (stream ARes);\n}\nmessage AReq {}\nmessage ARes {}"),
        expected: ["\(file):4:3"],
        passing: orders(
          "service S {\n  rpc A(stream AReq) returns (ARes);\n}\nmessage AReq {}\nmessage ARes {}")),
      Case(
        id: "IMPORT_NO_PUBLIC",
        failing: [
          "acme/a/v1/a.proto":
            "syntax = \"proto3\";\npackage acme.a.v1;\nimport public \"acme/a/v1/b.proto\";\n",
          "acme/a/v1/b.proto": "syntax = \"proto3\";\npackage acme.a.v1;\nmessage B {}\n",
        ],
        expected: ["acme/a/v1/a.proto:3:1"],
        passing: orders(
          "import \"google/protobuf/empty.proto\";\nmessage M { google.protobuf.Empty e = 1; }")),
      Case(
        id: "IMPORT_USED",
        failing: orders("import \"google/protobuf/empty.proto\";\nmessage M {}"),
        expected: ["\(file):3:1"],
        passing: orders(
          "import \"google/protobuf/empty.proto\";\nmessage M { google.protobuf.Empty e = 1; }")),
      Case(
        id: "PACKAGE_DEFINED", failing: ["a.proto": "syntax = \"proto3\";\nmessage A {}\n"],
        expected: ["a.proto:1:1"], passing: orders("")),
      Case(
        id: "PACKAGE_DIRECTORY_MATCH",
        failing: ["elsewhere/a.proto": "syntax = \"proto3\";\n\npackage acme.a.v1;\n"],
        expected: ["elsewhere/a.proto:3:1"], passing: orders("")),
      Case(
        id: "PACKAGE_LOWER_SNAKE_CASE",
        failing: ["Acme/A/v1/a.proto": "syntax = \"proto3\";\npackage Acme.A.v1;\n"],
        expected: ["Acme/A/v1/a.proto:2:1"], passing: orders("")),
      Case(
        id: "PACKAGE_VERSION_SUFFIX",
        failing: [
          "acme/a/a.proto": "syntax = \"proto3\";\npackage acme.a;\n",
          "v1/a.proto": "syntax = \"proto3\";\npackage v1;\n",
          "acme/b/v1alpha0/a.proto": "syntax = \"proto3\";\npackage acme.b.v1alpha0;\n",
        ],
        expected: ["acme/a/a.proto:2:1", "acme/b/v1alpha0/a.proto:2:1", "v1/a.proto:2:1"],
        passing: [
          "a/v1beta/a.proto": "syntax = \"proto3\";\npackage a.v1beta;\n",
          "a/v1p1alpha2/a.proto": "syntax = \"proto3\";\npackage a.v1p1alpha2;\n",
          "a/v2test/a.proto": "syntax = \"proto3\";\npackage a.v2test;\n",
        ]),
      Case(
        id: "SYNTAX_SPECIFIED", failing: ["acme/a/v1/a.proto": "package acme.a.v1;\n"],
        expected: ["acme/a/v1/a.proto:1:1"], passing: orders("")),
      Case(
        id: "FILE_LOWER_SNAKE_CASE",
        failing: ["acme/a/v1/OrderEvents.proto": "syntax = \"proto3\";\npackage acme.a.v1;\n"],
        expected: ["acme/a/v1/OrderEvents.proto:1:1"], passing: orders("")),
      Case(
        id: "DIRECTORY_SAME_PACKAGE",
        failing: [
          "acme/a/v1/a.proto": "syntax = \"proto3\";\npackage acme.a.v1;\n",
          "acme/a/v1/b.proto": "syntax = \"proto3\";\n\npackage acme.b.v1;\n",
        ],
        expected: ["acme/a/v1/a.proto:2:1", "acme/a/v1/b.proto:3:1"], passing: orders("")),
      Case(
        id: "PACKAGE_SAME_DIRECTORY",
        failing: [
          "acme/a/v1/a.proto": "syntax = \"proto3\";\npackage acme.a.v1;\n",
          "other/b.proto": "syntax = \"proto3\";\npackage acme.a.v1;\n",
        ],
        expected: ["acme/a/v1/a.proto:2:1", "other/b.proto:2:1"], passing: orders("")),
      Case(
        id: "PACKAGE_NO_IMPORT_CYCLE",
        failing: [
          "acme/a/v1/a.proto":
            "syntax = \"proto3\";\npackage acme.a.v1;\nimport \"acme/b/v1/b.proto\";\n",
          "acme/b/v1/b.proto":
            "syntax = \"proto3\";\npackage acme.b.v1;\nimport \"acme/a/v1/x.proto\";\n",
          "acme/a/v1/x.proto": "syntax = \"proto3\";\npackage acme.a.v1;\n",
        ],
        expected: ["acme/a/v1/a.proto:3:1", "acme/b/v1/b.proto:3:1"],
        passing: [
          "acme/a/v1/a.proto":
            "syntax = \"proto3\";\npackage acme.a.v1;\nimport \"acme/b/v1/b.proto\";\n",
          "acme/b/v1/b.proto": "syntax = \"proto3\";\npackage acme.b.v1;\n",
        ]),
      Case(
        id: "COMMENT_MESSAGE",
        failing: orders("message M {}\n// buf:lint:ignore COMMENT_FIELD\nmessage N {}"),
        expected: ["\(file):3:1", "\(file):5:1"], passing: orders("// Documented.\nmessage M {}")),
      Case(
        id: "COMMENT_FIELD",
        failing: orders(
          "// M.\nmessage M {\n  string a = 1; // trailing only\n  map<string, int32> b = 2;\n}"),
        expected: ["\(file):5:3", "\(file):6:3"],
        passing: orders("// M.\nmessage M {\n  // A.\n  string a = 1;\n}")),
      Case(
        id: "COMMENT_ENUM", failing: orders("enum S {\n  S_UNSPECIFIED = 0;\n}"),
        expected: ["\(file):3:1"], passing: orders("/* S. */\nenum S {\n  S_UNSPECIFIED = 0;\n}")),
      Case(
        id: "COMMENT_ENUM_VALUE", failing: orders("enum S {\n  S_UNSPECIFIED = 0;\n}"),
        expected: ["\(file):4:3"], passing: orders("enum S {\n  // Zero.\n  S_UNSPECIFIED = 0;\n}")),
      Case(
        id: "COMMENT_ONEOF", failing: orders("message M {\n  oneof o {\n    string a = 1;\n  }\n}"),
        expected: ["\(file):4:3"],
        passing: orders(
          "message M {\n  // O.\n  oneof o {\n    string a = 1;\n  }\n  optional string b = 2;\n}")),
      Case(
        id: "COMMENT_SERVICE", failing: orders("service S {}"), expected: ["\(file):3:1"],
        passing: orders("// S.\nservice S {}")),
      Case(
        id: "COMMENT_RPC",
        failing: orders(
          "service S {\n  rpc A(AReq) returns (ARes);\n}\nmessage AReq {}\nmessage ARes {}"),
        expected: ["\(file):4:3"],
        passing: orders(
          "service S {\n  // A.\n  rpc A(AReq) returns (ARes);\n}\nmessage AReq {}\nmessage ARes {}"
        )),
    ] + packageOptionCases

  /// PACKAGE_SAME_*: two files of one package disagree, reported at each file's option (or at
  /// the start of a file that does not set it).
  static var packageOptionCases: [Case] {
    [
      ("csharp_namespace", "\"A\"", "\"B\""), ("go_package", "\"a/b\"", "\"a/c\""),
      ("java_multiple_files", "true", "false"), ("java_package", "\"a.b\"", "\"a.c\""),
      ("php_namespace", "\"A\"", "\"B\""), ("ruby_package", "\"A\"", "\"B\""),
      ("swift_prefix", "\"A\"", "\"B\""),
    ].map { option, one, other in
      let head = "syntax = \"proto3\";\npackage acme.a.v1;\n"
      return Case(
        id: RuleID("PACKAGE_SAME_\(option.uppercased())"),
        failing: [
          "acme/a/v1/a.proto": head + "option \(option) = \(one);\n",
          "acme/a/v1/b.proto": head + "option \(option) = \(other);\n",
          "acme/a/v1/c.proto": head,
        ],
        expected: ["acme/a/v1/a.proto:3:1", "acme/a/v1/b.proto:3:1", "acme/a/v1/c.proto:1:1"],
        passing: [
          "acme/a/v1/a.proto": head + "option \(option) = \(one);\n",
          "acme/a/v1/b.proto": head + "option \(option) = \(one);\n",
        ])
    }
  }

  @Test(arguments: cases)
  func ruleFailsAndPasses(_ testCase: Case) throws {
    let rule = try #require(Self.rule(testCase.id), "\(testCase.id) is not registered")
    #expect(
      Self.lint(testCase.failing, rules: [rule])
        == testCase.expected.map { "\(testCase.id) \($0)" }.sorted())
    #expect(Self.lint(testCase.passing, rules: [rule]).isEmpty)
  }

  @Test func everyBufRuleHasACase() {
    let covered = Set(Self.cases.map(\.id))
    let registered = Set(
      LintRules.all.map { type(of: $0).description }.filter { $0.family == "Buf" }.map(\.id))
    #expect(registered.subtracting(covered).isEmpty)
  }

  @Test func suffixesAreConfigurable() throws {
    let module = Self.orders("enum S {\n  S_NONE = 0;\n}\nservice Orders {}")
    let rules = try [
      #require(Self.rule("ENUM_ZERO_VALUE_SUFFIX")), #require(Self.rule("SERVICE_SUFFIX")),
    ]
    #expect(Self.lint(module, rules: rules).count == 2)
    let options = LintOptions(enumZeroValueSuffix: "_NONE", serviceSuffix: "Orders")
    #expect(Self.lint(module, rules: rules, options: options).isEmpty)
  }

  @Test func rpcOptionsAllowSharedTypes() throws {
    let module = Self.orders(
      "import \"google/protobuf/empty.proto\";\nservice S {\n"
        + "  rpc A(google.protobuf.Empty) returns (google.protobuf.Empty);\n"
        + "  rpc B(google.protobuf.Empty) returns (BResponse);\n}\nmessage BResponse {}")
    let unique = try #require(Self.rule("RPC_REQUEST_RESPONSE_UNIQUE"))
    let request = try #require(Self.rule("RPC_REQUEST_STANDARD_NAME"))
    #expect(Self.lint(module, rules: [unique]).count == 3)
    let both = LintOptions(
      rpcAllowGoogleProtobufEmptyRequests: true, rpcAllowGoogleProtobufEmptyResponses: true)
    #expect(Self.lint(module, rules: [unique, request], options: both).isEmpty)
    let same = LintOptions(rpcAllowSameRequestResponse: true)
    #expect(Self.lint(module, rules: [unique], options: same).count == 2)
  }

  @Test(arguments: [
    ("fooBar", "foo_bar"), ("HTTPServer", "http_server"), ("field1", "field1"),
    ("field_1", "field_1"), ("Field2", "field2"), ("foo__bar", "foo_bar"), ("_x_", "x"),
  ])
  func lowerSnakeCaseFollowsBuf(_ name: String, _ expected: String) throws {
    let text = "syntax = \"proto3\";\npackage acme.a.v1;\nmessage M {\n  string \(name) = 1;\n}\n"
    let parsed = ProtoParser.parse(Array(text.utf8), path: "acme/a/v1/a.proto")
    let input = LintInput(
      document: SchemaDocument(format: .protobuf, path: "acme/a/v1/a.proto"),
      protoFile: parsed.file)
    let rule = try #require(Self.rule("FIELD_LOWER_SNAKE_CASE"))
    let messages = LintRules.lint([input], rules: [rule]).map(\.message)
    #expect(
      messages
        == (name == expected
          ? [] : ["field \"\(name)\" is not lower_snake_case (for example \"\(expected)\")"]))
  }

  @Test func otherFormatsAreSkipped() {
    let avro = AvroParser.parse(
      Array(#"{"type": "record", "name": "r", "fields": []}"#.utf8), path: "r.avsc")
    let bufRules = LintRules.all.filter { type(of: $0).description.family == "Buf" }
    #expect(LintRules.lint([LintInput(document: avro)], rules: bufRules).isEmpty)
  }
}
