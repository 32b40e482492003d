import SchemaModel
import Testing

@testable import Parsers

@Suite("Proto parser tree")
struct ProtoParserTests {
  private func parseClean(_ text: String) throws -> ProtoFile {
    let result = ProtoTest.parse(text)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    return result.file
  }

  @Test(arguments: [
    ("syntax = \"proto3\";", ProtoSyntax.proto3),
    ("syntax = 'proto3';", .proto3),
    ("syntax = \"proto2\";", .proto2),
    ("", .proto2),
    ("edition = \"2023\";", .edition("2023")),
    ("edition = '2024';", .edition("2024")),
  ])
  func syntaxDeclarations(source: String, syntax: ProtoSyntax) throws {
    let file = try parseClean(source + "\nmessage A {}\n")
    #expect(file.syntax == syntax)
    if source.isEmpty {
      #expect(file.syntaxSpan == nil)
    } else {
      #expect(file.syntaxSpan == ProtoTest.span(1, 1, 1, source.utf8.count + 1))
    }
  }

  @Test func packageAndImports() throws {
    let file = try parseClean(
      """
      syntax = "proto3";
      package acme.orders.v1;
      import "a.proto";
      import public "b.proto";
      import weak 'c.proto';
      """)
    #expect(file.package == "acme.orders.v1")
    #expect(file.packageSpan == ProtoTest.span(2, 1, 2, 24))
    #expect(file.imports.map(\.path) == ["a.proto", "b.proto", "c.proto"])
    #expect(file.imports.map(\.modifier) == [.none, .public, .weak])
    #expect(file.imports[1].span == ProtoTest.span(4, 1, 4, 25))
    #expect(file.imports[1].pathSpan == ProtoTest.span(4, 15, 4, 24))
  }

  @Test func fieldsWithSpans() throws {
    let file = try parseClean(
      """
      syntax = "proto3";
      package p;
      message Order {
        string id = 1;
        repeated .p.Line lines = 2 [deprecated = true];
        optional int64 total = 0x3;
        map<string, int32> counts = 4;
        google.protobuf.Timestamp at = 5;
      }
      message Line {}
      """)
    let order = try #require(file.messages.first)
    #expect(order.fullName == "p.Order")
    #expect(order.span == ProtoTest.span(3, 1, 9, 2))
    #expect(order.nameSpan == ProtoTest.span(3, 9, 3, 14))
    let fields = order.fields
    #expect(fields.map(\.name) == ["id", "lines", "total", "counts", "at"])
    #expect(fields.map(\.number) == [1, 2, 3, 4, 5])
    #expect(fields.map(\.label) == [nil, .repeated, .optional, nil, nil])
    #expect(fields[0].type == .scalar(.string))
    #expect(fields[1].type == .named(".p.Line"))
    #expect(fields[3].type == .map(key: .string, value: .scalar(.int32)))
    #expect(fields[4].type == .named("google.protobuf.Timestamp"))
    // `repeated .p.Line lines = 2 [deprecated = true];`
    #expect(fields[1].span == ProtoTest.span(5, 3, 5, 50))
    #expect(fields[1].labelSpan == ProtoTest.span(5, 3, 5, 11))
    #expect(fields[1].typeSpan == ProtoTest.span(5, 12, 5, 19))
    #expect(fields[1].nameSpan == ProtoTest.span(5, 20, 5, 25))
    #expect(fields[1].numberSpan == ProtoTest.span(5, 28, 5, 29))
    #expect(fields[1].options.first?.span == ProtoTest.span(5, 31, 5, 48))
    #expect(fields[1].options.first?.nameSpan == ProtoTest.span(5, 31, 5, 41))
    #expect(fields[1].options.first?.valueSpan == ProtoTest.span(5, 44, 5, 48))
    #expect(fields[1].options.first?.value == .bool(true))
    #expect(fields[2].numberSpan == ProtoTest.span(6, 26, 6, 29))
    // The whole `map<string, int32>` is the type.
    #expect(fields[3].typeSpan == ProtoTest.span(7, 3, 7, 21))
    #expect(fields[3].span == ProtoTest.span(7, 3, 7, 33))
    #expect(fields[4].typeSpan == ProtoTest.span(8, 3, 8, 28))
  }

