import Parsers
import SchemaModel
import Testing

@testable import Compat

/// One original/update pair and the exact differences Confluent's rules give, in order.
struct ConfluentDiffCase: CustomTestStringConvertible, Sendable {
  var name: String
  var original: String
  var update: String
  var expected: [String]
  var testDescription: String { name }

  init(_ name: String, _ original: String, _ update: String, _ expected: [String]) {
    self.name = name
    self.original = "syntax = \"proto3\";\n" + original
    self.update = "syntax = \"proto3\";\n" + update
    self.expected = expected
  }

  /// A proto2 pair.
  static func proto2(_ name: String, _ original: String, _ update: String, _ expected: [String])
    -> ConfluentDiffCase
  {
    var pair = ConfluentDiffCase(name, original, update, expected)
    pair.original = "syntax = \"proto2\";\n" + original
    pair.update = "syntax = \"proto2\";\n" + update
    return pair
  }
}

private let differenceCases: [ConfluentDiffCase] = [
  .init(
    "package changed", "package a; message M {}", "package b; message M {}",
    ["PACKAGE_CHANGED #/"]),
  .init("package added", "message M {}", "package b; message M {}", ["PACKAGE_CHANGED #/"]),
  .init("message added", "message M {}", "message M {} message N {}", ["MESSAGE_ADDED #/N"]),
  .init("message removed", "message M {} message N {}", "message M {}", ["MESSAGE_REMOVED #/N"]),
  .init(
    "message removed before another moves it", "message N {} message M {}", "message M {}",
    ["MESSAGE_REMOVED #/N", "MESSAGE_MOVED #/M"]),
  .init(
    "nested messages swapped", "message O { message A {} message B {} }",
    "message O { message B {} message A {} }", ["MESSAGE_MOVED #/O/B", "MESSAGE_MOVED #/O/A"]),
  .init(
    "an enum before a message does not move it", "message M {}", "enum E { X = 0; } message M {}",
    ["ENUM_ADDED #/E"]),
  .init(
    "nested enum added", "message M {}", "message M { enum E { X = 0; } }", ["ENUM_ADDED #/M/E"]),
  .init("enum removed", "enum E { X = 0; } message M {}", "message M {}", ["ENUM_REMOVED #/E"]),
  .init(
    "enum constants added, renamed, removed", "enum E { A = 0; B = 1; C = 2; }",
    "enum E { A = 0; BB = 1; D = 3; }",
    ["ENUM_CONST_CHANGED #/E/1", "ENUM_CONST_REMOVED #/E/2", "ENUM_CONST_ADDED #/E/3"]),
  .init(
    "field added and removed", "message M { int32 a = 1; int32 b = 2; }",
    "message M { int32 a = 1; int32 c = 3; }", ["FIELD_REMOVED #/M/2", "FIELD_ADDED #/M/3"]),
  .init(
    "field renamed", "message M { int32 a = 1; }", "message M { int32 b = 1; }",
    ["FIELD_NAME_CHANGED #/M/1"]),
  .init(
    "scalar to message", "message M { int32 a = 1; } message N {}",
    "message M { N a = 1; } message N {}", ["FIELD_KIND_CHANGED #/M/1"]),
  .init(
    "message to map", "message M { N a = 1; } message N {}",
    "message M { map<string, N> a = 1; } message N {}", ["FIELD_KIND_CHANGED #/M/1"]),
  .init(
    "int32 to sint32", "message M { int32 a = 1; }", "message M { sint32 a = 1; }",
    ["FIELD_SCALAR_KIND_CHANGED #/M/1"]),
  .init(
    "fixed32 to fixed64", "message M { fixed32 a = 1; }", "message M { fixed64 a = 1; }",
    ["FIELD_SCALAR_KIND_CHANGED #/M/1"]),
  .init(
    "float to double", "message M { float a = 1; }", "message M { double a = 1; }",
    ["FIELD_SCALAR_KIND_CHANGED #/M/1"]),
  .init(
    "changes inside a wire group are silent",
    "message M { uint64 a = 1; sfixed32 b = 2; E c = 3; sint32 d = 4; bytes e = 5; } "
      + "enum E { X = 0; }",
    "message M { bool a = 1; fixed32 b = 2; int64 c = 3; sint64 d = 4; string e = 5; } "
      + "enum E { X = 0; }", []),
  .init(
    "enum to another enum is silent", "message M { E a = 1; } enum E { X = 0; } enum F { Y = 0; }",
    "message M { F a = 1; } enum E { X = 0; } enum F { Y = 0; }", []),
  .init(
    "message field to another local message", "message M { A a = 1; } message A {} message B {}",
    "message M { B a = 1; } message A {} message B {}", ["FIELD_NAMED_TYPE_CHANGED #/M/1"]),
  .init(
    "map value changes group", "message M { map<string, int32> a = 1; }",
    "message M { map<string, double> a = 1; }", ["FIELD_SCALAR_KIND_CHANGED #/M/1"]),
  .init(
    "map key changes group", "message M { map<int32, string> a = 1; }",
    "message M { map<string, string> a = 1; }", ["FIELD_SCALAR_KIND_CHANGED #/M/1"]),
  .init(
    "map value refers to another message",
    "message M { map<string, A> a = 1; } message A {} message B {}",
    "message M { map<string, B> a = 1; } message A {} message B {}",
    ["FIELD_NAMED_TYPE_CHANGED #/M/1"]),
  .init(
    "implicit to explicit presence is no change", "message M { int32 a = 1; }",
    "message M { optional int32 a = 1; }", []),
  .init(
    "implicit presence to repeated is not compared (one label is missing)",
    "message M { int32 a = 1; }", "message M { repeated int32 a = 1; }", []),
  .proto2(
    "group members are compared as a nested message",
    "message M { optional group G = 1 { optional int32 a = 2; } }",
    "message M { repeated group G = 1 { optional string a = 2; } }",
    ["FIELD_SCALAR_KIND_CHANGED #/M/G/2"]),
  .init(
    "repeated enum becomes optional", "message M { repeated E a = 1; } enum E { X = 0; }",
    "message M { optional E a = 1; } enum E { X = 0; }", ["FIELD_NUMERIC_LABEL_CHANGED #/M/1"]),
  .init(
    "repeated message becomes optional", "message M { repeated A a = 1; } message A {}",
    "message M { optional A a = 1; } message A {}", []),
  .proto2(
    "optional number becomes required", "message M { optional int64 a = 1; }",
    "message M { required int64 a = 1; }", ["FIELD_NUMERIC_LABEL_CHANGED #/M/1"]),
  .proto2(
    "optional string becomes required", "message M { optional string a = 1; }",
    "message M { required string a = 1; }", ["FIELD_STRING_OR_BYTES_LABEL_CHANGED #/M/1"]),
  .proto2(
    "required field added and removed", "message M { required int32 a = 1; }",
    "message M { required int32 b = 2; }",
    ["REQUIRED_FIELD_REMOVED #/M/1", "REQUIRED_FIELD_ADDED #/M/2"]),
  .init(
    "oneof renamed", "message M { oneof a { int32 x = 1; } }",
    "message M { oneof b { int32 x = 1; } }", ["ONEOF_REMOVED #/M/a", "ONEOF_ADDED #/M/b"]),
  .init(
    "oneof member added and removed", "message M { oneof o { int32 x = 1; int32 y = 2; } }",
    "message M { oneof o { int32 x = 1; int32 z = 3; } }",
    ["ONEOF_FIELD_REMOVED #/M/o/2", "ONEOF_FIELD_ADDED #/M/o/3"]),
  .init(
    "whole oneof deleted", "message M { int32 a = 1; oneof o { int32 x = 2; int32 y = 3; } }",
    "message M { int32 a = 1; }", ["ONEOF_REMOVED #/M/o"]),
  .init(
    "oneof member moved to top level", "message M { oneof o { int32 x = 1; int32 y = 2; } }",
    "message M { oneof o { int32 x = 1; } int32 y = 2; }",
    ["ONEOF_FIELD_MOVED_TO_TOP_LEVEL #/M/2"]),
  .init(
    "two plain fields into one oneof", "message M { int32 a = 1; int32 b = 2; }",
    "message M { oneof o { int32 a = 1; int32 b = 2; } }",
    ["MULTIPLE_FIELDS_MOVED_TO_ONEOF #/M/o", "ONEOF_ADDED #/M/o"]),
  .init(
    "plain field into an existing oneof", "message M { int32 a = 1; oneof o { int32 b = 2; } }",
    "message M { oneof o { int32 a = 1; int32 b = 2; } }",
    ["FIELD_MOVED_TO_EXISTING_ONEOF #/M/o"]),
  .init(
    "one plain field into a new oneof", "message M { int32 a = 1; }",
    "message M { oneof o { int32 a = 1; } }", ["ONEOF_ADDED #/M/o"]),
  .init(
    "differences in nested messages", "message M { message N { int32 a = 1; } }",
    "message M { message N { string a = 1; } }", ["FIELD_SCALAR_KIND_CHANGED #/M/N/1"]),
  .init(
    "fields before nested types, messages before enums",
    "message M { int32 a = 1; } ",
    "message M { A a = 1; message A {} } enum E { X = 0; }",
    ["FIELD_KIND_CHANGED #/M/1", "MESSAGE_ADDED #/M/A", "ENUM_ADDED #/E"]),
]

