import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Compat

/// Walks `Fixtures/compat/avro/<case>/{old.avsc,new.avsc,expected.json}`: `expected.json` is the
/// exact list of `[kind, location, direction]`, backward (new reads old) first, then forward.
@Suite struct AvroFixtureTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/compat/avro")

  static var caseNames: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func thereAreEnoughCases() {
    #expect(Self.caseNames.count >= 15)
  }

  @Test(arguments: caseNames)
  func fixtureMatchesExpectedFindings(_ name: String) throws {
    let folder = Self.root.appendingPathComponent(name)
    let old = try Self.version("old", folder)
    let new = try Self.version("new", folder)
    #expect(old.document.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(new.document.diagnostics.filter { $0.severity == .error }.isEmpty)
    let backward = AvroReaderWriterChecker.check(reader: new, writer: old).incompatibilities
      .map { [$0.kind.rawValue, $0.location, "backward"] }
    let forward = AvroReaderWriterChecker.check(reader: old, writer: new).incompatibilities
      .map { [$0.kind.rawValue, $0.location, "forward"] }
    let expectedBytes = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
    let expectedJSON = try JSONReader.parse(Array(expectedBytes))
    let expected = try #require(expectedJSON.elements).map { entry in
      (entry.elements ?? []).compactMap(\.stringValue)
    }
    #expect(backward + forward == expected)
    // The differ's break flags say the same as the checker.
    let changes = SchemaDiffer.diff(old: old, new: new)
    #expect(changes.contains(where: \.breaksBackward) == !backward.isEmpty)
    #expect(changes.contains(where: \.breaksForward) == !forward.isEmpty)
  }

  /// Under FULL, every finding points into the new file, back into the old one, carries Java's
  /// location as its path and names the checked version.
  @Test(arguments: caseNames)
  func findingsPointIntoBothFiles(_ name: String) throws {
    let folder = Self.root.appendingPathComponent(name)
    let old = try Self.version("old", folder)
    let new = try Self.version("new", folder)
    let result = CompatibilityChecker.check(new: new, previous: [old], mode: .full)
    #expect(result.checkedAgainst == ["old"])
    for finding in result.findings {
      #expect(finding.location?.file == "new.avsc")
      #expect(finding.previousLocation?.file == "old.avsc")
      #expect(finding.path?.hasPrefix("/") == true)
      #expect(finding.message.contains("version old"))
      #expect(finding.severity == .error)
    }
  }

  static func version(_ label: String, _ folder: URL) throws -> SchemaVersion {
    let url = folder.appendingPathComponent("\(label).avsc")
    let bytes = try Data(contentsOf: url)
    let document = AvroParser.parse(Array(bytes), path: "\(label).avsc")
    return SchemaVersion(label: label, document: document)
  }
}
