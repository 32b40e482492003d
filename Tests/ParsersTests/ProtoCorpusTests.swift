import Foundation
import SchemaModel
import Testing

@testable import Parsers

/// Parses every `.proto` file of the shared corpora (`../shared/corpora` beside the repository)
/// and expects no syntax error; skips with a printed reason when the corpora are absent.
@Suite("Proto corpus")
struct ProtoCorpusTests {
  static let corpora: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ParsersTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .deletingLastPathComponent()
    .appendingPathComponent("shared/corpora")

  /// Corpus files that are invalid on purpose, with the rule they must report.
  static let intentionallyInvalid: [String: RuleID] = [:]

  static func protoFiles(under folder: String) -> [URL] {
    let root = corpora.appendingPathComponent(folder)
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: nil)
    else { return [] }
    var files: [URL] = []
    for case let url as URL in enumerator where url.pathExtension == "proto" {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }

  @Test(arguments: ["buf-breaking", "schema-registry"])
  func corpusParsesWithoutSyntaxErrors(folder: String) throws {
    let files = Self.protoFiles(under: folder)
    guard !files.isEmpty else {
      print("Proto corpus \(folder): skipped, \(Self.corpora.path)/\(folder) is absent")
      return
    }
    var passed = 0
    var failures: [String] = []
    var otherFindings: [String] = []
    for url in files {
      let bytes = try [UInt8](Data(contentsOf: url))
      let relative = String(url.path.dropFirst(Self.corpora.path.count + 1))
      let result = ProtoParser.parse(bytes, path: relative)
      let syntaxErrors = result.diagnostics.filter { $0.ruleID == "PROTO_SYNTAX_ERROR" }
      for other in result.diagnostics where other.ruleID != "PROTO_SYNTAX_ERROR" {
        otherFindings.append(
          "\(relative):\(other.location?.line ?? 0):\(other.location?.column ?? 0) [\(other.ruleID)] \(other.message)"
        )
      }
      if syntaxErrors.isEmpty {
        passed += 1
      } else {
        failures.append(
          "\(relative): "
            + syntaxErrors.map { "\($0.location?.description ?? "") \($0.message)" }
            .joined(separator: "; "))
      }
    }
    print("Proto corpus \(folder): \(passed) passed, \(failures.count) failed")
    for failure in failures { print("  FAILED \(failure)") }
    // Not syntax errors: semantic problems protoc would also report (kept visible).
    for finding in otherFindings { print("  NOTE \(finding)") }
    #expect(failures.isEmpty)
  }
}