@Suite struct ConfluentProtobufDifferenceTests {
  @Test(arguments: differenceCases)
  func differences(_ pair: ConfluentDiffCase) {
    #expect(ProtoTestImages.differences(pair.original, pair.update) == pair.expected)
  }

  @Test func everyTypeIsClassifiedAsConfluentDoes() {
    let compatible = ConfluentDifferenceType.allCases.filter(\.isCompatible).map(\.rawValue)
    #expect(compatible.count == 15)
    #expect(ConfluentDifferenceType.rules.count == ConfluentDifferenceType.allCases.count)
    #expect(ConfluentDifferenceType.allCases.count == 26)
    for name in [
      "PACKAGE_CHANGED", "MESSAGE_REMOVED", "FIELD_KIND_CHANGED", "FIELD_SCALAR_KIND_CHANGED",
      "FIELD_NAMED_TYPE_CHANGED", "FIELD_NUMERIC_LABEL_CHANGED", "REQUIRED_FIELD_ADDED",
      "REQUIRED_FIELD_REMOVED", "ONEOF_FIELD_REMOVED", "MULTIPLE_FIELDS_MOVED_TO_ONEOF",
      "FIELD_MOVED_TO_EXISTING_ONEOF",
    ] {
      #expect(!compatible.contains(name), "\(name)")
    }
  }

