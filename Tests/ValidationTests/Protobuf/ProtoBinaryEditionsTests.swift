import SchemaModel
import Testing

@testable import Validation

/// Editions features decide the wire format: DELIMITED messages are groups, `utf8_validation`,
/// closed enums, LEGACY_REQUIRED, EXPANDED repeated fields.
///
/// protoc 3.21 cannot compile editions, so the Python side builds the same file as a
/// `FileDescriptorProto(syntax="editions", edition=EDITION_2023)` with the same features on
/// each field and loads it with `DescriptorPool().Add(...)`. Python protobuf 7.36's verdicts
/// are in the comments.
@Suite struct ProtoBinaryEditionsTests {
  static let source = """
    edition = "2023";
    package acme.ed;
    enum Kind { option features.enum_type = CLOSED; KIND_A = 1; }
    message Inner { int32 x = 1; }
    message Ed {
      string name = 1 [features.utf8_validation = NONE];
      Inner inner = 2 [features.message_encoding = DELIMITED];
      int32 req = 3 [features.field_presence = LEGACY_REQUIRED];
      Kind kind = 4;
      repeated int32 nums = 5 [features.repeated_field_encoding = EXPANDED];
      string strict = 6;
    }
    """

  static func findings(_ hex: String) throws -> [PayloadError] {
    let index = try #require(ProtoIndexTestImages.index(source))
    let validator = try ProtoBinaryValidator(index: index, messageName: "acme.ed.Ed")
    return validator.validate(ProtoBinaryTest.hex(hex))
  }

  @Test(arguments: [
    // x = Ed(name="n", req=1, kind=1, nums=[1, 2], strict="s"); x.inner.x = 5
    "0a016e130805141801200128012802320173",
    // utf8_validation = NONE (Python: OK).
    "18 01 0a 01 ff",
    // The DELIMITED message as a group (Python: OK, inner { x: 5 }).
    "18 01 13 08 05 14",
    // EXPANDED fields still accept packed data (Python: OK, nums = [1, 2]).
    "18 01 2a 02 01 02",
  ])
  func accepted(hex: String) throws {
    #expect(try Self.findings(hex).isEmpty)
  }

  @Test func verifiedStringsAreChecked() throws {
    // Python: String field had bad UTF-8.
    #expect(try Self.findings("18 01 32 01 ff").map(\.ruleID) == ["PAYLOAD_INVALID_UTF8"])
  }

  @Test func delimitedMessageIsAGroup() throws {
    // Python: OK with the LEN value in unknown fields (2, LEN): the value is lost.
    let found = try Self.findings("18 01 12 02 08 05")
    #expect(found.map(\.ruleID) == ["PAYLOAD_WIRE_TYPE_MISMATCH"])
    #expect(found.first?.message.contains("wire type SGROUP") == true)
  }

  @Test func legacyRequiredAndClosedEnums() throws {
    // Python: OK with IsInitialized() false; OK with 7 in unknown fields.
    #expect(try Self.findings("").map(\.ruleID) == ["PAYLOAD_MISSING_FIELD"])
    let unknown = try Self.findings("18 01 20 07")
    #expect(unknown.map(\.ruleID) == ["PAYLOAD_UNKNOWN_SYMBOL"])
    #expect(unknown.first?.severity == .warning)
  }
}
