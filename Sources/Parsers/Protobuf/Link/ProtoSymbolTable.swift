import SchemaModel

/// One name a `.proto` file defines, as protoc's descriptor pool records it.
struct ProtoSymbol: Hashable, Sendable {
  enum Kind: String, Hashable, Sendable {
    case package, message, `enum`, enumValue = "enum value", field, oneof, service, method
    case `extension`

    /// Protoc's "aggregate": a name that can hold other names.
    var isAggregate: Bool {
      switch self {
      case .package, .message, .enum, .service: true
      default: false
      }
    }

    var isType: Bool { self == .message || self == .enum }
  }

  var kind: Kind
  var fullName: String
  /// The import path of the defining file (the first one, for packages).
  var file: String
  var location: SourceLocation?
  /// Extension ranges, for messages.
  var extensionRanges: [ProtoRange] = []
}

/// Every symbol of the loaded files, by full name; duplicates are collected, not stored.
struct ProtoSymbolTable: Sendable {
  private(set) var symbols: [String: ProtoSymbol] = [:]
  /// The second definitions of names already defined (with the first one's symbol).
  private(set) var duplicates: [(first: ProtoSymbol, second: ProtoSymbol)] = []

  subscript(fullName: String) -> ProtoSymbol? { symbols[fullName] }

  mutating func add(_ file: ProtoFile) {
    let path = file.path
    if let package = file.package, !package.isEmpty {
      var prefix = ""
      for component in package.split(separator: ".") {
        prefix = prefix.isEmpty ? String(component) : "\(prefix).\(component)"
        let symbol = ProtoSymbol(
          kind: .package, fullName: prefix, file: path,
          location: file.packageSpan.map { location(file, $0) })
        if let existing = symbols[prefix] {
          if existing.kind != .package { duplicates.append((existing, symbol)) }
        } else {
          symbols[prefix] = symbol
        }
      }
    }
    let scope = file.package ?? ""
    for message in file.messages { add(message, file: file) }
    for enumeration in file.enums { add(enumeration, scope: scope, file: file) }
    for extend in file.extends { addExtensions(extend, scope: scope, file: file) }
    for service in file.services {
      insert(
        .init(
          kind: .service, fullName: service.fullName, file: path,
          location: location(file, service.nameSpan)))
      for method in service.methods {
        insert(
          .init(
            kind: .method, fullName: "\(service.fullName).\(method.name)", file: path,
            location: location(file, method.nameSpan)))
      }
    }
  }

  private mutating func add(_ message: ProtoMessage, file: ProtoFile) {
    insert(
      .init(
        kind: .message, fullName: message.fullName, file: file.path,
        location: location(file, message.nameSpan), extensionRanges: message.extensionRanges))
    for field in message.fields {
      insert(
        .init(
          kind: .field, fullName: "\(message.fullName).\(field.name)", file: file.path,
          location: location(file, field.nameSpan)))
    }
    for oneof in message.oneofs {
      insert(
        .init(
          kind: .oneof, fullName: "\(message.fullName).\(oneof.name)", file: file.path,
          location: location(file, oneof.nameSpan)))
    }
    for nested in message.messages { add(nested, file: file) }
    for enumeration in message.enums { add(enumeration, scope: message.fullName, file: file) }
    for extend in message.extends { addExtensions(extend, scope: message.fullName, file: file) }
  }

  private mutating func add(_ enumeration: ProtoEnum, scope: String, file: ProtoFile) {
    insert(
      .init(
        kind: .enum, fullName: enumeration.fullName, file: file.path,
        location: location(file, enumeration.nameSpan)))
    // Enum values are siblings of their enum (C++ scoping), as in protoc.
    for value in enumeration.values {
      insert(
        .init(
          kind: .enumValue, fullName: Self.join(scope, value.name), file: file.path,
          location: location(file, value.nameSpan)))
    }
  }

  private mutating func addExtensions(_ extend: ProtoExtend, scope: String, file: ProtoFile) {
    for field in extend.fields {
      insert(
        .init(
          kind: .extension, fullName: Self.join(scope, field.name), file: file.path,
          location: location(file, field.nameSpan)))
    }
  }

  private mutating func insert(_ symbol: ProtoSymbol) {
    if let existing = symbols[symbol.fullName] {
      // Enum values of two enums in one scope clash in protoc too, but the parser reports
      // clashes inside one file; only clashes across files are the linker's.
      if existing.file != symbol.file { duplicates.append((existing, symbol)) }
      return
    }
    symbols[symbol.fullName] = symbol
  }

  private func location(_ file: ProtoFile, _ span: SourceSpan) -> SourceLocation {
    SourceLocation(file: file.displayPath, position: span.start)
  }

  static func join(_ scope: String, _ name: String) -> String {
    scope.isEmpty ? name : "\(scope).\(name)"
  }
}
