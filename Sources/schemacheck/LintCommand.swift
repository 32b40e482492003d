import ArgumentParser
import Foundation
import Workspace

/// `schemacheck lint [FILE...]`: contract mistakes that are not compatibility breaks.
struct LintCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Lint schema files: naming, namespaces, defaults (schemacheck rules lists them).",
    discussion: "Without files, lints the new schema of every subject of schemacheck.yaml.")

  @Argument(
    help: ArgumentHelp(
      "Schema files or folders. With a config, a file that belongs to a subject (schema, "
        + "earlier version or fixture) lints that subject's schema with the config's rules.",
      valueName: "path"))
  var files: [String] = []

  @Option(
    name: .long,
    help: "The config file (default: schemacheck.yaml in this folder or a parent).")
  var config: String?

  @OptionGroup var output: OutputOptions

  mutating func execute() async -> ExitStatus {
    let currentDirectory = Console.currentDirectory
    do {
      let configURL = Console.configURL(config, currentDirectory: currentDirectory)
      let loaded = try configURL.map { url throws(ConfigError) in
        try ConfigLoader.load(from: url, displayPath: config)
      }
      if !files.isEmpty {
        return output.emit(
          try LintRun.selection(files, config: loaded, currentDirectory: currentDirectory).run())
      }
      guard let loaded else {
        return Console.fail(
          "no files given and no \(ConfigLoader.fileName) in this folder or its parents")
      }
      return output.emit(
        try LintRun.subjects(of: loaded, currentDirectory: currentDirectory).run())
    } catch {
      // ConfigError and WorkspaceError describe themselves, with file and position.
      return Console.fail("\(error)")
    }
  }
}
