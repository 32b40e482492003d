import Foundation
import SchemaModel

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Checkstyle XML (`--format checkstyle`) for Jenkins Warnings NG, reviewdog and SonarQube:
/// one `file` element per file, sorted, with the findings in report order;
/// `source` is `schemacheck.RULE_ID`.
public struct CheckstyleReporter: Sendable {
  /// The Checkstyle format version the consumers expect.
  public static let formatVersion = "4.3"

  public init() {}

  public func render(_ report: Report) -> String {
    let schemaPaths = Dictionary(
      report.subjects.map { ($0.name, $0.schemaPath) }, uniquingKeysWith: { first, _ in first })
    var byFile: [String: [Finding]] = [:]
    for finding in report.sortedFindings {
      byFile[Self.file(of: finding, schemaPaths: schemaPaths), default: []].append(finding)
    }
    let root = XMLText.element("checkstyle", [("version", Self.formatVersion)])
    for file in byFile.keys.sorted() {
      let element = XMLText.element("file", [("name", file)])
      for finding in byFile[file] ?? [] {
        element.addChild(Self.error(finding.diagnostic))
      }
      root.addChild(element)
    }
    return XMLText.document(root)
  }

  /// The finding's file; a finding without one is filed under its subject's schema, or under
  /// `schemacheck` when it is about the run itself.
  static func file(of finding: Finding, schemaPaths: [String: String]) -> String {
    if let file = finding.diagnostic.location?.file { return file }
    return finding.subject.flatMap { schemaPaths[$0] } ?? "schemacheck"
  }

  static func error(_ diagnostic: Diagnostic) -> XMLElement {
    var attributes: [(String, String)] = []
    if let location = diagnostic.location {
      attributes += [("line", String(location.line)), ("column", String(location.column))]
    }
    attributes += [
      ("severity", severity(diagnostic.severity)),
      ("message", message(diagnostic)),
      ("source", "schemacheck.\(diagnostic.ruleID.rawValue)"),
    ]
    return XMLText.element("error", attributes)
  }

  /// Checkstyle's levels: `error`, `warning`, `info`.
  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "info"
    }
  }

  /// The message with the old location and the notes, since there is one attribute for all.
  static func message(_ diagnostic: Diagnostic) -> String {
    var text = diagnostic.message
    if let previous = diagnostic.previousLocation { text += " (was at \(previous))" }
    for note in diagnostic.notes { text += "; " + note.message }
    return text
  }
}
