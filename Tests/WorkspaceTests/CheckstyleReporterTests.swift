import Foundation
import Testing

@testable import Workspace

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct CheckstyleReporterTests {
  let xml = CheckstyleReporter().render(StructuredReportSamples.report)

  @Test func matchesGoldenFile() throws {
    try GoldenFile.check(xml, against: "reporters/report.checkstyle.xml")
  }

  @Test func filesAreSortedAndSeveritiesMapped() throws {
    let root = try XMLCheck.parse(xml)
    #expect(XMLCheck.attribute("version", of: root) == "4.3")
    let files = XMLCheck.descendants("file", of: root).compactMap {
      XMLCheck.attribute("name", of: $0)
    }
    #expect(files == files.sorted())
    #expect(files.contains("schemacheck"), "a finding without a location has a file")
    let errors = XMLCheck.descendants("error", of: root)
    #expect(errors.count == StructuredReportSamples.report.findings.count)
    let severities = Set(errors.compactMap { XMLCheck.attribute("severity", of: $0) })
    #expect(severities == ["error", "warning", "info"])
    let orders = try #require(
      XMLCheck.descendants("file", of: root).first {
        XMLCheck.attribute("name", of: $0) == StructuredReportSamples.orderFile
      })
    let lines = XMLCheck.descendants("error", of: orders).compactMap {
      XMLCheck.attribute("line", of: $0)
    }
    #expect(lines == ["2", "9", "14"], "report order within a file")
    let sources = XMLCheck.descendants("error", of: orders).compactMap {
      XMLCheck.attribute("source", of: $0)
    }
    #expect(sources.contains("schemacheck.TYPE_MISMATCH"))
  }

  @Test func hostileTextStaysWellFormedAndRoundTrips() throws {
    let xml = CheckstyleReporter().render(StructuredReportSamples.hostile)
    #expect(!xml.contains("\u{1}"))
    let root = try XMLCheck.parse(xml)
    let expected = StructuredReportSamples.hostileText.replacingOccurrences(
      of: "\u{1}", with: "\\u{1}")
    let messages = XMLCheck.descendants("error", of: root).compactMap {
      XMLCheck.attribute("message", of: $0)
    }
    #expect(messages.contains(expected))
    let files = XMLCheck.descendants("file", of: root).compactMap {
      XMLCheck.attribute("name", of: $0)
    }
    #expect(files.contains("schemas/a&b/\"odd\" <name>.avsc"))
  }
}
