import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Compat

/// Feeds the pairs written by `Tests/Conformance/avro_differential.py` through our checker.
/// Runs only when `SCHEMACHECK_AVRO_DIFFERENTIAL` names the pairs folder; writes `ours.json`
/// beside each pair for the script to compare with Python's verdicts.
@Suite struct AvroDifferentialTests {
  static let folder = ProcessInfo.processInfo.environment["SCHEMACHECK_AVRO_DIFFERENTIAL"]

  @Test(.enabled(if: folder != nil, "SCHEMACHECK_AVRO_DIFFERENTIAL is not set"))
  func writesOurVerdictForEveryPair() throws {
    let root = URL(fileURLWithPath: try #require(Self.folder))
    let pairs = try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { !$0.hasPrefix(".") }.sorted()
    var written = 0
    for pair in pairs {
      let folder = root.appendingPathComponent(pair)
      guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.avsc").path)
      else { continue }
      let first = try Self.version("a", folder)
      let second = try Self.version("b", folder)
      let errors = (first.document.diagnostics + second.document.diagnostics)
        .filter { $0.severity == .error }.map(\.message)
      let json: String
      if errors.isEmpty {
        // "b reads a" and "a reads b", the two directions the script asked Python about.
        let bReadsA = AvroReaderWriterChecker.check(reader: second, writer: first)
        let aReadsB = AvroReaderWriterChecker.check(reader: first, writer: second)
        // Does the differ (a = old, b = new) flag a break exactly when the checker finds one?
        let changes = SchemaDiffer.diff(old: first, new: second)
        let differAgrees =
          changes.contains(where: \.breaksBackward) == !bReadsA.isCompatible
          && changes.contains(where: \.breaksForward) == !aReadsB.isCompatible
        json =
          "{\"b_reads_a\": \(Self.render(bReadsA)), \"a_reads_b\": \(Self.render(aReadsB)), "
          + "\"differ_agrees\": \(differAgrees)}"
      } else {
        json = "{\"error\": \(JSONText.quoted(errors.joined(separator: "; ")))}"
      }
      try Data((json + "\n").utf8).write(to: folder.appendingPathComponent("ours.json"))
      written += 1
    }
    print("avro differential: wrote \(written) verdicts")
    #expect(written > 0)
  }

  static func render(_ result: AvroCompatibilityResult) -> String {
    let items = result.incompatibilities.map {
      "[\(JSONText.quoted($0.kind.rawValue)), \(JSONText.quoted($0.location)), "
        + "\(JSONText.quoted($0.message))]"
    }
    return "{\"compatible\": \(result.isCompatible), \"incompatibilities\": ["
      + items.joined(separator: ", ") + "]}"
  }

  static func version(_ label: String, _ folder: URL) throws -> SchemaVersion {
    let bytes = try Data(contentsOf: folder.appendingPathComponent("\(label).avsc"))
    return SchemaVersion(
      label: label, document: AvroParser.parse(Array(bytes), path: "\(label).avsc"))
  }
}
