import Parsers
import Testing
import Validation

/// Proto2: closed enums, required fields, groups and extensions, as Python `protobuf`'s
/// `json_format.Parse` judged them; `[]` means valid.
@Suite struct ProtoJSONProto2Tests {
  static let casesCases: [(String, [String])] = [
    (#"{"id": "x"}"#, []),
    (#"{"id": "x", "status": "ACTIVE"}"#, []),
    (#"{"id": "x", "status": 1}"#, []),
    (#"{"id": "x", "status": 7}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/status"]),
    (#"{"id": "x", "status": "7"}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/status"]),
    (#"{"id": "x", "statuses": [1, 7]}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/statuses/1"]),
    (#"{"id": "x", "grp": {"x": 1}}"#, []),
    (#"{"id": "x", "Grp": {"x": 1}}"#, ["PAYLOAD_UNKNOWN_FIELD@/Grp"]),
    (#"{"id": "x", "[legacy.ext_field]": 5}"#, []),
    (#"{"id": "x", "[legacy.ext_field]": "x"}"#, ["PAYLOAD_INVALID_FORMAT@/[legacy.ext_field]"]),
    (#"{"id": "x", "[legacy.nope]": 5}"#, ["PAYLOAD_UNKNOWN_FIELD@/[legacy.nope]"]),
    (#"{"id": "x", "n": null}"#, []),
    (#"{"id": "x", "ms": {"a": {"k": 1}}}"#, []),
    // Python's json_format.Parse does not check required fields; a warning still says so.
    (#"{}"#, ["PAYLOAD_MISSING_FIELD@~warning"]),
    (#"{"id": null}"#, ["PAYLOAD_MISSING_FIELD@~warning"]),
    (#"{"id": "x", "inner": {}}"#, ["PAYLOAD_MISSING_FIELD@/inner~warning"]),
    (#"{"id": "x", "ms": {"a": {}}}"#, ["PAYLOAD_MISSING_FIELD@/ms/a~warning"]),
  ]

  @Test(arguments: casesCases) func proto2(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json, message: "legacy.Req") == expected, "\(json)")
  }

  @Test func closedEnumErrorNamesTheEnum() throws {
    let index = try #require(ProtoJSONTestSchemas.proto2Index)
    let validator = try ProtoJSONValidator(index: index, messageName: "legacy.Req")
    let errors = validator.validate(try JSONReader.parse(#"{"id": "x", "status": 7}"#))
    #expect(errors.map(\.message) == ["7 is not a value of closed enum legacy.Status"])
    #expect(errors.map(\.schemaLocation) == ["legacy.Req.status"])
  }
}

/// Editions: closedness and LEGACY_REQUIRED come from features, with proto2's JSON behaviour
/// (verdicts as Python `protobuf` gives them on the same file compiled by grpcio-tools' protoc).
@Suite struct ProtoJSONEditionsTests {
  static let schema = """
    edition = "2023";
    package ed;
    enum Kind { option features.enum_type = CLOSED; KIND_ZERO = 0; KIND_ONE = 1; }
    enum Open { OPEN_ZERO = 0; }
    message Msg {
      int32 needed = 1 [features.field_presence = LEGACY_REQUIRED];
      Kind kind = 2;
      Open open = 3;
      Msg sub = 4 [features.message_encoding = DELIMITED];
    }
    """

  static let cases: [(String, [String])] = [
    (#"{"needed": 1, "kind": "KIND_ONE", "open": 5}"#, []),
    (#"{"needed": 1, "kind": 5}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/kind"]),
    (#"{"needed": 1, "kind": "5"}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/kind"]),
    (#"{"kind": 1}"#, ["PAYLOAD_MISSING_FIELD@~warning"]),
    (#"{"needed": 1, "sub": {"needed": "x"}}"#, ["PAYLOAD_INVALID_FORMAT@/sub/needed"]),
  ]

  @Test(arguments: cases) func editions(json: String, expected: [String]) throws {
    let index = try #require(ProtoIndexTestImages.index(Self.schema, path: "ed.proto"))
    let validator = try ProtoJSONValidator(index: index, messageName: "ed.Msg")
    let findings = validator.validate(try JSONReader.parse(json)).map {
      "\($0.ruleID.rawValue)@\($0.instanceLocation)" + ($0.severity == .warning ? "~warning" : "")
    }
    #expect(findings == expected, "\(json)")
  }
}
