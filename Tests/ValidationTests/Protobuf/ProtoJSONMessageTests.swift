import Parsers
import Testing
import Validation

/// Field names, null, repeated fields, maps, oneofs and nested messages, as Python
/// `protobuf`'s `json_format.Parse` judged them; `[]` means valid.
private let mismatch = "PAYLOAD_TYPE_MISMATCH"
private let unknown = "PAYLOAD_UNKNOWN_FIELD"

@Suite struct ProtoJSONMessageTests {

  static let namesCases: [(String, [String])] = [
    (#"{}"#, []),
    (#"{"orderId": "x"}"#, []),
    (#"{"order_id": "x"}"#, []),
    (#"{"jc": "x"}"#, []),
    (#"{"json_custom": "x"}"#, []),
    (#"{"jsonCustom": "x"}"#, ["\(unknown)@/jsonCustom"]),
    (#"{"nope": 1}"#, ["\(unknown)@/nope"]),
    (#"{"@type": "x"}"#, ["\(unknown)@/@type"]),
    (#"{"a/b": 1}"#, ["\(unknown)@/a~1b"]),
    // Python accepts the same field by both names (the last wins); protoc does not.
    (#"{"orderId": "x", "order_id": "y"}"#, ["PAYLOAD_DUPLICATE_FIELD@/order_id"]),
    (#"{"orderId": "x", "order_id": null}"#, []),
    (#"{"orderId": null, "order_id": "y"}"#, []),
    (#"{"line": {"sku": "x", "qty": 2}}"#, []),
    (#"{"line": {"zzz": 1}}"#, ["\(unknown)@/line/zzz"]),
    (#"{"line": {"sku": 1}}"#, ["\(mismatch)@/line/sku"]),
    (#"{"line": []}"#, ["\(mismatch)@/line"]),
    (#"{"line": "x"}"#, ["\(mismatch)@/line"]),
    (#"{"child": {"child": {"i32": "x"}}}"#, ["PAYLOAD_INVALID_FORMAT@/child/child/i32"]),
    (#"[]"#, ["\(mismatch)@"]),
  ]

  static let nullsCases: [(String, [String])] = [
    (#"{"i32": null}"#, []),
    (#"{"b": null}"#, []),
    (#"{"s": null}"#, []),
    (#"{"color": null}"#, []),
    (#"{"opt": null}"#, []),
    (#"{"line": null}"#, []),
    (#"{"nums": null}"#, []),
    (#"{"m": null}"#, []),
    (#"{"ts": null}"#, []),
    (#"{"nv": null}"#, []),
    (#"{"nums": [1, null]}"#, ["\(mismatch)@/nums/1"]),
    (#"{"lines": [{}, null]}"#, ["\(mismatch)@/lines/1"]),
    (#"{"colors": ["RED", null]}"#, ["\(mismatch)@/colors/1"]),
    (#"{"m": {"a": null}}"#, ["\(mismatch)@/m/a"]),
    (#"{"vs": [null, 1]}"#, []),
    (#"{"mv": {"a": null}}"#, []),
  ]

  static let collectionsCases: [(String, [String])] = [
    (#"{"nums": [1, "2", 3e0]}"#, []),
    (#"{"nums": 1}"#, ["\(mismatch)@/nums"]),
    (#"{"nums": [1, 2.5, "x"]}"#, ["\(mismatch)@/nums/1", "PAYLOAD_INVALID_FORMAT@/nums/2"]),
    (#"{"lines": [{"sku": "a"}, {"qty": "x"}]}"#, ["PAYLOAD_INVALID_FORMAT@/lines/1/qty"]),
    (#"{"colors": ["RED", 5]}"#, []),
    (#"{"colors": ["BLUE"]}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/colors/0"]),
    (#"{"m": {"a": 1, "b": "2"}}"#, []),
    (#"{"m": []}"#, ["\(mismatch)@/m"]),
    (#"{"m": {"a": "x"}}"#, ["PAYLOAD_INVALID_FORMAT@/m/a"]),
    (#"{"mb": {"true": "x", "false": "y"}}"#, []),
    (#"{"mb": {"True": "x"}}"#, ["\(mismatch)@/mb/True"]),
    (#"{"mb": {"1": "x"}}"#, ["\(mismatch)@/mb/1"]),
    (#"{"mi": {"9223372036854775807": {}}}"#, []),
    (#"{"mi": {"-5": {"sku": "a"}}}"#, []),
    (#"{"mi": {"01": {}}}"#, []),
    (#"{"mi": {"+1": {}}}"#, []),
    // Python also reads "1e3" and "1.0" as keys; protoc does not.
    (#"{"mi": {"1e3": {}}}"#, ["PAYLOAD_INVALID_FORMAT@/mi/1e3"]),
    (#"{"mi": {"1.0": {}}}"#, ["PAYLOAD_INVALID_FORMAT@/mi/1.0"]),
    (#"{"mi": {"9223372036854775808": {}}}"#, ["PAYLOAD_OUT_OF_RANGE@/mi/9223372036854775808"]),
    (#"{"mi": {" 1": {}}}"#, ["PAYLOAD_INVALID_FORMAT@/mi/ 1"]),
    (#"{"mi": {"x": {}}}"#, ["PAYLOAD_INVALID_FORMAT@/mi/x"]),
    (#"{"mi": {"1": {"bad": 1}}}"#, ["\(unknown)@/mi/1/bad"]),
    (#"{"mu": {"-1": "RED"}}"#, ["PAYLOAD_OUT_OF_RANGE@/mu/-1"]),
    (#"{"mu": {"1": "BLUE"}}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/mu/1"]),
    (#"{"mu": {"1": 7}}"#, []),
  ]

  static let oneofsCases: [(String, [String])] = [
    (#"{"a": "x"}"#, []),
    (#"{"cl": {}}"#, []),
    (#"{"a": "x", "bnum": null}"#, []),
    (#"{"a": null, "bnum": null}"#, []),
    (#"{"a": null, "bnum": 2}"#, []),
    (#"{"a": "x", "bnum": 1}"#, ["PAYLOAD_ONEOF_CONFLICT@/bnum"]),
    (#"{"a": null, "bnum": 2, "cl": {}}"#, ["PAYLOAD_ONEOF_CONFLICT@/cl"]),
    (#"{"opt": 1, "a": "x"}"#, []),
  ]

  @Test(arguments: namesCases) func fieldNamesAndMessages(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: nullsCases) func nullMeansDefault(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: collectionsCases) func repeatedAndMaps(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: oneofsCases) func oneofs(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test func unknownFieldsAndEnumNamesAreWarningsWhenAllowed() {
    let options = PayloadOptions(allowUnknownFields: true)
    #expect(
      ProtoJSONTestSchemas.findings(
        #"{"nope": 1, "color": "BLUE", "line": {"zz": 2}}"#, options: options)
        == [
          "\(unknown)@/nope~warning", "PAYLOAD_UNKNOWN_SYMBOL@/color~warning",
          "\(unknown)@/line/zz~warning",
        ])
    // Type errors stay errors.
    #expect(
      ProtoJSONTestSchemas.findings(#"{"i32": "x"}"#, options: options) == [
        "PAYLOAD_INVALID_FORMAT@/i32"
      ])
  }

  @Test func errorsNameTheSchemaElementAndSayWhatIsWrong() throws {
    let index = try #require(ProtoJSONTestSchemas.proto3Index)
    let validator = try ProtoJSONValidator(index: index, messageName: ".acme.All")
    #expect(validator.messageName == "acme.All")
    let value = try JSONReader.parse(#"{"lines": [{}, {"qty": 2147483648}], "a": "x", "bnum": 1}"#)
    let errors = validator.validate(value)
    try #require(errors.count == 2)
    #expect(errors[0].schemaLocation == "acme.Line.qty")
    #expect(errors[0].instanceLocation == "/lines/1/qty")
    #expect(errors[0].message == "2147483648 is out of the range of int32")
    #expect(errors[1].schemaLocation == "acme.All.bnum")
    #expect(errors[1].message.contains("oneof 'choice' allows at most one"))
    #expect(errors.allSatisfy { $0.severity == .error && $0.byteOffset == nil })
  }

  @Test func unknownNamesSuggestTheNearestKnownOne() throws {
    let index = try #require(ProtoJSONTestSchemas.proto3Index)
    let validator = try ProtoJSONValidator(index: index, messageName: "acme.All")
    let value = try JSONReader.parse(#"{"ordrId": "x", "color": "GREN", "zzzzzz": 1}"#)
    #expect(
      validator.validate(value).map(\.message) == [
        "'ordrId' is not a field of acme.All; did you mean 'orderId'?",
        "'GREN' is not a value of enum acme.Color; did you mean 'GREEN'?",
        "'zzzzzz' is not a field of acme.All",
      ])
  }

  @Test func unknownMessageNameFailsSetup() throws {
    let index = try #require(ProtoJSONTestSchemas.proto3Index)
    #expect(
      throws: ProtoPayloadSetupError.unknownMessage(name: "acme.Alll", suggestion: "acme.All")
    ) {
      try ProtoJSONValidator(index: index, messageName: "acme.Alll")
    }
  }

  @Test func reportsAreCappedAtOneHundred() throws {
    let elements = Array(repeating: "\"x\"", count: 250).joined(separator: ",")
    let findings = try #require(ProtoJSONTestSchemas.findings(#"{"nums": [\#(elements)]}"#))
    #expect(findings.count == 100)
  }

  /// The first depth Python's `json_format.Parse` refuses, for each shape (measured).
  static let depthCases: [(String, @Sendable (Int) -> String, Int)] = [
    (
      "child",
      { String(repeating: #"{"child": "#, count: $0) + "{}" + String(repeating: "}", count: $0) },
      100
    ),
    (
      "v lists",
      { #"{"v": "# + String(repeating: "[", count: $0) + String(repeating: "]", count: $0) + "}" },
      50
    ),
    (
      "v objects",
      {
        #"{"v": "# + String(repeating: #"{"a": "#, count: $0) + "1"
          + String(repeating: "}", count: $0) + "}"
      }, 50
    ),
    (
      "st objects",
      {
        #"{"st": "# + String(repeating: #"{"a": "#, count: $0) + "1"
          + String(repeating: "}", count: $0) + "}"
      }, 50
    ),
    (
      "lv lists",
      { #"{"lv": "# + String(repeating: "[", count: $0) + String(repeating: "]", count: $0) + "}" },
      51
    ),
    (
      "child then v",
      {
        String(repeating: #"{"child": "#, count: $0) + #"{"v": [[1]]}"#
          + String(repeating: "}", count: $0)
      }, 95
    ),
  ]

  @Test(arguments: depthCases.indices) func nestingLimitMatchesPython(case index: Int) throws {
    let (name, make, firstRefused) = Self.depthCases[index]
    #expect(ProtoJSONTestSchemas.findings(make(firstRefused - 1)) == [], "\(name)")
    let refused = try #require(ProtoJSONTestSchemas.findings(make(firstRefused)))
    #expect(refused.count == 1, "\(name)")
    #expect(refused.first?.hasPrefix("PAYLOAD_TOO_DEEP@/") == true, "\(name)")
  }

  @Test func deepNestingIsReportedOnce() throws {
    let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    let findings = try #require(ProtoJSONTestSchemas.findings(#"{"vs": [\#(deep), \#(deep)]}"#))
    #expect(findings.count == 1)
    #expect(findings.first?.hasPrefix("PAYLOAD_TOO_DEEP@/vs/0/0/0") == true)
  }

}
