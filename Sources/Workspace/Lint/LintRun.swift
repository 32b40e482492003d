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
  /// The rules that run (the config's `use` less `except`); without a config, DEFAULT (rules
  /// off by default, such as the documentation rules, run only when a config names them).
  public var rules: [any LintRule] = LintRules.selected(sets: [.default])
  /// The config's `ignore`, `ignore-only` and `severity`, matched against paths relative to the
  /// config's folder (display paths less `displayPrefix`).
  public var findingRules = FindingRules()
  public var displayPrefix = ""
  /// Import roots for `.proto` files (absolute); empty means the current directory.
  public var protoRoots: [URL] = []
  /// The draft of JSON Schemas without `$schema`.
  public var jsonSchemaDraft: JSONSchemaDraft = .draft202012
  /// Where display paths start.
  public var currentDirectory: URL
  /// Meta-schema and pattern checks for the JSON Schema rules.
  public var jsonSchemaChecks: (any JSONSchemaLintChecks)? = ValidatorLintChecks()

  public init(
    files: [(path: String, file: URL)], options: LintOptions = LintOptions(),
    currentDirectory: URL
  ) {
    self.files = files
    self.options = options
    self.currentDirectory = currentDirectory
  }

  /// The files named on the command line, relative to `currentDirectory`.
  public static func commandLine(_ paths: [String], currentDirectory: URL) -> LintRun {
    LintRun(
      files: paths.map { ($0, PathText.url($0, relativeTo: currentDirectory)) },
      currentDirectory: currentDirectory)
  }

  /// The new schema of every subject of `config`, shown relative to `currentDirectory`.
  public static func subjects(of config: Config, currentDirectory: URL) throws(WorkspaceError)
    -> LintRun
  {
    let prefix = PathText.displayPrefix(of: config.directory, from: currentDirectory)
    var run = LintRun(
      files: try SubjectResolver.subjects(of: config).filter { $0.embeddedSchema == nil }.map {
        (prefix + $0.schemaPath, $0.file)
      },
      options: config.lint.options,
      currentDirectory: currentDirectory)
    run.protoRoots = config.protoRootURLs
    run.jsonSchemaDraft = config.jsonSchema.draft ?? .draft202012
    run.rules = config.lint.selectedRules
    run.findingRules = config.lint.rules
    run.displayPrefix = prefix
    return run
  }

  public func run() throws(WorkspaceError) -> RunOutcome {
    var report = Report()
    report.lintedFiles = files.count
    var unparseable: [String] = []
    var inputs: [LintInput] = []
    var contents: [String: [UInt8]] = [:]
    var reader = LintInputReader(protoRoots: protoRoots, currentDirectory: currentDirectory)
    reader.defaultDraft = jsonSchemaDraft
    for (path, file) in files {
      let bytes = try SchemaFileReader.read(file, displayPath: path)
      contents[path] = bytes
      let input = reader.input(bytes, path: path, file: file)
      report.findings += input.document.diagnostics.map { Finding($0) }
      if SchemaReadability.isUnparseable(input.document) { unparseable.append(path) }
      inputs.append(input)
    }
    let context = LintContext(options: options, jsonSchemaChecks: jsonSchemaChecks)
    report.findings += LintRules.lint(inputs, rules: rules, context: context).compactMap {
      finding in
      let path = finding.location?.file ?? ""
      let relative =
        path.hasPrefix(displayPrefix) ? String(path.dropFirst(displayPrefix.count)) : path
      return findingRules.apply(to: finding, path: relative).map { Finding($0) }
    }
    // Inline suppressions silence lint findings as they do compatibility findings.
    let known = contents
    let filter = SuppressionFilter { path in known[path] }
    report = filter.apply(to: report, unparseableSchemas: unparseable)
    return RunOutcome(report: report, unparseableSchemas: unparseable)
  }
}
