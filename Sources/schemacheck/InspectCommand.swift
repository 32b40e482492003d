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

  @Option(
    name: [.customShort("I", allowingJoined: true), .customLong("proto-path")],
    help: "An import root for .proto files (repeatable, searched in order, like protoc -I).")
  var protoPaths: [String] = []

  mutating func execute() async -> ExitStatus {
    if InspectRun.isProtobuf(file) { return inspectProtobuf() }
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

  /// A `.proto` file is linked with its imports first, so types print fully qualified.
  private func inspectProtobuf() -> ExitStatus {
    do {
      let image = try InspectRun.protoImage(
        at: file, protoPaths: protoPaths, currentDirectory: Console.currentDirectory)
      switch format {
      case .json: Console.output(ProtoModelRenderer.json(image))
      case .text: Console.output(ProtoModelRenderer.text(image))
      }
      return image.diagnostics.hasErrors ? .findings : .success
    } catch {
      return Console.fail(error)
    }
  }
}
