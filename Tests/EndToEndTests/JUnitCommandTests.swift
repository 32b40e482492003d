import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `check` as a CI job runs it: text on standard output, JUnit XML to a file.
@Suite struct JUnitCommandTests {
  @Test func breakingChangeWritesFailingTestCases() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let file = scratch.url.appendingPathComponent("build/junit.xml")
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml", "--format",
      "text,junit=\(file.path)",
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("incompatible"))
    let data = try Data(contentsOf: file)
    let parser = XMLParser(data: data)
    #expect(parser.parse() && parser.parserError == nil)
    let root = try #require(try XMLDocument(data: data, options: []).rootElement())
    let cases = (root.elements(forName: "testsuite")).flatMap { $0.elements(forName: "testcase") }
    let failing = cases.filter { !$0.elements(forName: "failure").isEmpty }.compactMap {
      $0.attribute(forName: "name")?.stringValue
    }
    #expect(
      Set(failing).isSuperset(of: [
        "payments.refund-issued", "payments.refund-events", "customers.customer-updated",
      ]))
    #expect(root.attribute(forName: "failures")?.stringValue == String(failing.count))
    #expect(root.attribute(forName: "tests")?.stringValue == String(cases.count))
  }
}
