import Foundation
import SchemaModel

/// GitHub Actions workflow commands (`--format github`): one `::error`, `::warning` or
/// `::notice` annotation per finding, most severe first because GitHub shows only the first
/// ten of each kind per step; and a Markdown job summary for `$GITHUB_STEP_SUMMARY`.
public struct GitHubReporter: Sendable {
  /// The environment variable naming the step summary file.
  public static let stepSummaryVariable = "GITHUB_STEP_SUMMARY"
  /// Findings listed in the step summary; GitHub caps a summary at 1 MiB.
  static let summaryFindingLimit = 200
  /// Subjects listed in the step summary, incompatible ones first; the rest are counted.
  static let summarySubjectLimit = 1000

  /// The process environment, where `$GITHUB_STEP_SUMMARY` is looked up.
  public var environment: [String: String]

  public init(environment: [String: String] = [:]) {
    self.environment = environment
  }

  public func render(_ report: Report) -> String {
    Self.mostSevereFirst(report).map { Self.command(for: $0) + "\n" }.joined()
  }

  /// The findings by descending severity, in report order within one severity.
  static func mostSevereFirst(_ report: Report) -> [Finding] {
    report.sortedFindings.enumerated().sorted { lhs, rhs in
      (lhs.element.diagnostic.severity, rhs.offset) > (rhs.element.diagnostic.severity, lhs.offset)
    }.map(\.element)
  }

  /// The workflow command of one finding.
  static func command(for finding: Finding) -> String {
    let diagnostic = finding.diagnostic
    var properties: [(String, String)] = []
    if let location = diagnostic.location {
      properties.append(("file", ReportPath.normalized(location.file)))
      if location.line >= 1 {
        properties.append(("line", String(location.line)))
        if location.column >= 1 { properties.append(("col", String(location.column))) }
        properties.append(("endLine", String(location.line)))
      }
    }
    properties.append(("title", diagnostic.ruleID.rawValue))
    let list = properties.map { "\($0)=\(escapeProperty($1))" }.joined(separator: ",")
    return "::\(command(diagnostic.severity)) \(list)::\(escapeData(diagnostic.message))"
  }

  static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "notice"
    }
  }

  /// As `escapeData` in actions/toolkit `packages/core/src/command.ts`; other control
  /// characters (ESC from a schema's doc or field name) are made visible, because the runner's
  /// log renders ANSI sequences.
  static func escapeData(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default:
        if scalar != "\t", scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          out += TerminalText.sanitized(String(scalar))
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// As `escapeProperty` in actions/toolkit: the data escapes plus `:` and `,`, which delimit
  /// the properties.
  static func escapeProperty(_ text: String) -> String {
    var out = ""
    for scalar in escapeData(text).unicodeScalars {
      switch scalar {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  // MARK: - Step summary

  /// The file named by `$GITHUB_STEP_SUMMARY`, nil when it is unset or empty.
  public var stepSummaryPath: String? {
    guard let path = environment[Self.stepSummaryVariable], !path.isEmpty else { return nil }
    return path
  }

  /// The job summary: counts, a table of subjects and their verdicts, then the findings.
  public func stepSummary(_ report: Report) -> String {
    var lines = ["## schemacheck", ""]
    let errors = report.count(.error)
    let warnings = report.count(.warning)
    let notes = report.count(.note)
    let verdict = errors > 0 ? "❌" : warnings > 0 ? "⚠️" : "✅"
    let incompatible = report.subjects.count { !$0.compatible }
    lines.append(
      "\(verdict) \(Self.counted(report.subjects.count, "subject")), \(incompatible) incompatible; "
        + "\(Self.counted(errors, "error")), \(Self.counted(warnings, "warning")), "
        + "\(Self.counted(notes, "note"))")
    if !report.subjects.isEmpty {
      lines += [
        "", "| Subject | Format | Mode | Verdict | Checked against |", "|---|---|---|---|---|",
      ]
      // Incompatible subjects first, so a cut list still shows every failure it can.
      let ordered = report.subjects.filter { !$0.compatible } + report.subjects.filter(\.compatible)
      for subject in ordered.prefix(Self.summarySubjectLimit) {
        let against = subject.checkedAgainst.map(Self.code).joined(separator: ", ")
        lines.append(
          "| \(Self.code(subject.name)) | \(subject.format.rawValue) | \(subject.mode.rawValue) | "
            + "\(subject.compatible ? "✅ compatible" : "❌ incompatible") | "
            + "\(against.isEmpty ? "—" : against) |")
      }
      if ordered.count > Self.summarySubjectLimit {
        lines += ["", "\(ordered.count - Self.summarySubjectLimit) more subjects not listed."]
      }
    }
    let findings = Self.mostSevereFirst(report)
    if !findings.isEmpty {
      lines += ["", "| Severity | Rule | Location | Message |", "|---|---|---|---|"]
      for finding in findings.prefix(Self.summaryFindingLimit) {
        let diagnostic = finding.diagnostic
        let place = diagnostic.location.map {
          Self.code("\(ReportPath.normalized($0.file)):\($0.line):\($0.column)")
        }
        lines.append(
          "| \(diagnostic.severity.rawValue) | \(Self.code(diagnostic.ruleID.rawValue)) | "
            + "\(place ?? "—") | \(Self.markdown(diagnostic.message)) |")
      }
      if findings.count > Self.summaryFindingLimit {
        lines += ["", "\(findings.count - Self.summaryFindingLimit) more findings not listed."]
      }
    }
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// Appends the step summary to `$GITHUB_STEP_SUMMARY` (creating the file if needed, never
  /// truncating it); returns false, writing nothing, when the variable is not set.
  @discardableResult
  public func appendStepSummary(_ report: Report) throws -> Bool {
    guard let path = stepSummaryPath else { return false }
    if !FileManager.default.fileExists(atPath: path) {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(stepSummary(report).utf8))
    return true
  }

  private static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  /// Text in a table cell, shown literally: Markdown and HTML specials backslash-escaped or
  /// turned into entities, line breaks and control characters made visible.
  static func markdown(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n": out += "<br>"
      case "\\", "|", "`", "*", "_", "[", "]", "#", "~", "!": out += "\\" + String(scalar)
      default:
        if scalar.properties.generalCategory == .control {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A name or path as inline code; backticks inside cannot close it because they are
  /// replaced (code spans have no escapes), and `|` is escaped because tables split on it.
  static func code(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "`": out += "'"
      case "|": out += "\\|"
      case "\n", "\r": out += " "
      default:
        if scalar.properties.generalCategory == .control {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return "`" + out + "`"
  }
}
