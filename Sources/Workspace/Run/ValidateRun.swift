import Foundation
import Parsers
import SchemaModel
import Validation

/// `schemacheck validate --schema S PAYLOAD...`: every payload against one JSON Schema.
public struct ValidateRun: Sendable {
  /// The schema as the user named it, and where it is.
  public var schemaPath: String
  public var schemaFile: URL
  /// Payload files as named, and where they are, in input order.
  public var payloads: [(path: String, file: URL)]
  public var settings: JSONSchemaRunSettings
  public var compiler: any PayloadValidatorCompiling

  public init(
    schemaPath: String, schemaFile: URL, payloads: [(path: String, file: URL)],
    settings: JSONSchemaRunSettings, compiler: any PayloadValidatorCompiling
  ) {
    self.schemaPath = schemaPath
    self.schemaFile = schemaFile
    self.payloads = payloads
    self.settings = settings
    self.compiler = compiler
  }

  /// Validates every payload; an unusable schema or an unreadable payload makes status 2.
  public func run() throws(WorkspaceError) -> RunOutcome {
    let bytes = try SchemaFileReader.read(schemaFile, displayPath: schemaPath)
    let schema = JSONSchemaFile.parse(bytes, path: schemaPath, defaultDraft: settings.defaultDraft)
    if schema.document.hasErrors {
      return RunOutcome(
        report: Report(findings: schema.document.diagnostics.map { Finding($0) }),
        unparseableSchemas: [schemaPath])
    }
    let validator: any PayloadValidating
    switch compiler.compile(schema, file: schemaFile, settings: settings) {
    case .success(let compiled): validator = compiled
    case .failure(let failure):
      return RunOutcome(
        report: Report(findings: [Finding(failure.diagnostic)]), unparseableSchemas: [schemaPath])
    }
    var report = Report()
    var unreadable: [String] = []
    for payload in payloads {
      var fileUnreadable = false
      try PayloadReader.read(payload.file, displayPath: payload.path) { batch in
        let values = batch.compactMap { item -> JSONValue? in
          if case .payload(let value) = item { return value.value }
          return nil
        }
        var results = BatchValidation.validate(values, with: validator).makeIterator()
        for item in batch {
          switch item {
          case .payload(let value):
            let result = PayloadResult(
              file: payload.path, line: value.line, column: value.column,
              errors: results.next() ?? [])
            report.payloads.append(result)
            if let finding = Self.finding(for: result) { report.findings.append(finding) }
          case .unreadable(let diagnostic):
            report.findings.append(Finding(diagnostic))
            fileUnreadable = true
          }
        }
      }
      if fileUnreadable { unreadable.append(payload.path) }
    }
    return RunOutcome(report: report, unparseableSchemas: unreadable)
  }

  /// `PAYLOAD_INVALID` for a payload with errors, `COUNTEREXAMPLE_VALID` for a counterexample
  /// without; nil when the payload does what it should.
  static func finding(for result: PayloadResult, subject: String? = nil) -> Finding? {
    guard !result.meetsExpectation else { return nil }
    let location = SourceLocation(file: result.file, line: result.line, column: result.column)
    switch result.expectation {
    case .valid:
      let described = result.errors.map(Self.describe)
      var message = described.first ?? "the payload does not match the schema"
      if described.count > 1 { message += " (and \(described.count - 1) more)" }
      return Finding(
        Diagnostic(
          ruleID: "PAYLOAD_INVALID", severity: .error, message: message, location: location,
          notes: described.dropFirst().map { Diagnostic.Note(message: $0) }),
        subject: subject)
    case .invalid:
      return Finding(
        Diagnostic(
          ruleID: "COUNTEREXAMPLE_VALID", severity: .error,
          message: "the counterexample matches the schema; it must not validate",
          location: location),
        subject: subject)
    }
  }

  /// `/items/2/price: -1 is less than the minimum of 0` (`/` for the root).
  static func describe(_ error: JSONSchemaValidationError) -> String {
    "\(error.instanceLocation.isEmpty ? "/" : error.instanceLocation): \(error.message)"
  }
}

extension ValidateRun {
  /// The run the command line asks for: paths relative to `currentDirectory`, which is also the
  /// root that `$ref`s may not leave; `refMaps` are `PREFIX=DIR` texts (checked by the caller).
  public static func commandLine(
    schema: String, payloads: [String], draft: String?, refMaps: [String],
    assertFormat: Bool, currentDirectory: URL
  ) throws(WorkspaceError) -> ValidateRun {
    var refs: [JSONSchemaRefMapping] = []
    for text in refMaps {
      guard let mapping = parseRefMap(text) else { continue }
      var isDirectory: ObjCBool = false
      let folder = PathText.url(mapping.folder, relativeTo: currentDirectory)
      guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { throw .directoryNotFound(path: mapping.folder) }
      refs.append(mapping)
    }
    let loader = JSONSchemaFileLoader(
      root: currentDirectory, refs: refs, relativeTo: currentDirectory)
    return ValidateRun(
      schemaPath: schema, schemaFile: PathText.url(schema, relativeTo: currentDirectory),
      payloads: payloads.map { ($0, PathText.url($0, relativeTo: currentDirectory)) },
      settings: JSONSchemaRunSettings(
        defaultDraft: draft.flatMap(JSONSchemaDraft.init(configName:)), assertFormat: assertFormat,
        loader: loader),
      compiler: JSONSchemaCompiler())
  }

  /// True for `4`, `draft-07`, `2020-12` and the other names `--draft` accepts.
  public static func isKnownDraft(_ name: String) -> Bool {
    JSONSchemaDraft(configName: name) != nil
  }

  /// `https://example.com/schemas/=schemas` → prefix and folder; nil without `=` or a part.
  public static func parseRefMap(_ text: String) -> JSONSchemaRefMapping? {
    guard let separator = text.lastIndex(of: "=") else { return nil }
    let prefix = String(text[..<separator])
    let folder = String(text[text.index(after: separator)...])
    guard prefix.contains(":"), !folder.isEmpty else { return nil }
    return JSONSchemaRefMapping(prefix: prefix, folder: folder)
  }
}
