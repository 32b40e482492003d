import SchemaModel

/// The linker's findings: rule ids and fixed-text messages in one place.
enum ProtoLinkIssue {
  case importNotFound(path: String)
  case importFailed(path: String, reason: String)
  case importCycle(chain: [String])
  case importTooDeep(limit: Int)
  case unresolvedType(name: String, suggestion: String?)
  case shadowedType(name: String, resolvedTo: String)
  case notAType(name: String, kind: String)
  case typeNotImported(name: String, definedIn: String, file: String)
  case notAMessage(name: String, role: String)
  case duplicateSymbol(name: String, kind: String, firstFile: String)
  case extensionNumberOutOfRange(extendee: String, number: Int)
  case unknownOption(name: String)

  var ruleID: RuleID {
    switch self {
    case .importNotFound, .importFailed: "PROTO_IMPORT_NOT_FOUND"
    case .importCycle: "PROTO_IMPORT_CYCLE"
    case .importTooDeep: "PROTO_IMPORT_TOO_DEEP"
    case .unresolvedType, .shadowedType, .notAType: "PROTO_UNRESOLVED_TYPE"
    case .typeNotImported: "PROTO_TYPE_NOT_IMPORTED"
    case .notAMessage: "PROTO_NOT_A_MESSAGE"
    case .duplicateSymbol: "PROTO_DUPLICATE_SYMBOL"
    case .extensionNumberOutOfRange: "PROTO_EXTENSION_NUMBER_OUT_OF_RANGE"
    case .unknownOption: "PROTO_UNKNOWN_OPTION"
    }
  }

  var severity: Severity {
    if case .unknownOption = self { return .warning }
    return .error
  }

  var message: String {
    switch self {
    case .importNotFound(let path):
      "import '\(path)' was not found in the import roots or the well-known types"
    case .importFailed(let path, let reason):
      "import '\(path)' cannot be read: \(reason)"
    case .importCycle(let chain):
      "import cycle: " + chain.joined(separator: " -> ")
    case .importTooDeep(let limit):
      "imports are nested more than \(limit) files deep; the rest of this chain is not loaded"
    case .unresolvedType(let name, let suggestion):
      "type '\(name)' is not defined" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .shadowedType(let name, let resolvedTo):
      "type '\(name)' resolves to '\(resolvedTo)', which is not defined; the innermost scope is "
        + "searched first, write '.\(name)' to start from the outermost scope"
    case .notAType(let name, let kind):
      "'\(name)' is a \(kind), not a message or enum type"
    case .typeNotImported(let name, let definedIn, let file):
      "'\(name)' seems to be defined in '\(definedIn)', which is not imported by '\(file)'; "
        + "add `import \"\(definedIn)\";`"
    case .notAMessage(let name, let role):
      "\(role) '\(name)' is an enum, not a message type"
    case .duplicateSymbol(let name, let kind, let firstFile):
      "'\(name)' is already defined as a \(kind) in '\(firstFile)'"
    case .extensionNumberOutOfRange(let extendee, let number):
      "'\(extendee)' does not declare \(number) as an extension number"
    case .unknownOption(let name):
      "custom option '(\(name))' does not name a known extension; import the file that "
        + "defines it"
    }
  }

  func diagnostic(file: String, at position: TextPosition) -> Diagnostic {
    Diagnostic(
      ruleID: ruleID, severity: severity, message: message,
      location: SourceLocation(file: file, position: position))
  }
}
