import SchemaModel

/// The syntax or edition a `.proto` file declares. A file without a declaration is proto2.
public enum ProtoSyntax: Hashable, Sendable {
  case proto2
  case proto3
  /// `edition = "2023";` (the string as written).
  case edition(String)
}

/// One parsed `.proto` file: the whole source-level tree with a span on every element, so that
/// findings point where Buf points. The linker fills in `ProtoField.resolvedType` and friends.
public struct ProtoFile: Hashable, Sendable {
  /// The import path (relative to its import root, `google/type/date.proto`); every location
  /// uses `displayPath`.
  public var path: String
  /// The path findings are reported with (relative to the current directory).
  public var displayPath: String
  public var syntax: ProtoSyntax
  /// The `syntax = ...;` / `edition = ...;` statement, nil when absent.
  public var syntaxSpan: SourceSpan?
  /// The package, without a leading dot; nil when the file has none.
  public var package: String?
  public var packageSpan: SourceSpan?
  public var imports: [ProtoImport]
  public var options: [ProtoOption]
  public var messages: [ProtoMessage]
  public var enums: [ProtoEnum]
  public var services: [ProtoService]
  /// Top-level `extend` blocks.
  public var extends: [ProtoExtend]
  /// Comments before the syntax statement and the package (`leading` of the package is the
  /// package's doc).
  public var packageComments: ProtoComments

  public init(
    path: String, displayPath: String? = nil, syntax: ProtoSyntax = .proto2,
    syntaxSpan: SourceSpan? = nil, package: String? = nil, packageSpan: SourceSpan? = nil,
    imports: [ProtoImport] = [], options: [ProtoOption] = [], messages: [ProtoMessage] = [],
    enums: [ProtoEnum] = [], services: [ProtoService] = [], extends: [ProtoExtend] = [],
    packageComments: ProtoComments = ProtoComments()
  ) {
    self.path = path
    self.displayPath = displayPath ?? path
    self.syntax = syntax
    self.syntaxSpan = syntaxSpan
    self.package = package
    self.packageSpan = packageSpan
    self.imports = imports
    self.options = options
    self.messages = messages
    self.enums = enums
    self.services = services
    self.extends = extends
    self.packageComments = packageComments
  }
}

public struct ProtoImport: Hashable, Sendable {
  public enum Modifier: String, Hashable, Sendable {
    /// `option`: edition 2024's `import option "x.proto";` (only for custom options).
    case none, `public`, weak, option
  }

  public var path: String
  public var modifier: Modifier
  public var span: SourceSpan
  /// The span of the quoted path.
  public var pathSpan: SourceSpan

  public init(path: String, modifier: Modifier = .none, span: SourceSpan, pathSpan: SourceSpan) {
    self.path = path
    self.modifier = modifier
    self.span = span
    self.pathSpan = pathSpan
  }
}

/// Comments attached to an element, as protoc attaches them (text without `//` or `/* */`).
/// The text is protoc's `SourceCodeInfo` text without its one final newline: lines joined with
/// "\n", each keeping its leading space (`// a` + `// b` is " a\n b"); empty comments are nil.
public struct ProtoComments: Hashable, Sendable {
  public var leading: String?
  public var trailing: String?
  public var detached: [String]

  public init(leading: String? = nil, trailing: String? = nil, detached: [String] = []) {
    self.leading = leading
    self.trailing = trailing
    self.detached = detached
  }
}
