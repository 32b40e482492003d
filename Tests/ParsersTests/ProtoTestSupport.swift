import SchemaModel
import Testing

@testable import Parsers

/// Helpers shared by the Protobuf parser tests.
enum ProtoTest {
  static func parse(_ text: String) -> (file: ProtoFile, diagnostics: [Diagnostic]) {
    ProtoParser.parse(Array(text.utf8), path: "test.proto")
  }

  /// `line:col-line:col`.
  static func describe(_ span: SourceSpan?) -> String {
    guard let span else { return "nil" }
    return "\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
  }

  static func span(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceSpan {
    SourceSpan(
      start: TextPosition(line: line, column: column),
      end: TextPosition(line: endLine, column: endColumn))
  }

  /// `rule@line:col` for every diagnostic, in report order.
  static func findings(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.sorted(by: Diagnostic.reportOrder).map {
      "\($0.ruleID.rawValue)@\($0.location?.line ?? 0):\($0.location?.column ?? 0)"
    }
  }

  /// Every span in the tree, labelled with what it is (`field a.B.c type`).
  static func allSpans(of file: ProtoFile) -> [(label: String, span: SourceSpan)] {
    var spans: [(String, SourceSpan)] = []
    if let span = file.syntaxSpan { spans.append(("syntax", span)) }
    if let span = file.packageSpan { spans.append(("package", span)) }
    for item in file.imports {
      spans.append(("import \(item.path)", item.span))
      spans.append(("import path \(item.path)", item.pathSpan))
    }
    addOptions(file.options, owner: "file", to: &spans)
    for message in file.messages { addMessage(message, to: &spans) }
    for item in file.enums { addEnum(item, to: &spans) }
    for extend in file.extends { addExtend(extend, owner: "file", to: &spans) }
    for service in file.services {
      spans.append(("service \(service.fullName)", service.span))
      spans.append(("service \(service.fullName) name", service.nameSpan))
      addOptions(service.options, owner: service.fullName, to: &spans)
      for method in service.methods {
        let owner = "rpc \(service.fullName).\(method.name)"
        spans.append((owner, method.span))
        spans.append(("\(owner) name", method.nameSpan))
        spans.append(("\(owner) input", method.inputTypeSpan))
        spans.append(("\(owner) output", method.outputTypeSpan))
        if let span = method.clientStreamingSpan { spans.append(("\(owner) client stream", span)) }
        if let span = method.serverStreamingSpan { spans.append(("\(owner) server stream", span)) }
        addOptions(method.options, owner: owner, to: &spans)
      }
    }
    return spans
  }

  private static func addOptions(
    _ options: [ProtoOption], owner: String, to spans: inout [(String, SourceSpan)]
  ) {
    for option in options {
      spans.append(("\(owner) option \(option.name)", option.span))
      spans.append(("\(owner) option \(option.name) name", option.nameSpan))
      spans.append(("\(owner) option \(option.name) value", option.valueSpan))
    }
  }

  private static func addField(
    _ field: ProtoField, owner: String, to spans: inout [(String, SourceSpan)]
  ) {
    let label = "field \(owner).\(field.name)"
    spans.append((label, field.span))
    spans.append(("\(label) name", field.nameSpan))
    spans.append(("\(label) number", field.numberSpan))
    spans.append(("\(label) type", field.typeSpan))
    if let span = field.labelSpan { spans.append(("\(label) label", span)) }
    addOptions(field.options, owner: label, to: &spans)
  }

  private static func addRanges(
    _ ranges: [ProtoRange], owner: String, to spans: inout [(String, SourceSpan)]
  ) {
    for range in ranges {
      spans.append(("\(owner) range \(range.start)-\(range.end)", range.span))
      addOptions(range.options, owner: "\(owner) range", to: &spans)
    }
  }

  private static func addMessage(_ message: ProtoMessage, to spans: inout [(String, SourceSpan)]) {
    let owner = message.fullName
    spans.append(("message \(owner)", message.span))
    spans.append(("message \(owner) name", message.nameSpan))
    for field in message.fields { addField(field, owner: owner, to: &spans) }
    for oneof in message.oneofs {
      spans.append(("oneof \(owner).\(oneof.name)", oneof.span))
      spans.append(("oneof \(owner).\(oneof.name) name", oneof.nameSpan))
      addOptions(oneof.options, owner: "oneof \(oneof.name)", to: &spans)
    }
    addRanges(message.reservedRanges, owner: "\(owner) reserved", to: &spans)
    addRanges(message.extensionRanges, owner: "\(owner) extensions", to: &spans)
    for name in message.reservedNames {
      spans.append(("\(owner) reserved name \(name.name)", name.span))
    }
    addOptions(message.options, owner: owner, to: &spans)
    for nested in message.messages { addMessage(nested, to: &spans) }
    for nested in message.enums { addEnum(nested, to: &spans) }
    for extend in message.extends { addExtend(extend, owner: owner, to: &spans) }
  }

  private static func addEnum(_ item: ProtoEnum, to spans: inout [(String, SourceSpan)]) {
    let owner = item.fullName
    spans.append(("enum \(owner)", item.span))
    spans.append(("enum \(owner) name", item.nameSpan))
    for value in item.values {
      spans.append(("enum value \(owner).\(value.name)", value.span))
      spans.append(("enum value \(owner).\(value.name) name", value.nameSpan))
      spans.append(("enum value \(owner).\(value.name) number", value.numberSpan))
      addOptions(value.options, owner: "enum value \(value.name)", to: &spans)
    }
    addRanges(item.reservedRanges, owner: "\(owner) reserved", to: &spans)
    for name in item.reservedNames {
      spans.append(("\(owner) reserved name \(name.name)", name.span))
    }
    addOptions(item.options, owner: owner, to: &spans)
  }

  private static func addExtend(
    _ extend: ProtoExtend, owner: String, to spans: inout [(String, SourceSpan)]
  ) {
    spans.append(("extend \(extend.extendee) in \(owner)", extend.span))
    spans.append(("extend \(extend.extendee) in \(owner) extendee", extend.extendeeSpan))
    for field in extend.fields { addField(field, owner: "extend \(extend.extendee)", to: &spans) }
  }
}
