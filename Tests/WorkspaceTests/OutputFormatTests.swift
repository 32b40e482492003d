import Testing

@testable import Workspace

@Test func parsesSeveralFormatsWithFiles() throws {
  let targets = try OutputTarget.parseList("text, json=build/report.json")
  #expect(
    targets == [
      OutputTarget(format: .text), OutputTarget(format: .json, path: "build/report.json"),
    ])
}

@Test(arguments: [
  ("xml", "unknown output format 'xml'; use one of: text, json"),
  (
    "sarif=out.sarif",
    "output format 'sarif' is not available in this version; use one of: text, json"
  ),
  ("text,", "empty output format in 'text,'; use one of: text, json"),
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
