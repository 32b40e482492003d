import ArgumentParser
import Foundation
import SchemaModel
import Workspace

/// The severity at or above which findings fail the run (`--fail-on`).
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
  case error, warning, never

  var severity: Severity? {
    switch self {
    case .error: .error
    case .warning: .warning
    case .never: nil
    }
  }
}

/// `--format` and `--fail-on`, shared by every command that reports findings.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Output formats, comma-separated; send one to a file with FORMAT=PATH.",
      discussion: """
        Formats: text (default), json, junit (JUnit XML), checkstyle (Checkstyle XML), markdown \
        (a pull request comment or step summary), sarif (SARIF 2.1.0 for code scanning), github \
        (GitHub Actions annotations, plus a summary appended to $GITHUB_STEP_SUMMARY when set), \
        gitlab (GitLab Code Quality). Example: --format text,junit=build/junit.xml
        """,
      valueName: "format"))
  var format: String = "text"

  @Option(name: .long, help: "Fail (exit 1) on findings at this severity or above.")
  var failOn: FailLevel = .error

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Report only findings that are not in this baseline file.",
      discussion: "The exit status is computed on the findings that remain.",
      valueName: "file"))
  var baseline: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write every current finding to this baseline file (JSON).",
      valueName: "file"))
  var writeBaseline: String?

  func validate() throws {
    do {
      _ = try OutputTarget.parseList(format)
    } catch {
      throw ValidationError(error.description)
    }
  }

  /// Renders the outcome's report in every requested format and decides the exit status.
  func emit(_ unfiltered: RunOutcome) -> ExitStatus {
    let targets: [OutputTarget]
    do {
      targets = try OutputTarget.parseList(format)
    } catch {
      return Console.fail(error)
    }
    let outcome: RunOutcome
    do {
      outcome = try applyBaselines(to: unfiltered)
    } catch {
      return Console.fail(error)
    }
    for target in targets {
      let color = target.path == nil && Console.standardOutputWantsColor
      let text = target.format.reporter(useColor: color).render(outcome.report)
      guard let path = target.path else {
        Console.output(text)
        continue
      }
      do {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
      } catch {
        return Console.fail(
          "cannot write the \(target.format.rawValue) report to '\(path)': \(error)")
      }
    }
    if targets.contains(where: { $0.format == .github }) {
      let reporter = GitHubReporter(environment: ProcessInfo.processInfo.environment)
      do {
        try reporter.appendStepSummary(outcome.report)
      } catch {
        return Console.fail(
          "cannot append the step summary to '\(reporter.stepSummaryPath ?? "")': \(error)")
      }
    }
    for path in outcome.unparseableSchemas {
      Console.error("error: \(path) could not be parsed; see the findings above")
    }
    return outcome.exitStatus(failOn: failOn.severity)
  }

  /// Reads `--baseline` first (it may be the file about to be written), writes
  /// `--write-baseline` from every finding, then removes the findings the baseline absorbs.
  private func applyBaselines(to outcome: RunOutcome) throws(BaselineError) -> RunOutcome {
    let accepted = try baseline.map { path throws(BaselineError) in
      try Baseline.read(from: URL(fileURLWithPath: path), displayPath: path)
    }
    if let writeBaseline {
      try Baseline(report: outcome.report).write(
        to: URL(fileURLWithPath: writeBaseline), displayPath: writeBaseline)
    }
    return accepted?.filter(outcome) ?? outcome
  }
}
