import Parsers
import Testing
import Validation

/// The well-known types' JSON forms, as Python `protobuf`'s `json_format.Parse` judged them;
/// `[]` means valid.
private let mismatch = "PAYLOAD_TYPE_MISMATCH"
private let format = "PAYLOAD_INVALID_FORMAT"
private let range = "PAYLOAD_OUT_OF_RANGE"

@Suite struct ProtoJSONWellKnownTypeTests {

  static let timestampsCases: [(String, [String])] = [
    (#"{"ts": "2024-01-02T03:04:05Z"}"#, []),
    (#"{"ts": "2024-01-02T03:04:05.123456789Z"}"#, []),
    (#"{"ts": "2024-01-02T03:04:05.5Z"}"#, []),
    (#"{"ts": "2024-01-02T03:04:05+01:00"}"#, []),
    (#"{"ts": "2024-01-02T03:04:05.5-08:30"}"#, []),
    (#"{"ts": "2024-02-29T00:00:00Z"}"#, []),
    (#"{"ts": "0001-01-01T00:00:00Z"}"#, []),
    (#"{"ts": "9999-12-31T23:59:59.999999999Z"}"#, []),
    (#"{"ts": "2024-01-02T03:04:05.1234567891Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2024-01-02T03:04:05"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2024-01-02t03:04:05z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2024-01-02 03:04:05Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "0000-12-31T23:59:59Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2023-02-29T00:00:00Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2024-01-02T24:00:00Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2024-01-02T23:59:60Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2024-01-02T03:04:05+0100"}"#, ["\(format)@/ts"]),
    // Both take one-digit fields, but protoc wants at least 20 characters in all.
    (#"{"ts": "2024-1-02T03:04:05.5Z"}"#, []),
    (#"{"ts": "2024-1-02T03:04:05Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "2024-01-02T03:04:05+24:00"}"#, []),
    // Python's strptime takes an empty fraction; protoc does not.
    (#"{"ts": "2024-01-02T03:04:05.Z"}"#, ["\(format)@/ts"]),
    (#"{"ts": "0001-01-01T00:00:00+01:00"}"#, ["\(range)@/ts"]),
    (#"{"ts": "9999-12-31T23:59:59-01:00"}"#, ["\(range)@/ts"]),
    (#"{"ts": 0}"#, ["\(mismatch)@/ts"]),
  ]

  static let durationsCases: [(String, [String])] = [
    (#"{"du": "1.5s"}"#, []),
    (#"{"du": "-0.000000001s"}"#, []),
    (#"{"du": "1s"}"#, []),
    (#"{"du": "-0s"}"#, []),
    (#"{"du": "315576000000s"}"#, []),
    (#"{"du": "-315576000000.999999999s"}"#, []),
    (#"{"du": "315576000001s"}"#, ["\(range)@/du"]),
    (#"{"du": "99999999999999999999999s"}"#, ["\(range)@/du"]),
    (#"{"du": "1"}"#, ["\(format)@/du"]),
    (#"{"du": "1.5S"}"#, ["\(format)@/du"]),
    (#"{"du": ".5s"}"#, ["\(format)@/du"]),
    (#"{"du": "1e3s"}"#, ["\(format)@/du"]),
    (#"{"du": "1.0000000001s"}"#, ["\(format)@/du"]),
    (#"{"du": "+1s"}"#, ["\(format)@/du"]),
    (#"{"du": "s"}"#, ["\(format)@/du"]),
    (#"{"du": 1}"#, ["\(mismatch)@/du"]),
  ]

  static let wrappersAndDynamicCases: [(String, [String])] = [
    (#"{"w32": 5}"#, []),
    (#"{"w32": "5"}"#, []),
    (#"{"w32": null}"#, []),
    (#"{"w32": 1.5}"#, ["\(mismatch)@/w32"]),
    (#"{"w32": {"value": 5}}"#, ["\(mismatch)@/w32"]),
    (#"{"w64": "12"}"#, []),
    (#"{"wu64": "18446744073709551615"}"#, []),
    (#"{"wu32": -1}"#, ["\(range)@/wu32"]),
    (#"{"ws": "x"}"#, []),
    (#"{"ws": 1}"#, ["\(mismatch)@/ws"]),
    (#"{"wb": true}"#, []),
    (#"{"wby": "AQID"}"#, []),
    (#"{"wd": "NaN"}"#, []),
    (#"{"wf": 1e39}"#, ["\(range)@/wf"]),
    (#"{"st": {"a": 1, "b": [null, true, {"c": "d"}]}}"#, []),
    (#"{"st": 1}"#, ["\(mismatch)@/st"]),
    (#"{"st": []}"#, ["\(mismatch)@/st"]),
    (#"{"st": {"a": [1e400]}}"#, ["\(range)@/st/a/0"]),
    (#"{"v": null}"#, []),
    (#"{"v": 1}"#, []),
    (#"{"v": "x"}"#, []),
    (#"{"v": true}"#, []),
    (#"{"v": [1, {"a": null}]}"#, []),
    (#"{"v": 1e400}"#, ["\(range)@/v"]),
    (#"{"lv": [1, "a", null]}"#, []),
    (#"{"lv": {}}"#, ["\(mismatch)@/lv"]),
    (#"{"fm": "a,b.c,fooBar"}"#, []),
    (#"{"fm": ""}"#, []),
    (#"{"fm": "Foo"}"#, []),
    (#"{"fm": "foo.barBaz,qux1"}"#, []),
    (#"{"fm": "a,"}"#, []),
    // Python refuses only '_'; protoc takes only letters, digits and '.'.
    (#"{"fm": "a, b"}"#, ["\(format)@/fm"]),
    (#"{"fm": "foo_bar"}"#, ["\(format)@/fm"]),
    (#"{"fm": "a,b_c,d_e"}"#, ["\(format)@/fm", "\(format)@/fm"]),
    (#"{"fm": ["a"]}"#, ["\(mismatch)@/fm"]),
    (#"{"em": {}}"#, []),
    (#"{"em": {"a": 1}}"#, ["PAYLOAD_UNKNOWN_FIELD@/em/a"]),
  ]

  static let anysCases: [(String, [String])] = [
    (#"{"any": {"@type": "type.googleapis.com/acme.Line", "sku": "x"}}"#, []),
    // Python also takes a bare name; protoc wants a URL (AnyWktRepresentationWithBadType).
    (#"{"any": {"@type": "acme.Line"}}"#, ["\(format)@/any/@type"]),
    (#"{"any": {"@type": "x/y/acme.Line"}}"#, []),
    (#"{"any": {}}"#, []),
    (#"{"any": {"@type": "type.googleapis.com/acme.Line", "sku": null}}"#, []),
    (#"{"any": {"@type": "type.googleapis.com/acme.Line", "sku": 1}}"#, ["\(mismatch)@/any/sku"]),
    (
      #"{"any": {"@type": "type.googleapis.com/acme.Line", "zzz": 1}}"#,
      ["PAYLOAD_UNKNOWN_FIELD@/any/zzz"]
    ),
    (
      #"{"any": {"@type": "type.googleapis.com/acme.Nope"}}"#,
      ["PAYLOAD_UNKNOWN_TYPE@/any/@type"]
    ),
    (#"{"any": {"@type": ""}}"#, ["\(format)@/any/@type"]),
    (#"{"any": {"@type": "type.googleapis.com/"}}"#, ["PAYLOAD_UNKNOWN_TYPE@/any/@type"]),
    (#"{"any": {"@type": 5}}"#, ["\(mismatch)@/any/@type"]),
    (#"{"any": {"sku": "x"}}"#, ["PAYLOAD_MISSING_FIELD@/any"]),
    (#"{"any": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "1s"}}"#, []),
    (
      #"{"any": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "1"}}"#,
      ["\(format)@/any/value"]
    ),
    (
      #"{"any": {"@type": "type.googleapis.com/google.protobuf.Duration"}}"#,
      ["PAYLOAD_MISSING_FIELD@/any"]
    ),
    (
      #"{"any": {"@type": "type.googleapis.com/google.protobuf.Timestamp", "value": "2020-01-01T00:00:00Z"}}"#,
      []
    ),
    (#"{"any": {"@type": "type.googleapis.com/google.protobuf.Empty"}}"#, []),
    (
      #"{"any": {"@type": "type.googleapis.com/google.protobuf.Empty", "value": {}}}"#,
      ["PAYLOAD_UNKNOWN_FIELD@/any/value"]
    ),
    (#"{"any": {"@type": "type.googleapis.com/google.protobuf.Struct", "value": {"a": 1}}}"#, []),
    (#"{"any": {"@type": "type.googleapis.com/google.protobuf.Int32Value", "value": 1}}"#, []),
    (#"{"any": {"@type": "type.googleapis.com/google.protobuf.Value", "value": null}}"#, []),
    (
      #"{"any": {"@type": "type.googleapis.com/google.protobuf.Any", "value": {"@type": "type.googleapis.com/acme.Line", "qty": "x"}}}"#,
      ["\(format)@/any/value/qty"]
    ),
    (
      #"{"any": {"@type": "type.googleapis.com/acme.Line", "value": {}}}"#,
      ["PAYLOAD_UNKNOWN_FIELD@/any/value"]
    ),
    (#"{"any": null}"#, []),
    (#"{"any": []}"#, ["\(mismatch)@/any"]),
  ]

  @Test(arguments: timestampsCases) func timestamps(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: durationsCases) func durations(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: wrappersAndDynamicCases) func wrappersStructValueFieldMaskEmpty(
    json: String, expected: [String]
  ) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: anysCases) func anys(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test func anAnyMayHoldWellKnownTypesNoFileImports() throws {
    let index = try #require(
      ProtoIndexTestImages.index(
        #"syntax = "proto3"; package p; import "google/protobuf/any.proto"; message M { google.protobuf.Any any = 1; }"#
      ))
    let validator = try ProtoJSONValidator(index: index, messageName: "p.M")
    #expect(index.message(named: "google.protobuf.Empty") == nil)
    let prefix = "type.googleapis.com/google.protobuf."
    let cases: [(String, [String])] = [
      (#"{"any": {"@type": "\#(prefix)Empty"}}"#, []),
      (#"{"any": {"@type": "\#(prefix)Empty", "x": 1}}"#, ["PAYLOAD_UNKNOWN_FIELD"]),
      (#"{"any": {"@type": "\#(prefix)Timestamp", "value": "2024-01-02T03:04:05Z"}}"#, []),
      (#"{"any": {"@type": "\#(prefix)Api"}}"#, ["PAYLOAD_UNKNOWN_TYPE"]),
    ]
    for (json, expected) in cases {
      let errors = validator.validate(try JSONReader.parse(json))
      #expect(errors.map(\.ruleID.rawValue) == expected, "\(json)")
    }
  }

  @Test func aWellKnownTypeCanBeTheRootMessage() {
    #expect(
      ProtoJSONTestSchemas.findings(
        #""2024-01-02T03:04:05Z""#, message: "google.protobuf.Timestamp")
        == [])
    #expect(
      ProtoJSONTestSchemas.findings(#""yesterday""#, message: "google.protobuf.Timestamp")
        == ["\(format)@"])
  }
}