  static let importedV1 = [
    "dep.proto": "syntax = \"proto3\"; package dep; message D { int32 x = 1; D next = 2; }"
  ]
  static let importedV2 = [
    "dep.proto": "syntax = \"proto3\"; package dep; message D { string x = 1; D next = 2; }"
  ]
  static let importer = """
    syntax = "proto3";
    import "dep.proto";
    message M { dep.D a = 1; dep.D b = 2; }
    """

  @Test func importedTypeIsDiffedOnceAndBreaksTheFieldThatUsesIt() {
    let differences = ProtoTestImages.differences(
      Self.importer, Self.importer, originalImports: Self.importedV1,
      updateImports: Self.importedV2)
    // The self-reference `next` ends the recursion; the second use reuses the verdict.
    #expect(
      differences == [
        "FIELD_SCALAR_KIND_CHANGED #/D/1", "FIELD_NAMED_TYPE_CHANGED #/M/1",
        "FIELD_NAMED_TYPE_CHANGED #/M/2",
      ])
  }

  @Test func unchangedImportIsNoDifference() {
    let differences = ProtoTestImages.differences(
      Self.importer, Self.importer, originalImports: Self.importedV1,
      updateImports: Self.importedV1)
    #expect(differences.isEmpty)
  }

  @Test func differencesPointAtBothFiles() throws {
    let original = ProtoTestImages.image(
      "syntax = \"proto3\";\nmessage M {\n  int32 a = 1;\n}\n", displayPrefix: "old/")
    let update = ProtoTestImages.image(
      "syntax = \"proto3\";\n\nmessage M {\n  string a = 1;\n}\n", displayPrefix: "new/")
    let difference = try #require(
      ConfluentProtobufDiff.compare(original: original, update: update).first)
    #expect(
      difference.originalLocation == SourceLocation(file: "old/schema.proto", line: 3, column: 3))
    #expect(
      difference.updateLocation == SourceLocation(file: "new/schema.proto", line: 4, column: 3))
    #expect(difference.originalDetail == "int32")
    #expect(difference.updateDetail == "string")
  }
}

@Suite struct ConfluentProtobufDepthTests {
  /// A chain of 400 imported messages, each referring to the next: the comparison ends without
  /// exhausting the stack, and changes within the first levels are still found.
  @Test func longChainsOfReferencedMessagesEnd() {
    func chain(_ lastType: String) -> [String: String] {
      var text = "syntax = \"proto3\"; package dep;\n"
      for level in 0..<400 {
        text += "message T\(level) { T\(level + 1) next = 1; int32 v = 2; }\n"
      }
      text += "message T400 { \(lastType) v = 2; }\n"
      return ["dep.proto": text]
    }
    let main = "syntax = \"proto3\"; import \"dep.proto\"; message M { dep.T0 a = 1; }"
    let same = ProtoTestImages.differences(
      main, main, originalImports: chain("int32"), updateImports: chain("int32"))
    #expect(same.isEmpty)
    let original = chain("int32")["dep.proto", default: ""]
    let changed = original.replacingOccurrences(
      of: "message T3 { T4 next = 1; int32 v = 2; }",
      with: "message T3 { T4 next = 1; string v = 2; }")
    let differences = ProtoTestImages.differences(
      main, main, originalImports: ["dep.proto": original], updateImports: ["dep.proto": changed])
    #expect(differences.first == "FIELD_SCALAR_KIND_CHANGED #/T3/2")
    #expect(differences.last == "FIELD_NAMED_TYPE_CHANGED #/M/1")
  }
}
