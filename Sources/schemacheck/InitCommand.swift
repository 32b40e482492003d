import ArgumentParser
import Foundation
import Workspace

/// `schemacheck init`: writes a commented `schemacheck.yaml` for the schema files found here.
struct InitCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented schemacheck.yaml for the schema files under this folder.",
    discussion: "Never overwrites an existing schemacheck.yaml.")

  mutating func execute() async -> ExitStatus {
    do {
      let count = try ConfigScaffold.write(in: Console.currentDirectory)
      Console.output(
        "wrote \(ConfigLoader.fileName) with \(count) subject\(count == 1 ? "" : "s"); "
          + "check it, then run 'schemacheck check'\n")
      return .success
    } catch {
      return Console.fail(error)
    }
  }
}
