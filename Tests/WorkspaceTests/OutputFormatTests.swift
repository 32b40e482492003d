import Testing

@testable import Workspace

@Test(arguments: [OutputTarget.Format.junit, .checkstyle, .markdown, .sarif, .github, .gitlab])
func parsesTheXMLAndMarkdownFormats(format: OutputTarget.Format) throws {
  #expect(
    try OutputTarget.parseList("text,\(format.rawValue)=out")
      == [OutputTarget(format: .text), OutputTarget(format: format, path: "out")])
}

@Test func parsesSeveralFormatsWithFiles() throws {
  let targets = try OutputTarget.parseList("text, json=build/report.json")
  #expect(
    targets == [
      OutputTarget(format: .text), OutputTarget(format: .json, path: "build/report.json"),
    ])
}

/// Every format, as the messages list them.
private let knownFormats = OutputTarget.Format.allCases.map(\.rawValue).joined(separator: ", ")

@Test(arguments: [
  ("xml", "unknown output format 'xml'; use one of: \(knownFormats)"),
  ("text,", "empty output format in 'text,'; use one of: \(knownFormats)"),
  ("json=", "output format 'json=' needs a file path after '='"),
  (
    "text,json",
    "'text,json' sends more than one format to standard output; give all but one a file "
      + "(json=report.json)"
  ),
])
func rejectsBadFormatLists(spec: String, message: String) {
  #expect(throws: OutputFormatError.self) { try OutputTarget.parseList(spec) }
  do {
    _ = try OutputTarget.parseList(spec)
  } catch {
    #expect(error.description == message)
  }
}
