import Foundation
import SchemaModel
import Testing

@testable import Parsers

@Suite("Proto parser robustness")
struct ProtoRobustnessTests {
  static let realistic = """
    // Orders API.
    syntax = "proto3";

    package acme.orders.v1;

    import "google/protobuf/timestamp.proto";
    import public "acme/common.proto";

    option java_package = "com.acme.orders.v1";
    option (acme.api) = { name: "orders" tags: ["a", "b"] nested { x: 1 } };

    /* An order. */
    message Order {
      string id = 1 [(acme.field).max_len = 64, json_name = "orderId"];
      repeated Line lines = 2;
      map<string, int64> totals = 3;
      oneof payment {
        string card = 4;
        bytes token = 5;
      }
      optional .google.protobuf.Timestamp placed_at = 6;
      reserved 7, 9 to 11, 100 to max;
      reserved "old", 'older';
      enum Status {
        option allow_alias = true;
        STATUS_UNSPECIFIED = 0;
        STATUS_OPEN = 1 [deprecated = true];
        STATUS_ALIAS = 1;
      }
      message Line { string sku = 1; double price = 2; }
    }

    service Orders {
      rpc Get(Order) returns (Order) {
        option (google.api.http) = { get: "/v1/{id=orders/*}" additional_bindings { post: "/x" } };
      }
      rpc Watch(stream Order) returns (stream Order);
    }
    """

  static let proto2 = """
    syntax = "proto2";
    package p;
    message A {
      optional group G = 1 { required int32 x = 2 [default = -0x7]; }
      extensions 100 to max [declaration = { number: 100 }];
      extend A { optional string s = 100 [default = "\\x41\\101\\u00e9"]; }
      optional double d = 3 [default = -inf];
    }
    """

  @Test(arguments: [realistic, proto2])
  func everyPrefixParsesWithoutCrashing(source: String) {
    let bytes = Array(source.utf8)
    var diagnosticsSeen = 0
    for length in 0...bytes.count {
      let result = ProtoParser.parse(Array(bytes[0..<length]), path: "prefix.proto")
      diagnosticsSeen += result.diagnostics.count
      #expect(result.file.path == "prefix.proto")
    }
    #expect(diagnosticsSeen > 0)
    #expect(ProtoParser.parse(bytes, path: "whole.proto").diagnostics.isEmpty)
  }

  @Test func everySingleByteDeletionParsesWithoutCrashing() {
    let bytes = Array(Self.realistic.utf8)
    for index in bytes.indices {
      var copy = bytes
      copy.remove(at: index)
      _ = ProtoParser.parse(copy, path: "deleted.proto")
    }
    #expect(bytes.count > 100)
  }

  @Test func randomBytesNeverCrash() {
    var generator = SplitMix64(seed: 0x5EED)
    let alphabet = Array("message enum { } [ ] ( ) < > = ; , . : - \" ' / * \\ 0x1 9 a_b \n\t".utf8)
    for round in 0..<600 {
      let length = Int(generator.next() % 300)
      var bytes: [UInt8] = []
      for _ in 0..<length {
        let value = generator.next()
        // Half the rounds use protobuf-ish bytes, half use any byte.
        bytes.append(
          round % 2 == 0 ? alphabet[Int(value % UInt64(alphabet.count))] : UInt8(value & 0xFF))
      }
      _ = ProtoParser.parse(bytes, path: "random.proto")
    }
    #expect(Bool(true))
  }

