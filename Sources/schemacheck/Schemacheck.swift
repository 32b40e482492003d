import ArgumentParser
import Foundation
import Workspace

/// The root command. Exit codes are decided in one place (`ExitStatus` in Workspace), so argument
/// errors exit 2 like every other failure of the tool, not ArgumentParser's 64.
@main
struct Schemacheck: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schemacheck",
    abstract:
      "Gate event contracts (Avro, Protobuf, JSON Schema) against their earlier versions and "
      + "validate their payloads, offline.",
    discussion: """
      Exit codes: 0 nothing at the failing severity; 1 findings at the failing severity (a
      breaking change); 2 the tool could not do its job (bad arguments or config, unreadable or
      unparseable schema, unknown git revision).
      """,
    version: ToolInfo.version,
    subcommands: [
      CheckCommand.self, CompatCommand.self, DiffCommand.self, InspectCommand.self,
      LintCommand.self, RulesCommand.self, ValidateCommand.self, CatalogCommand.self,
      InitCommand.self,
    ]
  )

  static func main() async {
    // `--version` alone is what scripts call to probe the tool; it answers before ArgumentParser
    // builds the command tree (whose type checks scan every protocol conformance in the binary).
    if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
      print(ToolInfo.version)
      Foundation.exit(ExitStatus.success.rawValue)
    }
    let status: ExitStatus
    do {
      var command = try parseAsRoot()
      if var runnable = command as? any StatusCommand {
        status = await runnable.execute()
      } else {
        // `help SUBCOMMAND`, or the root alone: ArgumentParser's own run throws the help text.
        if var asyncCommand = command as? any AsyncParsableCommand {
          try await asyncCommand.run()
        } else {
          try command.run()
        }
        status = .success
      }
    } catch {
      status = argumentErrorStatus(error)
    }
    Foundation.exit(status.rawValue)
  }

  /// Help and version requests print to standard output and succeed; every other argument
  /// error goes to standard error and exits 2.
  private static func argumentErrorStatus(_ error: any Error) -> ExitStatus {
    let message = fullMessage(for: error)
    if exitCode(for: error) == .success {
      if !message.isEmpty { print(message) }
      return .success
    }
    Console.error(message)
    return .toolFailure
  }
}

/// A subcommand that returns its exit status instead of throwing.
protocol StatusCommand: AsyncParsableCommand {
  mutating func execute() async -> ExitStatus
}

extension StatusCommand {
  /// Only used if ArgumentParser's own entry point runs the command.
  mutating func run() async throws {
    let status = await execute()
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
