import ArgumentParser
import Foundation
import Workspace

/// `schemacheck validate [--schema S] PAYLOAD...`: payload files against a JSON Schema, Avro or
/// Protobuf schema, or against the subjects of schemacheck.yaml whose fixtures they are.
struct ValidateCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Validate payloads against a JSON Schema, Avro or Protobuf schema.",
    discussion: """
      Payloads: .json, .yaml/.yml, .jsonl/.ndjson (one payload a line); binary: .bin, .pb, \
      .binpb (one Avro datum or Protobuf message, Confluent's framing detected), .avro (an Avro \
      object container file), or any file with --delimited (varint length before each payload). \
      Without --schema, each payload is checked against the subject of schemacheck.yaml whose \
      examples or counterexamples it is; without payloads, every subject's fixtures are checked. \
      Exit 1 when a payload is invalid, 2 when a schema or a payload file cannot be used.
      """)

  @Option(name: .long, help: "The schema (.json/.yaml JSON Schema, .avsc, .proto).")
  var schema: String?

  @Option(name: .long, help: "The config file, when validating without --schema.")
  var config: String?

  @Argument(help: "Payload files.")
  var payloads: [String] = []

  @Option(
    name: .long,
    help: "The root type: the Protobuf message (package.Name) or Avro named type to validate.")
  var message: String?

  @Option(
    name: .customLong("avro-encoding"),
    help: ArgumentHelp(
      "How Avro payloads are written: plain (JSON as producers write it), json (Avro's JSON "
        + "encoding), binary."))
  var avroEncoding: AvroPayloadEncoding?

  @Flag(
    name: .customLong("allow-unknown-fields"),
    help: "Report fields the schema does not declare as warnings, not errors.")
  var allowUnknownFields = false

  @Flag(name: .long, help: "Binary files hold many payloads, each after its length as a varint.")
  var delimited = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Whether binary payloads carry Confluent's framing: auto (detected), confluent, none."))
  var framing: BinaryFraming?

  @Option(
    name: [.customShort("I", allowingJoined: true), .customLong("proto-path")],
    help: ArgumentHelp("A Protobuf import root (repeatable; default: here).", valueName: "DIR"))
  var protoPaths: [String] = []

  @Option(name: .long, help: "The draft for a schema without $schema: 4, 6, 7, 2019-09, 2020-12.")
  var draft: String?

  @Option(
    name: .customLong("ref-map"),
    help: ArgumentHelp(
      "Load $refs starting with PREFIX from DIR (repeatable).", valueName: "PREFIX=DIR"))
  var refMaps: [String] = []

  @Flag(name: .customLong("assert-format"), help: "Make `format` an assertion, not a note.")
  var assertFormat = false

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if schema != nil, payloads.isEmpty {
      throw ValidationError("give at least one payload file to validate")
    }
    if schema != nil, config != nil {
      throw ValidationError("--schema and --config exclude each other")
    }
    if let draft, !ValidateRun.isKnownDraft(draft) {
      throw ValidationError(
        "unknown draft '\(draft)'; use 4, 6, 7, 2019-09 or 2020-12")
    }
    for text in refMaps where ValidateRun.parseRefMap(text) == nil {
      throw ValidationError(
        "--ref-map '\(text)' must be PREFIX=DIR, such as https://example.com/schemas/=schemas")
    }
  }

  mutating func execute() async -> ExitStatus {
    let currentDirectory = Console.currentDirectory
    let options = ValidateRun.CommandLineOptions(
      draft: draft, refMaps: refMaps, assertFormat: assertFormat, avroEncoding: avroEncoding,
      allowUnknownFields: allowUnknownFields, delimited: delimited, framing: framing ?? .auto,
      protoPaths: protoPaths)
    do {
      guard let schema else { return try await configRun(currentDirectory: currentDirectory) }
      let run = try ValidateRun.commandLine(
        schema: schema, message: message, payloads: payloads, options: options,
        currentDirectory: currentDirectory)
      return output.emit(try run.run())
    } catch {
      // ConfigError and WorkspaceError describe themselves, with file and position.
      return Console.fail("\(error)")
    }
  }

  /// Payloads checked against the subjects whose fixtures they are.
  private func configRun(currentDirectory: URL) async throws -> ExitStatus {
    guard let configURL = Console.configURL(config, currentDirectory: currentDirectory) else {
      return Console.fail(
        "no --schema and no \(ConfigLoader.fileName) in this folder or its parents; pass "
          + "--schema FILE, or --config FILE to check payloads against their subjects")
    }
    let loaded = try ConfigLoader.load(from: configURL, displayPath: config)
    let run = try CheckRun(config: loaded, currentDirectory: currentDirectory)
    return output.emit(
      try await run.validateFixtures(
        payloads: payloads, currentDirectory: currentDirectory,
        overrides: ValidateRun.FixtureOverrides(
          avroEncoding: avroEncoding, allowUnknownFields: allowUnknownFields,
          delimited: delimited, framing: framing)))
  }
}

extension AvroPayloadEncoding: ExpressibleByArgument {}
extension BinaryFraming: ExpressibleByArgument {}
