import Foundation
import Lint
import Parsers
import SchemaModel

/// `schemacheck lint [FILE...]`: the lint rules over schema files, or over the config's
/// subjects. Parse errors are reported too (a schema that does not parse is not linted) and
/// make the status 2.
public struct LintRun: Sendable {
  /// Schema files as the user named them, and where they are.
  public var files: [(path: String, file: URL)]
  public var options: LintOptions
  /// The rules that run (the config's `use` less `except`).
  public var rules: [any LintRule] = LintRules.all
  /// The config's `ignore`, `ignore-only` and `severity`, matched against paths relative to the
  /// config's folder (display paths less `displayPrefix`).
  public var findingRules = FindingRules()
  public var displayPrefix = ""

  public init(files: [(path: String, file: URL)], options: LintOptions = LintOptions()) {
    self.files = files
    self.options = options
  }

  /// The files named on the command line, relative to `currentDirectory`.
  public static func commandLine(_ paths: [String], currentDirectory: URL) -> LintRun {
    LintRun(files: paths.map { ($0, PathText.url($0, relativeTo: currentDirectory)) })
  }

  /// The new schema of every subject of `config`, shown relative to `currentDirectory`.
  public static func subjects(of config: Config, currentDirectory: URL) throws(WorkspaceError)
    -> LintRun
  {
    let prefix = PathText.displayPrefix(of: config.directory, from: currentDirectory)
    var run = LintRun(
      files: try SubjectResolver.subjects(of: config).map { (prefix + $0.schemaPath, $0.file) },
      options: LintOptions(fieldNameCase: config.lint.fieldNameCase))
    run.rules = config.lint.selectedRules
    run.findingRules = config.lint.rules
    run.displayPrefix = prefix
    return run
  }

  public func run() throws(WorkspaceError) -> RunOutcome {
    var report = Report()
    report.lintedFiles = files.count
    var unparseable: [String] = []
    for (path, file) in files {
      let bytes = try SchemaFileReader.read(file, displayPath: path)
      let document = SchemaParsing.parse(bytes, path: path)
      report.findings += document.diagnostics.map { Finding($0) }
      if SchemaReadability.isUnparseable(document) { unparseable.append(path) }
      let relative =
        path.hasPrefix(displayPrefix) ? String(path.dropFirst(displayPrefix.count)) : path
      report.findings += LintRules.lint(document, rules: rules, options: options).compactMap {
        findingRules.apply(to: $0, path: relative).map { Finding($0) }
      }
    }
    return RunOutcome(report: report, unparseableSchemas: unparseable)
  }
}
