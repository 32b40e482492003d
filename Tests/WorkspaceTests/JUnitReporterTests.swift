import Foundation
import SchemaModel
import Testing

@testable import Workspace

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct JUnitReporterTests {
  let xml = JUnitReporter().render(StructuredReportSamples.report)

  @Test func matchesGoldenFile() throws {
    try GoldenFile.check(xml, against: "reporters/report.junit.xml")
  }

  @Test func parsesWithCountsPerSuite() throws {
    let root = try XMLCheck.parse(xml)
    #expect(root.name == "testsuites")
    #expect(XMLCheck.attribute("tests", of: root) == "8")
    #expect(XMLCheck.attribute("failures", of: root) == "5")
    let suites = XMLCheck.descendants("testsuite", of: root)
    let counts = suites.map {
      [
        XMLCheck.attribute("name", of: $0), XMLCheck.attribute("tests", of: $0),
        XMLCheck.attribute("failures", of: $0),
      ]
    }
    #expect(
      counts == [
        ["schemacheck.compatibility", "3", "2"], ["schemacheck.payloads", "3", "2"],
        ["schemacheck.findings", "2", "1"],
      ])
    #expect(XMLCheck.descendants("failure", of: root).count == 5)
  }

  @Test func failingSubjectCarriesItsFindings() throws {
    let root = try XMLCheck.parse(xml)
    let orders = try #require(
      XMLCheck.descendants("testcase", of: root).first {
        XMLCheck.attribute("name", of: $0) == "orders.order-placed"
      })
    #expect(XMLCheck.attribute("classname", of: orders) == "schemacheck.compatibility.avro")
    let failure = try #require(XMLCheck.descendants("failure", of: orders).first)
    #expect(XMLCheck.attribute("type", of: failure) == "TYPE_MISMATCH")
    #expect(
      XMLCheck.attribute("message", of: failure)
        == "[TYPE_MISMATCH] field 'OrderPlaced.total' changed type from long to string "
        + "(and 1 more)")
    let body = failure.stringValue ?? ""
    #expect(body.contains("schemas/orders/order_placed.avsc:14:7: error: [READER_FIELD_MISSING"))
    #expect(body.contains("schemas/orders/order_placed.avsc:2:3: note: [AVRO_MISSING_DOC]"))
  }

  @Test func testCasesAreUniqueByClassnameAndName() throws {
    let root = try XMLCheck.parse(xml)
    let keys = XMLCheck.descendants("testcase", of: root).map {
      "\(XMLCheck.attribute("classname", of: $0) ?? "")/\(XMLCheck.attribute("name", of: $0) ?? "")"
    }
    #expect(Set(keys).count == keys.count)

    let twice = SubjectResult(
      name: "a", format: .avro, schemaPath: "a.avsc", mode: .backward, compatible: true,
      checkedAgainst: [])
    let duplicated = try XMLCheck.parse(JUnitReporter().render(Report(subjects: [twice, twice])))
    let names = XMLCheck.descendants("testcase", of: duplicated).compactMap {
      XMLCheck.attribute("name", of: $0)
    }
    #expect(names == ["a", "a (2)"])
  }

  @Test func hostileTextStaysWellFormedAndRoundTrips() throws {
    let xml = JUnitReporter().render(StructuredReportSamples.hostile)
    #expect(!xml.contains("\u{1}"))
    let root = try XMLCheck.parse(xml)
    let expected = StructuredReportSamples.hostileText.replacingOccurrences(
      of: "\u{1}", with: "\\u{1}")
    let cases = XMLCheck.descendants("testcase", of: root)
    #expect(cases.compactMap { XMLCheck.attribute("name", of: $0) }.first == "evil<script>|subject")
    let messages = XMLCheck.descendants("failure", of: root).compactMap {
      XMLCheck.attribute("message", of: $0)
    }
    #expect(messages.contains("[TYPE_MISMATCH] \(expected)"))
    #expect(messages.contains("[CONFIG_INVALID] \(expected)"))
    #expect(messages.contains("/a: \(expected)"))
    let bodies = XMLCheck.descendants("failure", of: root).compactMap(\.stringValue)
    #expect(bodies.contains { $0.contains(expected) })
  }

  @Test func emptyReportIsAnEmptyTestSuites() throws {
    let root = try XMLCheck.parse(JUnitReporter().render(Report()))
    #expect(XMLCheck.attribute("tests", of: root) == "0")
    #expect(root.childCount == 0)
  }

  @Test(arguments: [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF] as [UInt32])
  func charactersXMLCannotCarryAreEscaped(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    let message = "a\(Character(scalar))b"
    let report = Report(findings: [
      Finding(Diagnostic(ruleID: "CONFIG_INVALID", severity: .error, message: message))
    ])
    for xml in [JUnitReporter().render(report), CheckstyleReporter().render(report)] {
      #expect(!xml.unicodeScalars.contains(scalar))
      let root = try XMLCheck.parse(xml)
      let texts =
        XMLCheck.descendants("failure", of: root).compactMap {
          XMLCheck.attribute("message", of: $0)
        }
        + XMLCheck.descendants("error", of: root).compactMap {
          XMLCheck.attribute("message", of: $0)
        }
      #expect(texts.contains { $0.hasSuffix("a\\u{\(String(value, radix: 16))}b") })
    }
  }

  @Test func tabsNewlinesAndCarriageReturnsSurviveInAttributes() throws {
    let report = Report(findings: [
      Finding(Diagnostic(ruleID: "CONFIG_INVALID", severity: .error, message: "a\tb\nc\rd"))
    ])
    let root = try XMLCheck.parse(CheckstyleReporter().render(report))
    let messages = XMLCheck.descendants("error", of: root).compactMap {
      XMLCheck.attribute("message", of: $0)
    }
    #expect(messages == ["a\tb\nc\rd"])
  }
}
