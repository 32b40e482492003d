import Foundation
import SchemaModel
import Testing

@testable import Parsers

/// Spans and comments equal protoc's SourceCodeInfo for the fixtures in `Tests/Golden/proto`
/// (goldens written by protoc 31 through `Tests/Conformance/proto_source_info.py`).
@Suite("Proto spans and comments match protoc")
struct ProtoSourceInfoTests {
  static let fixtures: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ParsersTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Golden/proto")

  static let fixtureNames = [
    "comments", "same_line_comments", "editions", "other", "proto2_features", "tabs_and_utf8",
    "edition2024",
  ]

  /// What our tree says about one element: its span and, for declarations, its comments.
  struct Element {
    var span: SourceSpan
    var comments: ProtoComments?
  }

  /// Our elements keyed like the golden: `kind|full name`; ranges get `#index`.
  static func elements(of file: ProtoFile) -> [String: Element] {
    var table: [String: Element] = [:]
    func add(_ kind: String, _ name: String, _ span: SourceSpan?, _ comments: ProtoComments? = nil)
    {
      guard let span else { return }
      var key = "\(kind)|\(name)"
      var index = 0
      while table[key + (index == 0 ? "" : "#\(index)")] != nil { index += 1 }
      key += index == 0 ? "" : "#\(index)"
      table[key] = Element(span: span, comments: comments)
    }
    func addField(_ field: ProtoField, owner: String, comments: ProtoComments?) {
      let name = owner + "." + field.name
      add("field", name, field.span, comments ?? field.comments)
      add("field name", name, field.nameSpan)
      add("field number", name, field.numberSpan)
      add("field label", name, field.labelSpan)
      switch field.type {
      case .scalar: add("field type", name, field.typeSpan)
      case .group:
        add("field type", name, field.typeSpan)
        add("field type_name", name, field.nameSpan)
      case .named, .map: add("field type_name", name, field.typeSpan)
      }
    }
    func addEnum(_ item: ProtoEnum) {
      add("enum", item.fullName, item.span, item.comments)
      add("enum name", item.fullName, item.nameSpan)
      for value in item.values {
        let name = item.fullName + "." + value.name
        add("enum value", name, value.span, value.comments)
        add("enum value name", name, value.nameSpan)
        add("enum value number", name, value.numberSpan)
      }
      for range in item.reservedRanges { add("reserved range", item.fullName, range.span) }
      for name in item.reservedNames { add("reserved name", item.fullName, name.span) }
    }
    func addMessage(_ message: ProtoMessage) {
      let owner = message.fullName
      add("message", owner, message.span, message.comments)
      add("message name", owner, message.nameSpan)
      // protoc keeps a group's comments on its message; the field location has none.
      for field in message.fields {
        let isGroup = if case .group = field.type { true } else { false }
        addField(field, owner: owner, comments: isGroup ? ProtoComments() : nil)
      }
      for extend in message.extends {
        for field in extend.fields { addField(field, owner: owner, comments: nil) }
      }
      message.messages.forEach(addMessage)
      message.enums.forEach(addEnum)
      for oneof in message.oneofs {
        add("oneof", owner + "." + oneof.name, oneof.span, oneof.comments)
        add("oneof name", owner + "." + oneof.name, oneof.nameSpan)
      }
      for range in message.extensionRanges { add("extension range", owner, range.span) }
      for range in message.reservedRanges { add("reserved range", owner, range.span) }
      for name in message.reservedNames { add("reserved name", owner, name.span) }
    }
    add("syntax", "", file.syntaxSpan)
    add("package", file.package ?? "", file.packageSpan)
    for item in file.imports { add("import", item.path, item.span) }
    file.messages.forEach(addMessage)
    file.enums.forEach(addEnum)
    for extend in file.extends {
      for field in extend.fields { addField(field, owner: file.package ?? "", comments: nil) }
    }
    for service in file.services {
      add("service", service.fullName, service.span, service.comments)
      for method in service.methods {
        let name = service.fullName + "." + method.name
        add("rpc", name, method.span, method.comments)
        add("rpc input", name, method.inputTypeSpan)
        add("rpc output", name, method.outputTypeSpan)
        add("rpc client stream", name, method.clientStreamingSpan)
        add("rpc server stream", name, method.serverStreamingSpan)
      }
    }
    return table
  }

  /// protoc keeps the newline that ends a line comment; we drop that one final newline.
  static func comment(_ value: Any?) -> String? {
    guard var text = value as? String else { return nil }
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  @Test(arguments: fixtureNames)
  func spansAndCommentsEqualProtoc(fixture: String) throws {
    let source = Self.fixtures.appendingPathComponent("\(fixture).proto")
    let golden = Self.fixtures.appendingPathComponent("\(fixture).protoc.json")
    let bytes = try [UInt8](Data(contentsOf: source))
    let parsed = ProtoParser.parse(bytes, path: "\(fixture).proto")
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
    let ours = Self.elements(of: parsed.file)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: golden))
    let expected = try #require(json as? [[String: Any]])
    #expect(expected.count > 3)
    var seen: [String: Int] = [:]
    for item in expected {
      let kind = try #require(item["kind"] as? String)
      let name = try #require(item["name"] as? String)
      let numbers = try #require(item["span"] as? [Int])
      try #require(numbers.count == 4)
      var key = "\(kind)|\(name)"
      let repeatIndex = seen[key, default: 0]
      seen[key] = repeatIndex + 1
      if repeatIndex > 0 { key += "#\(repeatIndex)" }
      guard let element = ours[key] else {
        Issue.record("\(fixture): no \(key) in our tree")
        continue
      }
      #expect(
        element.span == ProtoTest.span(numbers[0], numbers[1], numbers[2], numbers[3]),
        "\(fixture) \(key): \(ProtoTest.describe(element.span)) vs protoc \(numbers)")
      guard item["detached"] != nil else { continue }
      let comments = element.comments ?? ProtoComments()
      #expect(comments.leading == Self.comment(item["leading"]), "\(fixture) \(key) leading")
      #expect(comments.trailing == Self.comment(item["trailing"]), "\(fixture) \(key) trailing")
      let detached = (item["detached"] as? [Any] ?? []).map { Self.comment($0) ?? "" }
      #expect(comments.detached == detached, "\(fixture) \(key) detached")
    }
  }
}