  @Test func optionStatementsEverywhere() throws {
    let file = try parseClean(
      """
      syntax = "proto3";
      option java_package = "com.acme";
      option (acme.file_opt).nested.deep = 3;
      message A {
        option (acme.msg) = { a: 1 };
        oneof o {
          option (acme.oneof) = true;
          string s = 1;
        }
      }
      enum E {
        option allow_alias = true;
        Z = 0 [(acme.value) = "z", deprecated = true];
        Y = 0;
      }
      service S {
        option (acme.svc) = -2;
        rpc M(A) returns (A) { option idempotency_level = NO_SIDE_EFFECTS; };
        rpc N(A) returns (A) {}
      }
      """)
    let javaPackage = try #require(file.options.named("java_package"))
    #expect(javaPackage.value == .string("com.acme"))
    // `option x = y;` spans the whole statement.
    #expect(javaPackage.span == ProtoTest.span(2, 1, 2, 34))
    #expect(javaPackage.nameSpan == ProtoTest.span(2, 8, 2, 20))
    #expect(javaPackage.valueSpan == ProtoTest.span(2, 23, 2, 33))
    #expect(file.options[1].name == "(acme.file_opt).nested.deep")
    #expect(file.options[1].value == .integer("3"))
    let message = try #require(file.messages.first)
    #expect(message.options.first?.name == "(acme.msg)")
    #expect(message.oneofs.first?.options.first?.value == .bool(true))
    #expect(message.fields.first?.oneofIndex == 0)
    let values = try #require(file.enums.first?.values)
    #expect(values[0].options.map(\.name) == ["(acme.value)", "deprecated"])
    #expect(values[0].span == ProtoTest.span(13, 3, 13, 49))
    #expect(values[0].options[0].span == ProtoTest.span(13, 10, 13, 28))
    let service = try #require(file.services.first)
    #expect(service.options.first?.value == .integer("-2"))
    #expect(service.methods[0].options.first?.value == .identifier("NO_SIDE_EFFECTS"))
    #expect(service.methods[0].span == ProtoTest.span(18, 3, 18, 71))
    #expect(service.methods[1].options.isEmpty)
  }

