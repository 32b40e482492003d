import ArgumentParser
import Workspace

/// `schemacheck inspect FILE`: the unified model of one schema file.
struct InspectCommand: StatusCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Print the unified model of a schema file: named types, fields, diagnostics."
  )

  @Argument(help: "The schema file.")
  var file: String

  @Option(name: .long, help: "text (default) or json.")
  var format: Format = .text

  mutating func execute() async -> ExitStatus {
    do {
      let document = try InspectRun.document(at: file, currentDirectory: Console.currentDirectory)
      switch format {
      case .json: Console.output(ModelRenderer.json(document))
      case .text: Console.output(ModelRenderer.text(document))
      }
      return document.hasErrors ? .findings : .success
    } catch {
      return Console.fail(error)
    }
  }
}
