import Foundation
import SchemaModel
import Testing

@testable import Parsers

/// Parses the Avro test schemas of Apache Avro's Java module from `../shared/corpora` when that
/// folder is present beside the repository; skips with a printed reason otherwise.
@Suite("Avro corpus")
struct AvroCorpusTests {
  /// `<repo>/../shared/corpora/avro/lang/java/avro/src/test/resources`.
  static let resources: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ParsersTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .deletingLastPathComponent()
    .appendingPathComponent("shared/corpora/avro/lang/java/avro/src/test/resources")

  @Test func javaTestResourcesParseWithoutErrors() throws {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: Self.resources.path) else {
      print("Avro corpus: skipped, \(Self.resources.path) is absent")
      return
    }
    let schemaFiles = names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".avsc") }.sorted()
    var passed = 0
    for name in schemaFiles {
      let url = Self.resources.appendingPathComponent(name)
      let bytes = try [UInt8](Data(contentsOf: url))
      let document = AvroParser.parse(bytes, path: name)
      #expect(document.diagnostics == [], "\(name)")
      #expect(document.root != nil, "\(name)")
      if document.diagnostics.isEmpty { passed += 1 }
    }
    print("Avro corpus: \(passed)/\(schemaFiles.count) schemas parsed without findings")
    #expect(schemaFiles.count > 0)
  }
}
