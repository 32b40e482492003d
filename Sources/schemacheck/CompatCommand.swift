import ArgumentParser
import Compat
import Workspace

/// `schemacheck compat FILE... --against REV|DIR`: no config needed.
struct CompatCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "compat",
    abstract: "Check schema files against the same files at a git revision or in another folder."
  )

  @Argument(help: "Schema files (the new versions).")
  var files: [String]

  @Option(
    name: .long,
    help: "A git revision (main, HEAD~1, git:v1.2.0) or a folder with the same layout.")
  var against: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The mode (default: BACKWARD): a Confluent mode, or a Buf category for .proto files.",
      discussion: "FILE, PACKAGE, WIRE_JSON and WIRE check Buf's breaking rules."))
  var mode: GateMode?

  @Option(
    name: .customLong("proto-path"),
    help: "An import root for .proto files, like protoc -I (repeatable; default: here).")
  var protoPaths: [String] = []

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one schema file to check") }
  }

  mutating func execute() async -> ExitStatus {
    let currentDirectory = Console.currentDirectory
    do {
      let outcome = try await CompatRun.run(
        files: files, against: AgainstReference.parse(against, currentDirectory: currentDirectory),
        mode: mode, protoPaths: protoPaths, currentDirectory: currentDirectory)
      return output.emit(outcome)
    } catch {
      return Console.fail(error)
    }
  }
}
