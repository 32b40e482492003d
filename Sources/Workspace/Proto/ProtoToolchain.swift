import Compat
import Parsers
import SchemaModel

/// Which of Buf's breaking rules gate a Protobuf subject: categories or rule ids, minus
/// `except`, with findings in `ignore` paths (or `ignoreOnly` per rule) dropped. Paths are
/// import paths (relative to an import root), as Buf's are module-relative.
public struct ProtoBreakingSelection: Hashable, Sendable {
  public var use: [String]
  public var except: [String]
  public var ignore: [String]
  public var ignoreOnly: [ProtoIgnoreOnly]

  public init(
    use: [String], except: [String] = [], ignore: [String] = [],
    ignoreOnly: [ProtoIgnoreOnly] = []
  ) {
    self.use = use
    self.except = except
    self.ignore = ignore
    self.ignoreOnly = ignoreOnly
  }

  /// The same selection in the Buf checker's terms (buf.yaml v2).
  var bufSelection: BufRuleSelection {
    var ignoreOnly: [String: [String]] = [:]
    for entry in self.ignoreOnly { ignoreOnly[entry.rule, default: []] += entry.paths }
    return BufRuleSelection(
      version: .v2, use: use, except: except, ignore: ignore, ignoreOnly: ignoreOnly)
  }
}

/// The one place the workspace meets the Protobuf parser, linker and Buf's rules.
enum ProtoToolchain {
  /// Parses a file and links it with its imports (transitively) found by `loader`.
  static func image(
    _ bytes: [UInt8], importPath: String, displayPath: String, loader: some ProtoImportLoader
  ) -> ProtoImage {
    let parsed = ProtoParser.parse(bytes, path: importPath, displayPath: displayPath)
    var image = ProtoLinker.link(targets: [parsed.file], loader: loader)
    image.diagnostics = parsed.diagnostics + image.diagnostics
    return image
  }

  /// The target file in the unified model, with every diagnostic of the image (a broken import
  /// makes the version unusable too); with `message`, the root is that message, and an error
  /// when the file defines no message of that name.
  static func document(of image: ProtoImage, displayPath: String, message: String?)
    -> SchemaDocument
  {
    guard let file = image.targetFiles.first else {
      return SchemaDocument(
        format: .protobuf, path: displayPath,
        diagnostics: image.diagnostics.sorted(by: Diagnostic.reportOrder))
    }
    let messages = allMessages(file.messages)
    let root = message.flatMap { name in
      messages.first { $0.fullName == name }?.fullName
        ?? file.messages.first { $0.name == name }?.fullName
    }
    var document = ProtoDocumentProjection.document(file, rootMessage: root)
    var diagnostics = image.diagnostics
    if let message, root == nil {
      let defined = file.messages.map(\.fullName)
      let known = defined.isEmpty ? "" : "; it defines \(defined.joined(separator: ", "))"
      diagnostics.append(
        Diagnostic(
          ruleID: "CONFIG_MESSAGE_NOT_FOUND", severity: .error,
          message: "message '\(message)' is not defined in \(displayPath)\(known)",
          location: SourceLocation(file: displayPath, line: 1, column: 1)))
    }
    document.path = displayPath
    document.diagnostics = diagnostics.sorted(by: Diagnostic.reportOrder)
    return document
  }

  private static func allMessages(_ messages: [ProtoMessage]) -> [ProtoMessage] {
    messages.flatMap { [$0] + allMessages($0.messages) }
  }

  /// Buf's breaking findings of `current` against `previous`, as error diagnostics located
  /// where Buf points (the span's start in the current file; `fallback` when Buf names no file).
  static func breakingFindings(
    previous: ProtoImage, current: ProtoImage, selection: ProtoBreakingSelection,
    fallback: String
  ) -> [Diagnostic] {
    let findings: [BufFinding]
    do {
      findings = try BufBreakingChecker.check(
        previous: previous, current: current, selection: selection.bufSelection)
    } catch {
      return [
        Diagnostic(
          ruleID: "CONFIG_UNKNOWN_BUF_RULE", severity: .error, message: error.description,
          location: SourceLocation(file: fallback, line: 1, column: 1))
      ]
    }
    return findings.map { diagnostic($0, fallback: fallback) }
  }

  static func diagnostic(_ finding: BufFinding, fallback: String) -> Diagnostic {
    let position = finding.span?.start ?? TextPosition(line: 1, column: 1)
    return Diagnostic(
      ruleID: RuleID(rawValue: finding.ruleID), severity: .error, message: finding.message,
      location: SourceLocation(file: finding.path ?? fallback, position: position))
  }
}
