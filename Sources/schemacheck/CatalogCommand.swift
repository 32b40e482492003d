import ArgumentParser
import Foundation
import Workspace

/// `schemacheck catalog`: the event catalog of the config's contracts, in Markdown, HTML and
/// JSON.
struct CatalogCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "catalog",
    abstract: "Write the event catalog (Markdown, HTML, JSON) of the config's contracts.",
    discussion:
      "Writes only inside the output folder, never replaces a file it did not write, and "
      + "removes the pages of events that are gone (it keeps a manifest of what it wrote).")

  @Option(
    name: .long,
    help: "The config file (default: schemacheck.yaml in this folder or a parent).")
  var config: String?

  @Option(name: .long, help: "The output folder (default: catalog.out of the config).")
  var out: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Formats to write (default: catalog.formats of the config).",
      valueName: "markdown,html,json"))
  var format: String?

  mutating func execute() async -> ExitStatus {
    let currentDirectory = Console.currentDirectory
    guard let configURL = Console.configURL(config, currentDirectory: currentDirectory) else {
      return Console.fail(
        "no \(ConfigLoader.fileName) in this folder or its parents; pass --config FILE")
    }
    do {
      let loaded = try ConfigLoader.load(from: configURL, displayPath: config)
      var formats = loaded.catalog.formats
      if let format {
        switch CatalogConfig.Format.parseList(format) {
        case .success(let parsed): formats = parsed
        case .failure(let unknown): return Console.fail(unknown.description)
        }
      }
      let (folder, shown) = CatalogRun.outputFolder(
        config: loaded, out: out, currentDirectory: currentDirectory)
      var run = CatalogRun(
        config: loaded, renderers: formats.map(\.renderer), out: folder, outDisplay: shown)
      let progressLine = ProgressLine.forTerminal()
      run.progress = progressLine?.observer
      let outcome: CatalogRun.Outcome
      do {
        outcome = try await run.run()
      } catch {
        progressLine?.finish()
        throw error
      }
      progressLine?.finish()
      let catalog = outcome.catalog
      let written = outcome.written
      Console.output(
        "\(catalog.events.count) events, \(catalog.services.count) services, "
          + "\(catalog.owners.count) owners: \(outcome.files) files in \(shown) "
          + "(\(written.written) written, \(written.unchanged) unchanged, "
          + "\(written.removed) removed)\n")
      return .success
    } catch {
      return Console.fail("\(error)")
    }
  }
}
