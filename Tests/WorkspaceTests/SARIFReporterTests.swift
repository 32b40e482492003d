import Foundation
import SchemaModel
import Testing

@testable import Workspace

@Suite struct SARIFReporterTests {
  @Test func matchesGoldenFile() throws {
    try GoldenFile.check(SARIFReporter().render(ciSampleReport), against: "reporters/report.sarif")
  }

  @Test func describesEveryRuleTheResultsUse() throws {
    let log = try SARIFDocument(SARIFReporter().render(ciSampleReport))
    let rules = try log.rules()
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids == ids.sorted())
    #expect(Set(ids) == Set(ciSampleReport.findings.map(\.diagnostic.ruleID.rawValue)))
    for result in try log.results() {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ids[index] == result["ruleId"] as? String)
    }
    let registered = try #require(rules.first { $0["id"] as? String == "TYPE_MISMATCH" })
    #expect(registered["help"] != nil)
    #expect(registered["fullDescription"] != nil)
    let unregistered = try #require(
      rules.first { $0["id"] as? String == "TEST_UNREGISTERED_NOTE" })
    #expect(unregistered["shortDescription"] != nil)
  }

  @Test func locationsAreRelativeURIsWithRegions() throws {
    let results = try SARIFDocument(SARIFReporter().render(ciSampleReport)).results()
    let uris = results.compactMap { result -> String? in
      let locations = result["locations"] as? [[String: Any]]
      let physical = locations?.first?["physicalLocation"] as? [String: Any]
      let artifact = physical?["artifactLocation"] as? [String: Any]
      #expect(artifact?["uriBaseId"] as? String == "%SRCROOT%")
      if let region = physical?["region"] as? [String: Any] {
        #expect((region["startLine"] as? Int ?? 0) >= 1)
        #expect((region["startColumn"] as? Int ?? 0) >= 1)
      }
      return artifact?["uri"] as? String
    }
    #expect(uris.count == results.count)
    #expect(uris.contains("schemas/odd%2C%20name%3A%20x%25.avsc"))
  }

  @Test func fingerprintsSurviveLineMoves() throws {
    let before = try SARIFDocument(SARIFReporter().render(ciSampleReport)).fingerprints()
    let moved = movingLines(of: "TYPE_MISMATCH", in: ciSampleReport, by: 12)
    let after = try SARIFDocument(SARIFReporter().render(moved)).fingerprints()
    #expect(Set(before) == Set(after))
    #expect(Set(before).count == before.count)
  }

  @Test func fingerprintsChangeWithTheElement() throws {
    var other = ciSampleReport
    other.findings[1].diagnostic.path = "/fields/9"
    let before = try SARIFDocument(SARIFReporter().render(ciSampleReport)).fingerprints()
    let after = try SARIFDocument(SARIFReporter().render(other)).fingerprints()
    #expect(before != after)
  }
}

/// A rendered SARIF log read back with Foundation, for assertions on its structure.
struct SARIFDocument {
  let root: [String: Any]

  init(_ text: String) throws {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    root = try #require(object as? [String: Any])
  }

  func run() throws -> [String: Any] {
    let runs = try #require(root["runs"] as? [[String: Any]])
    try #require(runs.count == 1)
    return runs[0]
  }

  func rules() throws -> [[String: Any]] {
    let tool = try #require(try run()["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    return try #require(driver["rules"] as? [[String: Any]])
  }

  func results() throws -> [[String: Any]] {
    try #require(try run()["results"] as? [[String: Any]])
  }

  /// The `schemacheck/v1` fingerprint of each result, in order.
  func fingerprints() throws -> [String] {
    try results().map { result in
      let prints = try #require(result["partialFingerprints"] as? [String: String])
      return try #require(prints["schemacheck/v1"])
    }
  }
}