  /// Random edits of realistic files (40,000 rounds ran clean once; 2,000 here per run).
  @Test func randomEditsNeverCrash() {
    let bases = [Array(Self.realistic.utf8), Array(Self.proto2.utf8)]
    var generator = SplitMix64(seed: 42)
    let alphabet = Array(
      "{}[]()<>=;,.:-\"'/*\\\n\t0x19ae_ message group optional map stream to max reserved".utf8)
    var withFindings = 0
    for round in 0..<2_000 {
      var bytes = bases[round % 2]
      for _ in 0..<(1 + Int(generator.next() % 6)) where !bytes.isEmpty {
        let offset = Int(generator.next() % UInt64(bytes.count))
        switch generator.next() % 4 {
        case 0: bytes.remove(at: offset)
        case 1: bytes.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: offset)
        case 2: bytes[offset] = UInt8(truncatingIfNeeded: generator.next())
        default:
          let length = min(Int(generator.next() % 40), bytes.count - offset)
          let chunk = Array(bytes[offset..<offset + length])
          bytes.insert(contentsOf: chunk, at: Int(generator.next() % UInt64(bytes.count)))
        }
      }
      if !ProtoParser.parse(bytes, path: "edited.proto").diagnostics.isEmpty { withFindings += 1 }
    }
    #expect(withFindings > 1_000)
  }

  @Test func deeplyNestedMessagesAreBounded() {
    let depth = 100_000
    var text = "syntax = \"proto3\";\n"
    text += String(repeating: "message A { ", count: depth)
    text += String(repeating: "} ", count: depth)
    let result = ProtoParser.parse(Array(text.utf8), path: "deep.proto")
    #expect(ProtoTest.findings(result.diagnostics) == ["PROTO_NESTING_TOO_DEEP@2:1201"])
    var nesting = 0
    var message = result.file.messages.first
    while let current = message {
      nesting += 1
      message = current.messages.first
    }
    #expect(nesting == 100)
  }

  @Test func unclosedDeepNestingIsBounded() {
    let text = String(repeating: "message A {", count: 100_000)
    let result = ProtoParser.parse(Array(text.utf8), path: "deep.proto")
    #expect(result.diagnostics.contains { $0.ruleID == "PROTO_NESTING_TOO_DEEP" })
    #expect(result.diagnostics.count < 10)
  }

  @Test func deeplyNestedAggregatesAreBounded() {
    let depth = 100_000
    var text = "syntax = \"proto3\";\noption (a) = "
    text += String(repeating: "{ a ", count: depth) + String(repeating: "} ", count: depth)
    text += ";\nmessage After {}\n"
    let result = ProtoParser.parse(Array(text.utf8), path: "deep.proto")
    #expect(result.diagnostics.map(\.ruleID) == ["PROTO_NESTING_TOO_DEEP"])
    #expect(result.file.messages.map(\.name) == ["After"])
  }

  @Test func exactlyOneHundredLevelsIsAllowed() {
    var text = String(repeating: "message A { ", count: 100)
    text += String(repeating: "} ", count: 100)
    #expect(ProtoParser.parse(Array(text.utf8), path: "ok.proto").diagnostics.isEmpty)
    var option = "option (a) = " + String(repeating: "{ a ", count: 99) + "{ b: 1 "
    option += String(repeating: "} ", count: 100) + ";"
    #expect(ProtoParser.parse(Array(option.utf8), path: "ok.proto").diagnostics.isEmpty)
  }

  @Test func aBrokenOptionValueIsOneError() {
    let text =
      "option (a) = { b { c: } };\nmessage A { option (b) = { x: { y: } }; optional int32 f = 1; }\n"
    let result = ProtoParser.parse(Array(text.utf8), path: "broken.proto")
    #expect(
      ProtoTest.findings(result.diagnostics) == [
        "PROTO_SYNTAX_ERROR@1:23", "PROTO_SYNTAX_ERROR@2:36",
      ])
    #expect(result.file.messages.first?.fields.map(\.name) == ["f"])
  }

  @Test func largeFileParsesQuickly() {
    var text = "syntax = \"proto3\";\npackage big;\n"
    for index in 0..<3_000 {
      text += """
        // Message \(index) doc.
        message M\(index) {
          string id = 1 [(acme.f) = { a: 1 b: "x" }];
          repeated int64 values = 2;
          map<string, M\(index)> children = 3;
          oneof o { string s = 4; bytes b = 5; }
        }

        """
    }
    let bytes = Array(text.utf8)
    // Its speed is measured by Benchmarks/, not here.
    let result = ProtoParser.parse(bytes, path: "big.proto")
    #expect(result.file.messages.count == 3_000)
    #expect(result.diagnostics.isEmpty)
  }
}
