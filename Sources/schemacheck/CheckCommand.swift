import ArgumentParser
import Compat
import Foundation
import Workspace

/// `schemacheck check`: every subject of the config against its earlier versions.
struct CheckCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check every subject of schemacheck.yaml against its earlier versions.",
    discussion: """
      Without --config, schemacheck.yaml is looked up in the current folder and its parents.
      Earlier versions come from the subject's 'versions:' pattern, else from --against (a git
      revision, git:REV, or a folder), else from the file's git history.
      """
  )

  @Option(name: .long, help: "The config file (default: schemacheck.yaml here or in a parent).")
  var config: String?

  @Option(
    name: .long,
    help: "A git revision (main, HEAD~1, git:v1.2.0) or a folder holding the earlier versions.")
  var against: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use this mode for every subject: a Confluent mode, or a Buf category (Protobuf only).",
      discussion: "FILE, PACKAGE, WIRE_JSON and WIRE check Buf's breaking rules against the "
        + "latest earlier version instead of the subject's Confluent mode."))
  var mode: GateMode?

  @Option(name: .customLong("subject"), help: "Check only this subject (repeatable).")
  var subjects: [String] = []

  @Argument(
    help: ArgumentHelp(
      "Check only the subjects these files belong to (schema, earlier version, fixture or "
        + "AsyncAPI document); "
        + "other files are ignored, as a pre-commit hook passes every changed file.",
      valueName: "file"))
  var files: [String] = []

  @Flag(
    name: .long,
    help: ArgumentHelp(
      "Reuse the outcomes of unchanged subjects from .schemacheck-cache next to the config.",
      discussion: "Entries are keyed on a SHA-256 of the schema, its imports, its earlier "
        + "versions (the commit of its git history) and every setting that can change the "
        + "verdict; the report is the same as without the cache."))
  var cache = false

  @Option(name: .customLong("cache-dir"), help: "Use this cache folder (implies --cache).")
  var cacheDirectory: String?

  @OptionGroup var output: OutputOptions

  mutating func execute() async -> ExitStatus {
    let currentDirectory = Console.currentDirectory
    guard let configURL = Console.configURL(config, currentDirectory: currentDirectory) else {
      return Console.fail(
        "no \(ConfigLoader.fileName) in this folder or its parents; pass --config FILE "
          + "or run 'schemacheck compat FILE --against REV' without a config")
    }
    do {
      let loaded = try ConfigLoader.load(from: configURL, displayPath: config)
      let reference = against.map {
        AgainstReference.parse($0, currentDirectory: currentDirectory)
      }
      var run = try CheckRun(
        config: loaded, against: reference, modeOverride: mode, subjectNames: subjects,
        files: files.isEmpty ? nil : files, currentDirectory: currentDirectory)
      run.cacheSettings = loaded.checkCache(
        enabledByOption: cache, directoryOption: cacheDirectory,
        currentDirectory: currentDirectory)
      let progressLine = ProgressLine.forTerminal()
      run.progress = progressLine?.observer
      let outcome: RunOutcome
      do {
        outcome = try await run.run()
      } catch {
        progressLine?.finish()
        throw error
      }
      progressLine?.finish()
      for warning in outcome.warnings { Console.error("warning: \(warning)") }
      return output.emit(outcome)
    } catch {
      // ConfigError and WorkspaceError describe themselves, with file and position.
      return Console.fail("\(error)")
    }
  }
}
