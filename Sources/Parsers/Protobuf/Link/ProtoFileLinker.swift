import SchemaModel

/// Resolves the type names of one file in place and collects the findings.
struct ProtoFileLinker {
  let table: ProtoSymbolTable
  let resolver: ProtoNameResolver
  private(set) var diagnostics: [Diagnostic] = []
  private var displayPath = ""
  private var path = ""

  init(table: ProtoSymbolTable, visibleFiles: Set<String>, packages: [String]) {
    self.table = table
    self.resolver = ProtoNameResolver(
      table: table, visibleFiles: visibleFiles, visiblePackages: packages)
  }

  mutating func link(_ file: inout ProtoFile) {
    displayPath = file.displayPath
    path = file.path
    let package = file.package ?? ""
    checkOptions(file.options, scope: ProtoSymbolTable.join(package, "dummy"))
    for index in file.messages.indices { link(&file.messages[index]) }
    for index in file.enums.indices { link(file.enums[index]) }
    for index in file.extends.indices { link(&file.extends[index], scope: package) }
    for index in file.services.indices { link(&file.services[index]) }
  }

  private mutating func link(_ message: inout ProtoMessage) {
    checkOptions(message.options, scope: message.fullName)
    let scope = message.fullName
    for index in message.fields.indices { link(&message.fields[index], scope: scope) }
    for oneof in message.oneofs {
      checkOptions(oneof.options, scope: ProtoSymbolTable.join(scope, oneof.name))
    }
    for range in message.extensionRanges { checkOptions(range.options, scope: scope) }
    for index in message.messages.indices { link(&message.messages[index]) }
    for enumeration in message.enums { link(enumeration) }
    for index in message.extends.indices { link(&message.extends[index], scope: scope) }
  }

  private mutating func link(_ enumeration: ProtoEnum) {
    checkOptions(enumeration.options, scope: enumeration.fullName)
    for value in enumeration.values {
      checkOptions(value.options, scope: ProtoSymbolTable.join(enumeration.fullName, value.name))
    }
  }

  /// `scope` is the enclosing message's full name, or the package for top-level fields.
  private mutating func link(_ field: inout ProtoField, scope: String) {
    let fieldName = ProtoSymbolTable.join(scope, field.name)
    checkOptions(field.options, scope: fieldName)
    let written: String
    switch field.type {
    case .scalar: return
    case .map(_, .scalar): return
    case .map(_, .named(let name)), .named(let name): written = name
    case .group(let name), .map(_, .group(let name)): written = name
    case .map(_, .map): return
    }
    guard let symbol = resolveType(written, from: fieldName, at: field.typeSpan.start) else {
      return
    }
    field.resolvedType = ProtoResolvedType(
      kind: symbol.kind == .enum ? .enum : .message, fullName: symbol.fullName)
  }

  private mutating func link(_ extend: inout ProtoExtend, scope: String) {
    let extendee = resolveType(
      extend.extendee, from: ProtoSymbolTable.join(scope, "extend"),
      at: extend.extendeeSpan.start)
    if let extendee {
      if extendee.kind == .message {
        extend.resolvedExtendee = extendee.fullName
      } else {
        report(.notAMessage(name: extend.extendee, role: "extendee"), at: extend.extendeeSpan)
      }
    }
    for index in extend.fields.indices {
      link(&extend.fields[index], scope: scope)
      let field = extend.fields[index]
      guard let extendee, extendee.kind == .message else { continue }
      if !extendee.extensionRanges.contains(where: { $0.contains(field.number) }) {
        report(
          .extensionNumberOutOfRange(extendee: extendee.fullName, number: field.number),
          at: field.numberSpan)
      }
    }
  }

  private mutating func link(_ service: inout ProtoService) {
    checkOptions(service.options, scope: service.fullName)
    for index in service.methods.indices {
      var method = service.methods[index]
      let methodName = ProtoSymbolTable.join(service.fullName, method.name)
      checkOptions(method.options, scope: methodName)
      method.resolvedInputType = resolveMessage(
        method.inputType, from: methodName, at: method.inputTypeSpan, role: "rpc input")
      method.resolvedOutputType = resolveMessage(
        method.outputType, from: methodName, at: method.outputTypeSpan, role: "rpc output")
      service.methods[index] = method
    }
  }

  private mutating func resolveMessage(
    _ name: String, from scope: String, at span: SourceSpan, role: String
  ) -> String? {
    guard let symbol = resolveType(name, from: scope, at: span.start) else { return nil }
    guard symbol.kind == .message else {
      report(.notAMessage(name: name, role: role), at: span)
      return nil
    }
    return symbol.fullName
  }

  /// A message or enum, or nil after reporting why not.
  private mutating func resolveType(_ name: String, from scope: String, at position: TextPosition)
    -> ProtoSymbol?
  {
    switch resolver.lookup(name, relativeTo: scope, typesOnly: true) {
    case .found(let symbol):
      if symbol.kind.isType { return symbol }
      report(.notAType(name: name, kind: symbol.kind.rawValue), at: position)
    case .shadowed(let resolvedTo):
      report(.shadowedType(name: name, resolvedTo: resolvedTo), at: position)
    case .notImported(let fullName, let file):
      report(.typeNotImported(name: fullName, definedIn: file, file: path), at: position)
    case .notFound:
      report(.unresolvedType(name: name, suggestion: suggestion(for: name)), at: position)
    }
    return nil
  }

  /// The types this file sees, prepared once: a file with many unresolved names must not
  /// scan the whole symbol table for each.
  private var suggestions: ProtoNameSuggestion?
  /// Suggestions made so far; past `suggestionLimit` a file's unresolved names get none, which
  /// keeps a file full of unknown names linear.
  private var suggestionCount = 0
  private static let suggestionLimit = 20

  private mutating func suggestion(for name: String) -> String? {
    suggestionCount += 1
    guard suggestionCount <= Self.suggestionLimit else { return nil }
    let prepared =
      suggestions
      ?? ProtoNameSuggestion(
        candidates: table.symbols.values
          .filter { $0.kind.isType && resolver.visibleFiles.contains($0.file) }
          .map(\.fullName))
    suggestions = prepared
    return prepared.nearest(to: name)
  }

  /// Custom options `(x.y)` must name an extension the file can see (a warning, as the value
  /// is not checked further).
  private mutating func checkOptions(_ options: [ProtoOption], scope: String) {
    for option in options {
      for name in Self.extensionNames(in: option.name) {
        if case .found(let symbol) = resolver.lookup(name, relativeTo: scope, typesOnly: false),
          symbol.kind == .extension
        {
          continue
        }
        report(.unknownOption(name: name), at: option.nameSpan)
      }
    }
  }

  /// The parenthesised parts of an option name: `(a.b).c.(d.e)` gives `a.b` and `d.e`.
  static func extensionNames(in optionName: String) -> [String] {
    var names: [String] = []
    var current: String?
    for character in optionName {
      switch character {
      case "(": current = ""
      case ")":
        if let name = current { names.append(name) }
        current = nil
      default:
        current?.append(character)
      }
    }
    return names
  }

  private mutating func report(_ issue: ProtoLinkIssue, at span: SourceSpan) {
    report(issue, at: span.start)
  }

  private mutating func report(_ issue: ProtoLinkIssue, at position: TextPosition) {
    diagnostics.append(issue.diagnostic(file: displayPath, at: position))
  }
}
