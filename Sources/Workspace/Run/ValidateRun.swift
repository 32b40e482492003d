import Foundation
import Parsers
import SchemaModel
import Validation

/// `schemacheck validate --schema S PAYLOAD...`: every payload against one schema (JSON Schema,
/// Avro or Protobuf).
public struct ValidateRun: Sendable {
  /// The schema as the user named it, and where it is.
  public var schemaPath: String
  public var schemaFile: URL
  /// `--message`: the root type (Protobuf message, Avro named type).
  public var message: String?
  /// Payload files as named, and where they are, in input order.
  public var payloads: [(path: String, file: URL)]
  public var settings: PayloadSettings
  public var compiler: any PayloadValidatorCompiling

  public init(
    schemaPath: String, schemaFile: URL, message: String? = nil,
    payloads: [(path: String, file: URL)], settings: PayloadSettings,
    compiler: any PayloadValidatorCompiling = JSONSchemaCompiler()
  ) {
    self.schemaPath = schemaPath
    self.schemaFile = schemaFile
    self.message = message
    self.payloads = payloads
    self.settings = settings
    self.compiler = compiler
  }

  /// Validates every payload; an unusable schema or an unreadable payload makes status 2.
  public func run() throws(WorkspaceError) -> RunOutcome {
    let bytes = try SchemaFileReader.read(schemaFile, displayPath: schemaPath)
    let validator: any PayloadValidating
    switch PayloadSchemaPreparation(settings: settings, compiler: compiler).prepare(
      bytes, path: schemaPath, file: schemaFile, message: message)
    {
    case .success(let prepared): validator = prepared
    case .failure(let failure):
      return RunOutcome(
        report: Report(findings: failure.diagnostics.map { Finding($0) }),
        unparseableSchemas: [schemaPath])
    }
    let format = validator.format
    let files = PayloadFileValidation(
      validator: validator, kind: { [settings] in settings.fileKind($0, format: format) })
    var report = Report()
    var unreadable: [String] = []
    for payload in payloads {
      let outcome = try files.run(payload.file, displayPath: payload.path)
      report.add(outcome)
      if outcome.isUnreadable { unreadable.append(payload.path) }
    }
    return RunOutcome(report: report, unparseableSchemas: unreadable)
  }
}

extension ValidateRun {
  /// The run the command line asks for: paths relative to `currentDirectory`, which is also the
  /// root that `$ref`s may not leave; `refMaps` are `PREFIX=DIR` texts (checked by the caller).
  public static func commandLine(
    schema: String, message: String? = nil, payloads: [String], options: CommandLineOptions,
    currentDirectory: URL
  ) throws(WorkspaceError) -> ValidateRun {
    var refs: [JSONSchemaRefMapping] = []
    for text in options.refMaps {
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
    var settings = PayloadSettings(
      jsonSchema: JSONSchemaRunSettings(
        defaultDraft: options.draft.flatMap(JSONSchemaDraft.init(configName:)),
        assertFormat: options.assertFormat, loader: loader),
      avroEncoding: options.avroEncoding,
      options: PayloadOptions(allowUnknownFields: options.allowUnknownFields),
      delimited: options.delimited,
      protoRoots: try ProtoPathOption.roots(options.protoPaths, currentDirectory: currentDirectory))
    settings.framing = options.framing
    return ValidateRun(
      schemaPath: schema, schemaFile: PathText.url(schema, relativeTo: currentDirectory),
      message: message,
      payloads: payloads.map { ($0, PathText.url($0, relativeTo: currentDirectory)) },
      settings: settings)
  }

  /// `validate`'s options that shape how schemas and payloads are read.
  public struct CommandLineOptions: Sendable {
    public var draft: String?
    public var refMaps: [String]
    public var assertFormat: Bool
    public var avroEncoding: AvroPayloadEncoding?
    public var allowUnknownFields: Bool
    public var delimited: Bool
    public var framing: BinaryFraming
    public var protoPaths: [String]

    public init(
      draft: String? = nil, refMaps: [String] = [], assertFormat: Bool = false,
      avroEncoding: AvroPayloadEncoding? = nil, allowUnknownFields: Bool = false,
      delimited: Bool = false, framing: BinaryFraming = .auto, protoPaths: [String] = []
    ) {
      self.framing = framing
      self.draft = draft
      self.refMaps = refMaps
      self.assertFormat = assertFormat
      self.avroEncoding = avroEncoding
      self.allowUnknownFields = allowUnknownFields
      self.delimited = delimited
      self.protoPaths = protoPaths
    }
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
