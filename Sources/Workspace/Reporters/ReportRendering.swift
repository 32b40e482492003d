/// A reporter: a report in one output format, as text.
public protocol ReportRendering: Sendable {
  func render(_ report: Report) -> String
}

extension TextReporter: ReportRendering {}
extension JSONReporter: ReportRendering {}
extension JUnitReporter: ReportRendering {}
extension CheckstyleReporter: ReportRendering {}
extension MarkdownReporter: ReportRendering {}
extension SARIFReporter: ReportRendering {}
extension GitHubReporter: ReportRendering {}
extension GitLabReporter: ReportRendering {}

extension OutputTarget.Format {
  /// The reporter of this format; `useColor` applies to text on a terminal.
  public func reporter(useColor: Bool) -> any ReportRendering {
    switch self {
    case .text: TextReporter(useColor: useColor)
    case .json: JSONReporter()
    case .junit: JUnitReporter()
    case .checkstyle: CheckstyleReporter()
    case .markdown: MarkdownReporter()
    case .sarif: SARIFReporter()
    case .github: GitHubReporter()
    case .gitlab: GitLabReporter()
    }
  }
}
