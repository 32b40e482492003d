import ArgumentParser
import Workspace

extension RuleListing.Format: ExpressibleByArgument {}

/// `schemacheck rules`: every rule id with its default severity, summary and rationale.
struct RulesCommand: StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every rule schemacheck can report, with its default severity and rationale.",
    discussion: """
      json is an array of {id, format, family, defaultSeverity, summary, rationale} objects \
      (format is null for rules about any format); markdown is docs/rules.md.
      """
  )

  @Option(name: .long, help: "text (default), json or markdown.")
  var format: RuleListing.Format = .text

  mutating func execute() async -> ExitStatus {
    Console.output(RuleListing().render(format))
    return .success
  }
}
