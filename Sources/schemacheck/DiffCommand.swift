import ArgumentParser
import Workspace

/// `schemacheck diff OLD NEW`: every change, whatever the mode.
struct DiffCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "List every change between two versions of a schema and what each one breaks.",
    discussion: "Exits 0 whatever changed, unless a schema could not be read (2)."
  )

  @Argument(help: "The old schema file.")
  var old: String

  @Argument(help: "The new schema file.")
  var new: String

  @Option(
    name: .customLong("proto-path"),
    help: "An import root for .proto files, like protoc -I (repeatable; default: here).")
  var protoPaths: [String] = []

  @OptionGroup var output: OutputOptions

  mutating func execute() async -> ExitStatus {
    do {
      let outcome = try DiffRun.run(
        old: old, new: new, protoPaths: protoPaths, currentDirectory: Console.currentDirectory)
      return output.emit(outcome)
    } catch {
      return Console.fail(error)
    }
  }
}
