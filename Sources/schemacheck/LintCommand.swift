import ArgumentParser
import Foundation
import Workspace

/// `schemacheck lint [FILE...]`: contract mistakes that are not compatibility breaks.
struct LintCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Lint schema files: naming, namespaces, defaults (schemacheck rules lists them).",
    discussion: "Without files, lints the new schema of every subject of schemacheck.yaml.")

  @Argument(help: "Schema files (.avsc, .proto, .json, .yaml).")
  var files: [String] = []

  @Option(name: .long, help: "The config file, when linting its subjects.")
  var config: String?

  @OptionGroup var output: OutputOptions

  mutating func execute() async -> ExitStatus {
    let currentDirectory = Console.currentDirectory
    do {
      if !files.isEmpty {
        return output.emit(
          try LintRun.commandLine(files, currentDirectory: currentDirectory).run())
      }
      guard let configURL = Console.configURL(config, currentDirectory: currentDirectory) else {
        return Console.fail(
          "no files given and no \(ConfigLoader.fileName) in this folder or its parents")
      }
      let loaded = try ConfigLoader.load(from: configURL, displayPath: config)
      return output.emit(
        try LintRun.subjects(of: loaded, currentDirectory: currentDirectory).run())
    } catch {
      // ConfigError and WorkspaceError describe themselves, with file and position.
      return Console.fail("\(error)")
    }
  }
}
