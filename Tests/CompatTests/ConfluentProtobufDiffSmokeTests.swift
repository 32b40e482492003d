import Parsers
import SchemaModel
import Testing

@testable import Compat

/// Hand-built trees, independent of the Protobuf parser and linker.
private enum Tree {
  static let span = SourceSpan(
    start: TextPosition(line: 3, column: 5), end: TextPosition(line: 3, column: 20))

  static func field(
    _ name: String, _ number: Int, _ type: ProtoFieldType, label: ProtoLabel? = nil,
    oneof: Int? = nil, resolved: ProtoResolvedType? = nil
  ) -> ProtoField {
    ProtoField(
      name: name, number: number, label: label, type: type, oneofIndex: oneof, span: span,
      nameSpan: span, numberSpan: span, typeSpan: span, resolvedType: resolved)
  }

  static func message(
    _ fullName: String, _ fields: [ProtoField], oneofs: [String] = [],
    messages: [ProtoMessage] = []
  ) -> ProtoMessage {
    ProtoMessage(
      name: String(fullName.split(separator: ".").last ?? ""), fullName: fullName, span: span,
      nameSpan: span, fields: fields,
      oneofs: oneofs.map { ProtoOneof(name: $0, span: span, nameSpan: span) },
      messages: messages)
  }

  static func image(_ messages: [ProtoMessage], package: String? = nil) -> ProtoImage {
    let file = ProtoFile(path: "main.proto", syntax: .proto3, package: package, messages: messages)
    return ProtoImage(files: [file], targetPaths: ["main.proto"])
  }
}

@Suite struct ConfluentProtobufDiffSmokeTests {
  @Test func scalarGroupChangeIsIncompatible() {
    let old = Tree.image([Tree.message("M", [Tree.field("a", 1, .scalar(.int32))])])
    let new = Tree.image([Tree.message("M", [Tree.field("a", 1, .scalar(.string))])])
    let differences = ConfluentProtobufDiff.compare(original: old, update: new)
    #expect(differences.map(\.confluentText) == ["FIELD_SCALAR_KIND_CHANGED #/M/1"])
    #expect(!ConfluentProtobufDiff.isCompatible(original: old, update: new))
  }

  @Test func addedMessagePassesBackwardOnly() {
    let old = Tree.image([Tree.message("M", [])])
    let new = Tree.image([Tree.message("M", []), Tree.message("N", [])])
    #expect(ConfluentProtobufDiff.isCompatible(original: old, update: new))
    #expect(!ConfluentProtobufDiff.isCompatible(original: new, update: old))
  }
}
