import Compat
import SchemaModel

/// A pull request comment or GitHub step summary (`--format markdown`): a heading with the
/// verdict, a table of subjects, then the findings grouped by file. Text from schemas is
/// escaped so it cannot add markup or HTML, and the length is capped to stay far below
/// GitHub's 1 MiB step summary limit.
public struct MarkdownReporter: Sendable {
  /// Findings listed before "and N more".
  public var findingLimit: Int
  /// Subject rows listed before "and N more".
  public var subjectLimit: Int
  /// Characters of one message kept; the rest becomes "…".
  public var messageLimit: Int

  public init(findingLimit: Int = 200, subjectLimit: Int = 500, messageLimit: Int = 1000) {
    self.findingLimit = findingLimit
    self.subjectLimit = subjectLimit
    self.messageLimit = messageLimit
  }

  public func render(_ report: Report) -> String {
    var out = "### schemacheck: \(verdict(report))\n"
    if !report.subjects.isEmpty { out += "\n" + subjectTable(report) }
    if report.payloadCount > 0 {
      out +=
        "\n**Payloads:** \(report.payloadCount) validated, \(report.failedPayloadCount) failed\n"
    }
    if !report.changes.isEmpty { out += "\n" + changeList(report) }
    if !report.findings.isEmpty { out += "\n" + findingList(report) }
    return out
  }

  /// `2 of 7 subjects incompatible`, `all 7 subjects compatible`, or the error count when no
  /// subject was checked.
  func verdict(_ report: Report) -> String {
    let errors = report.count(.error)
    let warnings = report.count(.warning)
    let counts = "\(errors) \(plural("error", errors)), \(warnings) \(plural("warning", warnings))"
    let subjects = report.subjects.count
    guard subjects > 0 else { return counts }
    let failing = report.subjects.count { !$0.compatible }
    if failing == 0 {
      return "\(subjects == 1 ? "1 subject" : "all \(subjects) subjects") compatible (\(counts))"
    }
    return "\(failing) of \(subjects) \(plural("subject", subjects)) incompatible (\(counts))"
  }

  /// Incompatible subjects first, each group in report order.
  func subjectTable(_ report: Report) -> String {
    let rows = report.subjects.filter { !$0.compatible } + report.subjects.filter(\.compatible)
    var out = "| Subject | Format | Mode | Verdict | Checked against |\n"
    out += "|---|---|---|---|---|\n"
    for subject in rows.prefix(subjectLimit) {
      let verdict = subject.compatible ? "✅ compatible" : "❌ incompatible"
      let against =
        subject.checkedAgainst.isEmpty
        ? "–" : subject.checkedAgainst.map(MarkdownText.escaped).joined(separator: "<br>")
      out += "| \(MarkdownText.escaped(subject.name)) | \(subject.format.rawValue) "
      out += "| \(subject.mode.rawValue) | \(verdict) | \(against) |\n"
    }
    if rows.count > subjectLimit {
      out += "\nand \(rows.count - subjectLimit) more subjects\n"
    }
    return out
  }

  /// Findings grouped by file (files in report order), each `file:line:col` `RULE` message.
  func findingList(_ report: Report) -> String {
    let findings = report.sortedFindings
    var out = "#### Findings\n"
    var previousFile: String?
    for (index, finding) in findings.prefix(findingLimit).enumerated() {
      let diagnostic = finding.diagnostic
      let file = diagnostic.location?.file
      if index == 0 || file != previousFile {
        previousFile = file
        out += "\n**\(file.map(MarkdownText.escaped) ?? "General")**\n\n"
      }
      var item = "- \(icon(diagnostic.severity)) "
      if let location = diagnostic.location {
        item += MarkdownText.escaped(location.description) + " "
      }
      item += MarkdownText.code(diagnostic.ruleID.rawValue) + " "
      item += MarkdownText.escaped(truncated(diagnostic.message))
      out += item + "\n"
    }
    if findings.count > findingLimit {
      out += "\nand \(findings.count - findingLimit) more findings (see the full report)\n"
    }
    return out
  }

  /// The changes `diff` found, each with its kind and what it breaks.
  func changeList(_ report: Report) -> String {
    var out = "#### Changes\n\n"
    for change in report.changes.prefix(findingLimit) {
      let breaks: String
      switch (change.breaksBackward, change.breaksForward) {
      case (true, true): breaks = "❌ breaks backward and forward"
      case (true, false): breaks = "❌ breaks backward"
      case (false, true): breaks = "❌ breaks forward"
      case (false, false): breaks = "✅ compatible"
      }
      var item = "- \(breaks): "
      if let location = change.newLocation ?? change.oldLocation {
        item += MarkdownText.escaped(location.description) + " "
      }
      item += MarkdownText.code(change.kind.rawValue) + " "
      item += MarkdownText.escaped(truncated(change.message))
      out += item + "\n"
    }
    if report.changes.count > findingLimit {
      out += "\nand \(report.changes.count - findingLimit) more changes\n"
    }
    return out
  }

  private func truncated(_ message: String) -> String {
    message.count > messageLimit ? String(message.prefix(messageLimit)) + "…" : message
  }

  private func icon(_ severity: Severity) -> String {
    switch severity {
    case .error: "❌"
    case .warning: "⚠️"
    case .note: "ℹ️"
    }
  }

  private func plural(_ word: String, _ count: Int) -> String { count == 1 ? word : word + "s" }
}

/// Markdown escaping for text from schemas: no markup, no HTML, no table breaks.
enum MarkdownText {
  /// Backslash-escapes the characters that start emphasis, code, links or table cells, writes
  /// `<`, `>` and `&` as entities so no HTML gets through, and turns control characters
  /// (newlines included, which would end a list item or table row) into spaces.
  static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        out += "\\" + String(character)
      default:
        if character.unicodeScalars.contains(where: isControl) {
          out += " "
        } else {
          out.append(character)
        }
      }
    }
    return out
  }

  /// A code span for an identifier such as a rule id; backticks, pipes and control
  /// characters, which a code span cannot escape, are dropped.
  static func code(_ text: String) -> String {
    let kept = text.unicodeScalars.filter { !isControl($0) && $0 != "`" && $0 != "|" }
    return "`\(String(String.UnicodeScalarView(kept)))`"
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