  @Test func optionNamesWithFeatureExtensions() throws {
    let file = try parseClean(
      """
      edition = "2023";
      option features.(pb.cpp).string_type = VIEW;
      option (.acme.opt) = 1;
      message A {
        string s = 1 [features.(pb.cpp).string_type = CORD, (a.b).c = "x"];
      }
      """)
    #expect(file.options.map(\.name) == ["features.(pb.cpp).string_type", "(.acme.opt)"])
    #expect(
      file.messages.first?.fields.first?.options.map(\.name) == [
        "features.(pb.cpp).string_type", "(a.b).c",
      ])
  }

  @Test func aggregateOptionValues() throws {
    let file = try parseClean(
      """
      syntax = "proto3";
      option (a) = {
        name: "x" "y"
        count: -3, ratio: 1.5e3; flag: true
        nested { inner: 1 deeper: { z: ENUM_VALUE } }
        angle < b: 2 >
        list: [1, 2, 3]
        messages: [{a: 1}, {a: 2}]
        messages2 [{a: 1}]
        [acme.ext]: 7
        [type.googleapis.com/acme.Any] { v: 'q' }
        empty: []
        negative_inf: -inf
        plain_nan: nan
      };
      """)
    let value = try #require(file.options.first?.value)
    guard case .aggregate(let fields) = value else {
      Issue.record("not an aggregate: \(value)")
      return
    }
    #expect(
      fields.map(\.name) == [
        "name", "count", "ratio", "flag", "nested", "angle", "list", "messages", "messages2",
        "[acme.ext]", "[type.googleapis.com/acme.Any]", "empty", "negative_inf", "plain_nan",
      ])
    #expect(fields[0].value == .string("xy"))
    #expect(fields[1].value == .integer("-3"))
    #expect(fields[2].value == .float("1.5e3"))
    #expect(fields[3].value == .bool(true))
    #expect(
      fields[4].value
        == .aggregate([
          ProtoAggregateField(name: "inner", value: .integer("1")),
          ProtoAggregateField(
            name: "deeper",
            value: .aggregate([ProtoAggregateField(name: "z", value: .identifier("ENUM_VALUE"))])),
        ]))
    #expect(fields[5].value == .aggregate([ProtoAggregateField(name: "b", value: .integer("2"))]))
    #expect(fields[6].value == .list([.integer("1"), .integer("2"), .integer("3")]))
    #expect(
      fields[7].value
        == .list([
          .aggregate([ProtoAggregateField(name: "a", value: .integer("1"))]),
          .aggregate([ProtoAggregateField(name: "a", value: .integer("2"))]),
        ]))
    #expect(fields[9].value == .integer("7"))
    #expect(fields[10].value == .aggregate([ProtoAggregateField(name: "v", value: .string("q"))]))
    #expect(fields[11].value == .list([]))
    #expect(fields[12].value == .float("-inf"))
    #expect(fields[13].value == .identifier("nan"))
    #expect(file.options.first?.span == ProtoTest.span(2, 1, 15, 3))
  }

  @Test(arguments: [
    ("\"a\" 'b' \"c\"", "abc"),
    (#""\a\b\f\n\r\t\v\\\'\"\?""#, "\u{07}\u{08}\u{0C}\n\r\t\u{0B}\\'\"?"),
    (#""\101\60\0""#, "A0\u{0}"),
    (#""\x41\x4a\X4B""#, "AJK"),
    (#""\u00e9\U0001F600""#, "é😀"),
    ("\"caf\u{E9}\"", "café"),
    (#""\303\251""#, "é"),
  ])
  func stringLiterals(literal: String, expected: String) throws {
    let file = try parseClean("syntax = \"proto3\";\noption (s) = \(literal);\n")
    #expect(file.options.first?.value == .string(expected))
  }

  @Test(arguments: [
    ("12", ProtoOptionValue.integer("12")),
    ("-12", .integer("-12")),
    ("0x1F", .integer("0x1F")),
    ("017", .integer("017")),
    ("1.5", .float("1.5")),
    ("-.5", .float("-.5")),
    ("1e5", .float("1e5")),
    ("2.5E-3", .float("2.5E-3")),
    ("inf", .identifier("inf")),
    ("-inf", .float("-inf")),
    ("nan", .identifier("nan")),
    ("true", .bool(true)),
    ("false", .bool(false)),
    ("SPEED", .identifier("SPEED")),
  ])
  func scalarLiterals(literal: String, expected: ProtoOptionValue) throws {
    let file = try parseClean("syntax = \"proto3\";\noption (s) = \(literal);\n")
    #expect(file.options.first?.value == expected)
  }

  @Test func defaultsAndJSONNames() throws {
    let file = try parseClean(
      """
      syntax = "proto2";
      message A {
        optional double d = 1 [default = -inf];
        optional string s = 2 [default = "a\\x41", json_name = "S"];
        optional int32 n = 3 [default = -0x10];
        repeated int32 p = 4 [packed = true];
      }
      """)
    let fields = try #require(file.messages.first?.fields)
    #expect(fields[0].options.named("default")?.value == .float("-inf"))
    #expect(fields[1].options.named("default")?.value == .string("aA"))
    #expect(fields[1].options.named("json_name")?.value == .string("S"))
    #expect(fields[1].options.named("json_name")?.span == ProtoTest.span(4, 45, 4, 60))
    #expect(fields[2].options.named("default")?.value == .integer("-0x10"))
    #expect(fields[3].options.named("packed")?.value == .bool(true))
  }

  @Test func keywordsAsIdentifiers() throws {
    let file = try parseClean(
      """
      syntax = "proto3";
      package syntax.import.option;
      message option {
        string message = 1;
        string service = 2;
        stream stream = 3;
        group group = 4;
        optional optional optional = 5;
        repeated required repeated = 6;
        int32 max = 7;
        reserved reserved_field = 8;
        map<string, map> map = 9;
        string returns = 10;
        enum enum { weak = 0; option = 1; reserved = 2; }
        message public {}
        oneof oneof { int32 to = 11; }
        int32 syntax = 12;
        int32 package = 13;
        int32 import = 14;
        int32 extend = 15;
        int32 extensions = 16;
        int32 rpc = 17;
        int32 inf = 18;
      }
      message stream {}
      message group {}
      message optional {}
      message required {}
      message reserved {}
      message map {}
      service service {
        rpc rpc(stream) returns (stream stream);
      }
      """)
    #expect(file.package == "syntax.import.option")
    let message = try #require(file.messages.first)
    #expect(message.name == "option")
    #expect(
      message.fields.map(\.name) == [
        "message", "service", "stream", "group", "optional", "repeated", "max", "reserved_field",
        "map",
        "returns", "to", "syntax", "package", "import", "extend", "extensions", "rpc", "inf",
      ])
    #expect(message.fields[2].type == .named("stream"))
    #expect(message.fields[3].type == .named("group"))
    #expect(message.fields[4].label == .optional)
    #expect(message.fields[4].type == .named("optional"))
    #expect(message.fields[5].type == .named("required"))
    #expect(message.fields[7].type == .named("reserved"))
    #expect(message.fields[8].type == .map(key: .string, value: .named("map")))
    #expect(message.enums.first?.values.map(\.name) == ["weak", "option", "reserved"])
    #expect(message.messages.map(\.name) == ["public"])
    #expect(message.enums.map(\.name) == ["enum"])
    #expect(message.oneofs.map(\.name) == ["oneof"])
    let method = try #require(file.services.first?.methods.first)
    #expect(method.name == "rpc")
    #expect(method.inputType == "stream")
    #expect(!method.clientStreaming)
    #expect(method.serverStreaming)
    #expect(method.outputType == "stream")
  }

  @Test func proto2Groups() throws {
    let file = try parseClean(
      """
      syntax = "proto2";
      package p;
      message A {
        optional group Result = 1 {
          required string url = 2;
        }
        oneof o {
          group Choice = 3 [deprecated = true] { optional int32 x = 4; }
        }
      }
      """)
    let message = try #require(file.messages.first)
    #expect(message.fields.map(\.name) == ["result", "choice"])
    #expect(message.fields[0].type == .group("Result"))
    #expect(message.fields[0].typeSpan == ProtoTest.span(4, 12, 4, 17))
    #expect(message.fields[0].nameSpan == ProtoTest.span(4, 18, 4, 24))
    #expect(message.fields[0].span == ProtoTest.span(4, 3, 6, 4))
    #expect(message.fields[1].oneofIndex == 0)
    #expect(message.fields[1].options.first?.name == "deprecated")
    #expect(message.messages.map(\.name) == ["Result", "Choice"])
    #expect(message.messages.map(\.isGroup) == [true, true])
    #expect(message.messages[0].fullName == "p.A.Result")
    #expect(message.messages[0].span == message.fields[0].span)
    #expect(message.messages[0].fields.first?.label == .required)
  }

  @Test func reservedAndExtensionRanges() throws {
    let file = try parseClean(
      """
      syntax = "proto2";
      message A {
        reserved 2, 15, 9 to 11, 40 to 90;
        reserved "foo", 'bar';
        extensions 100 to 199, 500 [(acme.verify) = true];
        extensions 1000 to max;
      }
      enum E {
        Z = 0;
        reserved -5 to -1, 10 to max;
        reserved "OLD";
      }
      """)
    let message = try #require(file.messages.first)
    #expect(
      message.reservedRanges.map { [$0.start, $0.end] } == [
        [2, 2], [15, 15], [9, 11], [40, 90],
      ])
    #expect(message.reservedRanges[2].span == ProtoTest.span(3, 19, 3, 26))
    #expect(message.reservedRanges[3].span == ProtoTest.span(3, 28, 3, 36))
    #expect(message.reservedNames.map(\.name) == ["foo", "bar"])
    #expect(message.reservedNames[0].span == ProtoTest.span(4, 12, 4, 17))
    #expect(
      message.extensionRanges.map { [$0.start, $0.end] } == [
        [100, 199], [500, 500], [1000, 536_870_911],
      ])
    #expect(message.extensionRanges[0].options.first?.name == "(acme.verify)")
    #expect(message.extensionRanges[1].options.count == 1)
    #expect(message.extensionRanges[2].options.isEmpty)
    let item = try #require(file.enums.first)
    #expect(item.reservedRanges.map { [$0.start, $0.end] } == [[-5, -1], [10, 2_147_483_647]])
    #expect(item.reservedRanges[0].span == ProtoTest.span(10, 12, 10, 20))
    #expect(item.reservedNames.map(\.name) == ["OLD"])
  }

  @Test func editionsReservedIdentifiers() throws {
    let file = try parseClean(
      """
      edition = "2023";
      message A {
        reserved foo, bar;
        int32 x = 1 [features.field_presence = IMPLICIT];
      }
      """)
    #expect(file.messages.first?.reservedNames.map(\.name) == ["foo", "bar"])
    #expect(file.messages.first?.reservedNames[1].span == ProtoTest.span(3, 17, 3, 20))
  }

  @Test func edition2024ImportOptionAndVisibility() throws {
    let file = try parseClean(
      """
      edition = "2024";
      import option "acme/opts.proto";
      export message A { local enum E { Z = 0; } }
      local message B {}
      """)
    #expect(file.imports.first?.modifier == .option)
    #expect(file.messages.map(\.name) == ["A", "B"])
    #expect(file.messages.first?.enums.map(\.name) == ["E"])
  }

  @Test func extendBlocks() throws {
    let file = try parseClean(
      """
      syntax = "proto2";
      package p;
      import "google/protobuf/descriptor.proto";
      extend google.protobuf.FieldOptions {
        optional string label = 50001;
        repeated int32 tags = 50002;
      }
      message A {
        extensions 10 to 20;
        extend A {
          optional A self = 10;
          optional group G = 11 { optional int32 v = 1; }
        }
      }
      """)
    let extend = try #require(file.extends.first)
    #expect(extend.extendee == "google.protobuf.FieldOptions")
    #expect(extend.extendeeSpan == ProtoTest.span(4, 8, 4, 36))
    #expect(extend.span == ProtoTest.span(4, 1, 7, 2))
    #expect(extend.fields.map(\.name) == ["label", "tags"])
    let message = try #require(file.messages.first)
    #expect(message.extends.first?.fields.map(\.name) == ["self", "g"])
    #expect(message.messages.map(\.fullName) == ["p.A.G"])
  }

  @Test func servicesAndStreams() throws {
    let file = try parseClean(
      """
      syntax = "proto3";
      package p;
      service Orders {
        rpc Get(GetRequest) returns (Order);
        rpc Watch(stream .p.WatchRequest) returns (stream Order) {
          option deprecated = true;
        }
      }
      """)
    let service = try #require(file.services.first)
    #expect(service.fullName == "p.Orders")
    #expect(service.span == ProtoTest.span(3, 1, 8, 2))
    let get = service.methods[0]
    #expect(get.span == ProtoTest.span(4, 3, 4, 39))
    #expect(get.inputTypeSpan == ProtoTest.span(4, 11, 4, 21))
    #expect(get.outputTypeSpan == ProtoTest.span(4, 32, 4, 37))
    let watch = service.methods[1]
    #expect(watch.inputType == ".p.WatchRequest")
    #expect(watch.clientStreaming && watch.serverStreaming)
    #expect(watch.clientStreamingSpan == ProtoTest.span(5, 13, 5, 19))
    #expect(watch.inputTypeSpan == ProtoTest.span(5, 20, 5, 35))
    #expect(watch.serverStreamingSpan == ProtoTest.span(5, 46, 5, 52))
    #expect(watch.span == ProtoTest.span(5, 3, 7, 4))
  }

  @Test func emptyStatementsAndNestedNames() throws {
    let file = try parseClean(
      """
      syntax = "proto3";;
      package a.b;;
      message Outer { ; message Inner { enum Kind { ; K = 0; } } ; }
      enum Top { T = 0; };
      service S { ; }
      """)
    let outer = try #require(file.messages.first)
    #expect(outer.fullName == "a.b.Outer")
    #expect(outer.messages.first?.fullName == "a.b.Outer.Inner")
    #expect(outer.messages.first?.enums.first?.fullName == "a.b.Outer.Inner.Kind")
    #expect(file.enums.first?.fullName == "a.b.Top")
    #expect(file.services.first?.methods.isEmpty == true)
  }

  @Test func fileCommentsGoToThePackage() throws {
    let file = try parseClean(
      """
      // Copyright header.

      // File doc.
      syntax = "proto3";

      // Package doc.
      package a.b; // package trailing
      """)
    #expect(file.packageComments.detached == [" Copyright header.", " File doc."])
    #expect(file.packageComments.leading == " Package doc.")
    #expect(file.packageComments.trailing == " package trailing")
  }

  @Test func commentsAttachLikeProtoc() throws {
    let file = try parseClean(
      """
      syntax = "proto3";

      // detached

      // Order doc
      // second line
      message Order { // after brace
        /* block
         * doc */
        string id = 1; // id trailing
        string name = 2;
        // name trailing on next line

        // total doc
        int64 total = 3;
      }
      """)
    let order = try #require(file.messages.first)
    #expect(order.comments.leading == " Order doc\n second line")
    #expect(order.comments.detached == [" detached"])
    #expect(order.comments.trailing == " after brace")
    #expect(order.fields[0].comments.leading == " block\n doc ")
    #expect(order.fields[0].comments.trailing == " id trailing")
    #expect(order.fields[1].comments.trailing == " name trailing on next line")
    #expect(order.fields[2].comments.leading == " total doc")
    #expect(order.fields[2].comments.detached.isEmpty)
  }
}
