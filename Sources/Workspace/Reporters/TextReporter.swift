import Compat
import SchemaModel

/// The human report: `path:line:col: severity: [RULE_ID] message` lines, then one summary line.
public struct TextReporter: Sendable {
  /// ANSI colour, only when writing to a terminal and `NO_COLOR` is unset (decided by the caller).
  public var useColor: Bool

  public init(useColor: Bool = false) {
    self.useColor = useColor
  }

  public func render(_ report: Report) -> String {
    var out = ""
    for change in report.changes {
      out += line(for: change) + "\n"
    }
    for finding in report.sortedFindings {
      out += line(for: finding.diagnostic) + "\n"
    }
    out += summaryLine(report) + "\n"
    return out
  }

  func line(for diagnostic: Diagnostic) -> String {
    var text = ""
    if let location = diagnostic.location {
      text += TerminalText.sanitized(location.description) + ": "
    }
    text += colored(diagnostic.severity.rawValue, severity: diagnostic.severity) + ": "
    text += "[\(diagnostic.ruleID.rawValue)] " + TerminalText.sanitized(diagnostic.message)
    if let previous = diagnostic.previousLocation {
      text += " (was at \(TerminalText.sanitized(previous.description)))"
    }
    for note in diagnostic.notes {
      text += "\n  note: " + TerminalText.sanitized(note.message)
    }
    return text
  }

  func line(for change: Change) -> String {
    let location = change.newLocation ?? change.oldLocation
    var text = location.map { TerminalText.sanitized($0.description) + ": " } ?? ""
    let breaks: String
    switch (change.breaksBackward, change.breaksForward) {
    case (true, true): breaks = "breaks backward and forward"
    case (true, false): breaks = "breaks backward"
    case (false, true): breaks = "breaks forward"
    case (false, false): breaks = "compatible"
    }
    let severity: Severity = change.breaksBackward || change.breaksForward ? .warning : .note
    text += colored("change", severity: severity) + ": [\(change.kind.rawValue)] "
    text += TerminalText.sanitized(change.message) + " (\(breaks))"
    return text
  }

  func summaryLine(_ report: Report) -> String {
    var parts: [String] = []
    if !report.subjects.isEmpty || report.isSubjectRun {
      let failing = report.subjects.count { !$0.compatible }
      parts.append(
        "\(report.subjects.count) \(plural("subject", report.subjects.count)) checked, "
          + "\(failing) incompatible")
    }
    if let linted = report.lintedFiles {
      parts.append("\(linted) \(plural("file", linted)) linted")
    }
    let payloads = report.payloadCount
    if payloads > 0 {
      parts.append(
        "\(payloads) \(plural("payload", payloads)) validated, \(report.failedPayloadCount) failed")
    }
    if !report.changes.isEmpty
      || report.subjects.isEmpty && !report.isSubjectRun && report.lintedFiles == nil
        && report.findings.isEmpty && payloads == 0
    {
      parts.append("\(report.changes.count) \(plural("change", report.changes.count))")
    }
    let errors = report.count(.error)
    let warnings = report.count(.warning)
    parts.append("\(errors) \(plural("error", errors)), \(warnings) \(plural("warning", warnings))")
    // Only when something was suppressed, so reports of runs without suppressions stay as they were.
    if report.suppressed > 0 { parts.append("\(report.suppressed) suppressed") }
    if let baselined = report.baselined { parts.append("\(baselined) baselined") }
    return parts.joined(separator: "; ")
  }

  private func plural(_ word: String, _ count: Int) -> String { count == 1 ? word : word + "s" }

  private func colored(_ text: String, severity: Severity) -> String {
    guard useColor else { return text }
    let code: String
    switch severity {
    case .error: code = "31;1"
    case .warning: code = "33;1"
    case .note: code = "36"
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}

/// Escapes control characters that could come from schema files, so a doc string cannot move
/// the cursor, retitle the terminal or fake an extra finding line.
public enum TerminalText {
  /// `text` with control characters (but tabs, and newlines when asked) written as `\u{1b}`.
  public static func sanitized(_ text: String, keepingNewlines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if keepingNewlines && scalar == "\n" {
        out.append(scalar)
      } else if isControl(scalar) {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
  }
}
