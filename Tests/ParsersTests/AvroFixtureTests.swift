import Foundation
import SchemaModel
import Testing

@testable import Parsers

/// The repository's demo contracts (`Fixtures/**/*.avsc`, except under `invalid/` or `bad/`)
/// parse, and link with the shared types of `Fixtures/schemas/common`.
@Suite("Avro fixtures")
struct AvroFixtureTests {
  static let fixtures: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ParsersTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .appendingPathComponent("Fixtures")

  static func schemaFiles() -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: fixtures, includingPropertiesForKeys: nil)
    else { return [] }
    // Fixtures meant to be wrong live in folders named `invalid` or `bad`.
    let wrongOnPurpose: Set<String> = ["invalid", "bad"]
    return enumerator.compactMap { $0 as? URL }
      .filter { $0.pathExtension == "avsc" }
      .filter { wrongOnPurpose.isDisjoint(with: $0.pathComponents) }
      .sorted { $0.path < $1.path }
  }

  @Test func demoContractsParseAndLink() throws {
    let files = Self.schemaFiles()
    guard !files.isEmpty else {
      print("Avro fixtures: skipped, no .avsc files under \(Self.fixtures.path)")
      return
    }
    let prefix = Self.fixtures.path + "/"
    let documents = try files.map { url in
      AvroParser.parse(
        try [UInt8](Data(contentsOf: url)), path: String(url.path.dropFirst(prefix.count)))
    }
    let common = documents.filter { $0.path.hasPrefix("schemas/common/") }
    for document in documents {
      #expect(document.diagnostics == [], "\(document.path)")
      let set = common.contains { $0.path == document.path } ? common : common + [document]
      let linked = AvroSchemaSet.link(set)
      #expect(linked.allSatisfy { $0.diagnostics == [] }, "\(document.path)")
    }
    print("Avro fixtures: \(documents.count) contracts parsed and linked")
  }
}
