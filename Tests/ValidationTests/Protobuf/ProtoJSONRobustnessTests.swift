import SchemaModel
import Testing
import Validation

/// Random JSON trees against every message of the test schemas: the validator must neither
/// crash nor report more than its limit, and every report must point into the payload.
@Suite struct ProtoJSONRobustnessTests {
  /// A small deterministic generator (64-bit LCG), so failures reproduce.
  struct Random {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static let keys = [
    "i32", "i64", "u64", "fl", "db", "b", "s", "by", "color", "line", "lines", "nums", "m", "mb",
    "mi", "mu", "a", "bnum", "cl", "ts", "du", "w32", "st", "v", "lv", "any", "fm", "em", "vs",
    "nv", "colors", "mv", "child", "id", "status", "grp", "inner", "ms", "@type", "value", "sku",
    "qty", "[legacy.ext_field]", "zz", "1", "true",
  ]
  static let strings = [
    "", "x", "1", "-1", "1e2", "NaN", "Infinity", "AQID", "RED", "ACTIVE", "1.5s",
    "2024-01-02T03:04:05Z", "type.googleapis.com/acme.Line",
    "type.googleapis.com/google.protobuf.Duration", "a,bC", "99999999999999999999",
  ]
  static let numbers = [
    "0", "1", "-1", "1.5", "1e2", "2147483648", "18446744073709551616", "1e400",
  ]

  static func value(_ random: inout Random, depth: Int) -> JSONValue {
    switch random.next(depth > 4 ? 4 : 7) {
    case 0: return JSONValue(.null)
    case 1: return JSONValue(.bool(random.next(2) == 0))
    case 2: return JSONValue(.number(JSONNumber(text: numbers[random.next(numbers.count)])))
    case 3: return JSONValue(.string(strings[random.next(strings.count)]))
    case 4, 5:
      let members = (0..<random.next(5)).map { _ in
        JSONMember(
          key: keys[random.next(keys.count)], keyPosition: TextPosition(line: 1, column: 1),
          value: value(&random, depth: depth + 1))
      }
      return JSONValue(.object(members))
    default:
      return JSONValue(.array((0..<random.next(4)).map { _ in value(&random, depth: depth + 1) }))
    }
  }

  static let roots = [
    "acme.All", "acme.Line", "legacy.Req", "google.protobuf.Any", "google.protobuf.Struct",
    "google.protobuf.Timestamp",
  ]

  @Test(arguments: roots) func randomPayloadsNeverCrash(root: String) throws {
    let index = try #require(
      root.hasPrefix("legacy.")
        ? ProtoJSONTestSchemas.proto2Index : ProtoJSONTestSchemas.proto3Index)
    let validator = try ProtoJSONValidator(index: index, messageName: root)
    var random = Random(state: UInt64(root.utf8.count))
    var invalid = 0
    for _ in 0..<2000 {
      let errors = validator.validate(Self.value(&random, depth: 0))
      #expect(errors.count <= 100)
      #expect(
        errors.allSatisfy { $0.instanceLocation.isEmpty || $0.instanceLocation.hasPrefix("/") })
      #expect(errors.allSatisfy { !$0.message.isEmpty && !$0.schemaLocation.isEmpty })
      if errors.hasErrors { invalid += 1 }
    }
    #expect(invalid > 0)
  }
}
