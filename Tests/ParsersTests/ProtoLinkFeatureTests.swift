import SchemaModel
import Testing

@testable import Parsers

/// Effective features: syntax and edition defaults, overridden file → message → field.
@Suite struct ProtoLinkFeatureTests {
  typealias Features = ProtoFeatureSet

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var syntax: ProtoSyntax
    var fileOptions: [ProtoOption] = []
    var messageOptions: [ProtoOption] = []
    var fieldOptions: [ProtoOption] = []
    var label: ProtoLabel? = nil
    var expected: @Sendable (inout Features) -> Void = { _ in }
    /// Starting point the expectation edits.
    var base: Features

    var testDescription: String { name }
  }

  static func option(_ name: String, _ value: String) -> ProtoOption {
    ProtoTree.option(name, .identifier(value))
  }

  static let proto2 = Features.defaults(for: .proto2)
  static let proto3 = Features.defaults(for: .proto3)
  static let edition2023 = Features.defaults(for: .edition("2023"))

  static let cases: [Case] = [
    Case(name: "proto2 defaults", syntax: .proto2, base: proto2),
    Case(name: "proto3 defaults", syntax: .proto3, base: proto3),
    Case(name: "edition 2023 defaults", syntax: .edition("2023"), base: edition2023),
    Case(
      name: "edition 2024 C++ strings are views", syntax: .edition("2024"),
      expected: { $0.cppStringType = .view }, base: edition2023),
    Case(
      name: "proto2 required is legacy required", syntax: .proto2, label: .required,
      expected: { $0.fieldPresence = .legacyRequired }, base: proto2),
    Case(
      name: "proto2 packed option", syntax: .proto2,
      fieldOptions: [ProtoTree.option("packed", .bool(true))],
      expected: { $0.repeatedFieldEncoding = .packed }, base: proto2),
    Case(
      name: "proto3 packed = false", syntax: .proto3,
      fieldOptions: [ProtoTree.option("packed", .bool(false))],
      expected: { $0.repeatedFieldEncoding = .expanded }, base: proto3),
    Case(
      name: "ctype CORD", syntax: .proto2, fieldOptions: [option("ctype", "CORD")],
      expected: { $0.cppStringType = .cord }, base: proto2),
    Case(
      name: "java_string_check_utf8", syntax: .proto3,
      fileOptions: [ProtoTree.option("java_string_check_utf8", .bool(true))],
      expected: { $0.javaUTF8Validation = .verify }, base: proto3),
    Case(
      name: "file-level implicit presence", syntax: .edition("2023"),
      fileOptions: [option("features.field_presence", "IMPLICIT")],
      expected: { $0.fieldPresence = .implicit }, base: edition2023),
    Case(
      name: "message overrides file", syntax: .edition("2023"),
      fileOptions: [option("features.field_presence", "IMPLICIT")],
      messageOptions: [option("features.field_presence", "EXPLICIT")], base: edition2023),
    Case(
      name: "field overrides message", syntax: .edition("2023"),
      messageOptions: [option("features.utf8_validation", "NONE")],
      fieldOptions: [option("features.utf8_validation", "VERIFY")], base: edition2023),
    Case(
      name: "field legacy required", syntax: .edition("2023"),
      fieldOptions: [option("features.field_presence", "LEGACY_REQUIRED")],
      expected: { $0.fieldPresence = .legacyRequired }, base: edition2023),
    Case(
      name: "every feature at file level", syntax: .edition("2023"),
      fileOptions: [
        option("features.enum_type", "CLOSED"),
        option("features.repeated_field_encoding", "EXPANDED"),
        option("features.utf8_validation", "NONE"),
        option("features.message_encoding", "DELIMITED"),
        option("features.json_format", "LEGACY_BEST_EFFORT"),
        option("features.(pb.cpp).string_type", "CORD"),
        option("features.(pb.java).utf8_validation", "VERIFY"),
      ],
      expected: {
        $0.enumType = .closed
        $0.repeatedFieldEncoding = .expanded
        $0.utf8Validation = .none
        $0.messageEncoding = .delimited
        $0.jsonFormat = .legacyBestEffort
        $0.cppStringType = .cord
        $0.javaUTF8Validation = .verify
      }, base: edition2023),
    Case(
      name: "aggregate features value", syntax: .edition("2023"),
      fileOptions: [
        ProtoTree.option(
          "features",
          .aggregate([
            ProtoAggregateField(name: "field_presence", value: .identifier("IMPLICIT")),
            ProtoAggregateField(name: "json_format", value: .identifier("LEGACY_BEST_EFFORT")),
          ]))
      ],
      expected: {
        $0.fieldPresence = .implicit
        $0.jsonFormat = .legacyBestEffort
      }, base: edition2023),
  ]

  @Test(arguments: cases)
  func fieldFeatures(_ testCase: Case) {
    let field = ProtoTree.field(
      "f", 1, .scalar(.string), label: testCase.label, options: testCase.fieldOptions)
    let message = ProtoTree.message("M", fields: [field], options: testCase.messageOptions)
    let file = ProtoTree.file(
      "f.proto", syntax: testCase.syntax, options: testCase.fileOptions, messages: [message])
    var expected = testCase.base
    testCase.expected(&expected)
    #expect(ProtoFeatures.resolve(field: field, in: message, file: file) == expected)
  }

  @Test func enumFeaturesFollowEnclosingMessages() {
    let enumeration = ProtoTree.enumeration(
      "Outer.Inner.E", options: [Self.option("features.json_format", "LEGACY_BEST_EFFORT")])
    let inner = ProtoTree.message(
      "Outer.Inner", enums: [enumeration], options: [Self.option("features.enum_type", "CLOSED")])
    let outer = ProtoTree.message("Outer", messages: [inner])
    let file = ProtoTree.file("f.proto", syntax: .edition("2023"), messages: [outer])
    let features = ProtoFeatures.resolve(enum: enumeration, parents: [outer, inner], file: file)
    #expect(features.enumType == .closed)
    #expect(features.jsonFormat == .legacyBestEffort)
    #expect(
      ProtoFeatures.resolve(enum: enumeration, file: ProtoTree.file("p2.proto", syntax: .proto2))
        .enumType == .closed)
  }

  @Test func oneofFeaturesApplyToMembers() {
    var oneof = ProtoOneof(name: "choice", span: ProtoTree.span(1), nameSpan: ProtoTree.span(1))
    oneof.options = [Self.option("features.utf8_validation", "NONE")]
    let field = ProtoTree.field("f", 1, .scalar(.string), oneof: 0)
    var message = ProtoTree.message("M", fields: [field])
    message.oneofs = [oneof]
    let file = ProtoTree.file("f.proto", syntax: .edition("2023"), messages: [message])
    #expect(ProtoFeatures.resolve(field: field, in: message, file: file).utf8Validation == .none)
  }

  struct CardinalityCase: CustomTestStringConvertible, Sendable {
    var name: String
    var syntax: ProtoSyntax
    var field: ProtoField
    var expected: ProtoCardinality
    var testDescription: String { name }
  }

  static let message = ProtoResolvedType(kind: .message, fullName: "M")

  static let cardinalityCases: [CardinalityCase] = [
    .init(
      name: "proto2 optional", syntax: .proto2,
      field: ProtoTree.field("f", 1, .scalar(.int32), label: .optional), expected: .optionalExplicit
    ),
    .init(
      name: "proto2 required", syntax: .proto2,
      field: ProtoTree.field("f", 1, .scalar(.int32), label: .required), expected: .required),
    .init(
      name: "proto3 implicit", syntax: .proto3, field: ProtoTree.field("f", 1, .scalar(.int32)),
      expected: .optionalImplicit),
    .init(
      name: "proto3 optional", syntax: .proto3,
      field: ProtoTree.field("f", 1, .scalar(.int32), label: .optional), expected: .optionalExplicit
    ),
    .init(
      name: "proto3 oneof member", syntax: .proto3,
      field: ProtoTree.field("f", 1, .scalar(.int32), oneof: 0), expected: .optionalExplicit),
    .init(
      name: "proto3 message", syntax: .proto3,
      field: {
        var field = ProtoTree.field("f", 1, .named("M"))
        field.resolvedType = message
        return field
      }(), expected: .optionalExplicit),
    .init(
      name: "proto3 repeated", syntax: .proto3,
      field: ProtoTree.field("f", 1, .scalar(.int32), label: .repeated), expected: .repeated),
    .init(
      name: "map", syntax: .proto3,
      field: ProtoTree.field("f", 1, .map(key: .string, value: .scalar(.int32))), expected: .map),
    .init(
      name: "edition explicit", syntax: .edition("2023"),
      field: ProtoTree.field("f", 1, .scalar(.int32)), expected: .optionalExplicit),
    .init(
      name: "edition implicit", syntax: .edition("2023"),
      field: ProtoTree.field(
        "f", 1, .scalar(.int32), options: [option("features.field_presence", "IMPLICIT")]),
      expected: .optionalImplicit),
    .init(
      name: "edition legacy required", syntax: .edition("2023"),
      field: ProtoTree.field(
        "f", 1, .scalar(.int32), options: [option("features.field_presence", "LEGACY_REQUIRED")]),
      expected: .required),
  ]

  @Test(arguments: cardinalityCases)
  func cardinality(_ testCase: CardinalityCase) {
    var message = ProtoTree.message("M", fields: [testCase.field])
    message.oneofs = [ProtoOneof(name: "o", span: ProtoTree.span(1), nameSpan: ProtoTree.span(1))]
    let file = ProtoTree.file("f.proto", syntax: testCase.syntax, messages: [message])
    #expect(
      ProtoFeatures.cardinality(of: testCase.field, in: message, file: file) == testCase.expected)
  }
}
