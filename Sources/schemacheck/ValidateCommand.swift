import ArgumentParser
import Workspace

/// `schemacheck validate --schema S PAYLOAD...`: payload files against a JSON Schema.
struct ValidateCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Validate payloads (JSON, YAML or JSON Lines files) against a JSON Schema.",
    discussion: """
      .jsonl and .ndjson files hold one payload a line. Exit 1 when a payload is invalid, 2 when \
      the schema or a payload file cannot be used.
      """)

  @Option(name: .long, help: "The JSON Schema (.json, .yaml or .yml).")
  var schema: String

  @Argument(help: "Payload files.")
  var payloads: [String]

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
    if payloads.isEmpty { throw ValidationError("give at least one payload file to validate") }
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
    do {
      let run = try ValidateRun.commandLine(
        schema: schema, payloads: payloads, draft: draft,
        refMaps: refMaps, assertFormat: assertFormat, currentDirectory: Console.currentDirectory)
      return output.emit(try run.run())
    } catch {
      return Console.fail(error)
    }
  }
}
