import SchemaModel

@testable import Parsers

/// Builds source trees by hand, so that linker tests do not depend on the parser. Each
/// element is placed on the line given; its type token at column 10.
enum ProtoTree {
  static func span(_ line: Int, _ column: Int = 1) -> SourceSpan {
    SourceSpan(
      start: TextPosition(line: line, column: column),
      end: TextPosition(line: line, column: column + 1))
  }

  static func field(
    _ name: String, _ number: Int, _ type: ProtoFieldType, label: ProtoLabel? = nil,
    oneof: Int? = nil, options: [ProtoOption] = [], line: Int = 1
  ) -> ProtoField {
    ProtoField(
      name: name, number: number, label: label, type: type, oneofIndex: oneof, options: options,
      span: span(line), nameSpan: span(line, 20), numberSpan: span(line, 30),
      typeSpan: span(line, 10))
  }

  static func message(
    _ fullName: String, fields: [ProtoField] = [], messages: [ProtoMessage] = [],
    enums: [ProtoEnum] = [], extends: [ProtoExtend] = [], extensionRanges: [ProtoRange] = [],
    oneofs: [String] = [], options: [ProtoOption] = [], line: Int = 1
  ) -> ProtoMessage {
    ProtoMessage(
      name: simpleName(fullName), fullName: fullName, span: span(line), nameSpan: span(line, 9),
      fields: fields,
      oneofs: oneofs.map { ProtoOneof(name: $0, span: span(line), nameSpan: span(line)) },
      messages: messages, enums: enums, extends: extends, extensionRanges: extensionRanges,
      options: options)
  }

  static func enumeration(
    _ fullName: String, values: [String] = ["ZERO"], options: [ProtoOption] = [], line: Int = 1
  )
    -> ProtoEnum
  {
    ProtoEnum(
      name: simpleName(fullName), fullName: fullName, span: span(line), nameSpan: span(line, 6),
      values: values.enumerated().map { index, name in
        ProtoEnumValue(
          name: name, number: index, span: span(line), nameSpan: span(line),
          numberSpan: span(line))
      }, options: options)
  }

  static func extend(_ extendee: String, fields: [ProtoField], line: Int = 1) -> ProtoExtend {
    ProtoExtend(extendee: extendee, span: span(line), extendeeSpan: span(line, 8), fields: fields)
  }

  static func service(
    _ fullName: String, methods: [(name: String, input: String, output: String, line: Int)]
  ) -> ProtoService {
    ProtoService(
      name: simpleName(fullName), fullName: fullName, span: span(1), nameSpan: span(1),
      methods: methods.map {
        ProtoMethod(
          name: $0.name, inputType: $0.input, outputType: $0.output, span: span($0.line),
          nameSpan: span($0.line, 7), inputTypeSpan: span($0.line, 12),
          outputTypeSpan: span($0.line, 40))
      })
  }

  static func option(_ name: String, _ value: ProtoOptionValue, line: Int = 1) -> ProtoOption {
    ProtoOption(
      name: name, value: value, span: span(line), nameSpan: span(line, 8), valueSpan: span(line))
  }

  static func file(
    _ path: String, package: String? = nil, syntax: ProtoSyntax = .proto3,
    imports: [String] = [], publicImports: [String] = [], options: [ProtoOption] = [],
    messages: [ProtoMessage] = [], enums: [ProtoEnum] = [], services: [ProtoService] = [],
    extends: [ProtoExtend] = []
  ) -> ProtoFile {
    var importStatements: [ProtoImport] = []
    for (index, name) in imports.enumerated() {
      importStatements.append(
        ProtoImport(path: name, span: span(index + 2), pathSpan: span(index + 2, 8)))
    }
    for (index, name) in publicImports.enumerated() {
      let line = imports.count + index + 2
      importStatements.append(
        ProtoImport(path: name, modifier: .public, span: span(line), pathSpan: span(line, 15)))
    }
    return ProtoFile(
      path: path, syntax: syntax, package: package, packageSpan: span(1), imports: importStatements,
      options: options, messages: messages, enums: enums, services: services, extends: extends)
  }

  private static func simpleName(_ fullName: String) -> String {
    String(fullName.split(separator: ".").last ?? Substring(fullName))
  }
}

/// A loader over hand-built trees: every import the test knows comes back as a marker the
/// linker cannot parse, so these tests give all files as targets instead.
struct NoImportLoader: ProtoImportLoader {
  func load(importPath: String) -> ProtoImportLoad { .notFound }
}

extension ProtoImage {
  /// The linked file at `path`.
  func file(_ path: String) -> ProtoFile? { files.first { $0.path == path } }

  /// `rule@line:column` of every diagnostic, sorted.
  var findings: [String] {
    diagnostics.sorted(by: Diagnostic.reportOrder).map {
      "\($0.ruleID)@\($0.location?.file ?? ""):\($0.location?.line ?? 0):\($0.location?.column ?? 0)"
    }
  }
}
