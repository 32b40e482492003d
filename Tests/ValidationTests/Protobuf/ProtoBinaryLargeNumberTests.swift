import SchemaModel
import Testing

@testable import Validation

/// Field numbers past the dense lookup table, a map of a closed enum, packed sint64.
///
/// ```python
/// b = Big(far=7, last="z", deltas=[-1, 1]); b.levels[3] = 5
/// b.SerializeToString().hex()
/// ```
/// Python protobuf 7.36's verdicts are in the comments.
@Suite struct ProtoBinaryLargeNumberTests {
  static let source = """
    syntax = "proto2";
    package acme.big;
    enum Level { LOW = 0; HIGH = 5; }
    message Big {
      optional int32 far = 1000;
      optional string last = 536870911;
      map<int32, Level> levels = 2;
      repeated sint64 deltas = 3 [packed = true];
    }
    """

  static func findings(_ hex: String) throws -> [PayloadError] {
    let index = try #require(ProtoIndexTestImages.index(source))
    let validator = try ProtoBinaryValidator(index: index, messageName: "acme.big.Big")
    return validator.validate(ProtoBinaryTest.hex(hex))
  }

  @Test(arguments: [
    "1204080310051a020102c03e07faffffff0f017a",
    // proto2 strings are not checked (Python: OK).
    "faffffff0f 01 ff",
  ])
  func accepted(hex: String) throws {
    #expect(try Self.findings(hex).isEmpty)
  }

  @Test func farFieldWithAnotherWireType() throws {
    // Python: OK with (1000, LEN) in unknown fields.
    let found = try Self.findings("c23e 01 07")
    #expect(found.map(\.ruleID) == ["PAYLOAD_WIRE_TYPE_MISMATCH"])
    #expect(found.first?.instanceLocation == "/far")
  }

  @Test func closedEnumInAMapIsNamedByItsKey() throws {
    // Python: OK with the whole entry in unknown fields (2, LEN).
    let found = try Self.findings("12 04 08 03 10 04")
    #expect(found.map(\.ruleID) == ["PAYLOAD_UNKNOWN_SYMBOL"])
    #expect(found.first?.instanceLocation == "/levels/3")
    #expect(found.first?.schemaLocation == "acme.big.Big.levels.value")
  }

  @Test func truncatedPackedRun() throws {
    // Python: Wire format was corrupt.
    let found = try Self.findings("1a 02 01 80")
    #expect(found.map(\.ruleID) == ["PAYLOAD_TRUNCATED"])
    #expect(found.first?.instanceLocation == "/deltas/1")
    #expect(found.first?.byteOffset == 3)
  }
}
