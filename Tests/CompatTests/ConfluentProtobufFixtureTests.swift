import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Compat

/// Walks `Fixtures/compat/protobuf-confluent/<case>/`: `old.proto` and `new.proto` (imports from
/// `imports-old/` and `imports-new/`), and `expected.json` with Confluent's differences both
/// ways and the findings under FULL, located. `SCHEMACHECK_RECORD=1` rewrites `expected.json`.
@Suite struct ConfluentProtobufFixtureTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/compat/protobuf-confluent")

  static var caseNames: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func thereAreEnoughCases() {
    #expect(Self.caseNames.count >= 15)
  }

  @Test(arguments: caseNames)
  func fixtureMatchesExpected(_ name: String) throws {
    let folder = Self.root.appendingPathComponent(name)
    let old = try Self.version("old", folder)
    let new = try Self.version("new", folder)
    #expect(
      !old.hasErrors && !new.hasErrors, "\(old.document.diagnostics + new.document.diagnostics)")
    let actual = Self.render(old: old, new: new)
    let url = folder.appendingPathComponent("expected.json")
    if ProcessInfo.processInfo.environment["SCHEMACHECK_RECORD"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected)
  }

  /// The findings' flags agree with the checker: a change breaks a direction exactly when that
  /// direction's check fails.
  @Test(arguments: caseNames)
  func differAgreesWithChecker(_ name: String) throws {
    let folder = Self.root.appendingPathComponent(name)
    let old = try Self.version("old", folder)
    let new = try Self.version("new", folder)
    let changes = SchemaDiffer.diff(old: old, new: new)
    let backward = CompatibilityChecker.check(new: new, previous: [old], mode: .backward)
    let forward = CompatibilityChecker.check(new: new, previous: [old], mode: .forward)
    #expect(changes.contains(where: \.breaksBackward) == !backward.isCompatible)
    #expect(changes.contains(where: \.breaksForward) == !forward.isCompatible)
  }

  static func render(old: SchemaVersion, new: SchemaVersion) -> String {
    func texts(_ original: SchemaVersion, _ update: SchemaVersion) -> [String] {
      guard let originalImage = original.protoImage, let updateImage = update.protoImage else {
        return []
      }
      return ConfluentProtobufDiff.compare(original: originalImage, update: updateImage)
        .map { JSONText.quoted($0.confluentText) }
    }
    let findings = CompatibilityChecker.check(new: new, previous: [old], mode: .full).findings
      .map { finding in
        "["
          + [
            finding.ruleID.rawValue, finding.path ?? "",
            finding.location.map(String.init(describing:)) ?? "",
            finding.previousLocation.map(String.init(describing:)) ?? "",
          ].map(JSONText.quoted).joined(separator: ", ") + "]"
      }
    func list(_ items: [String]) -> String {
      items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
    }
    return """
      {
        "backward": \(list(texts(old, new))),
        "forward": \(list(texts(new, old))),
        "findings": \(list(findings))
      }

      """
  }

  static func version(_ label: String, _ folder: URL) throws -> SchemaVersion {
    let text = try String(
      contentsOf: folder.appendingPathComponent("\(label).proto"), encoding: .utf8)
    let importFolder = folder.appendingPathComponent("imports-\(label)")
    var imports: [String: String] = [:]
    if let paths = FileManager.default.subpaths(atPath: importFolder.path) {
      for path in paths where path.hasSuffix(".proto") {
        imports[path] = try String(
          contentsOf: importFolder.appendingPathComponent(path), encoding: .utf8)
      }
    }
    let parsed = ProtoParser.parse(
      Array(text.utf8), path: "schema.proto", displayPath: "\(label).proto")
    var image = ProtoLinker.link(
      targets: [parsed.file],
      loader: InMemoryProtoImportLoader(imports, displayPrefix: "imports-\(label)/"))
    image.diagnostics = parsed.diagnostics + image.diagnostics
    let document = SchemaDocument(
      format: .protobuf, path: "\(label).proto", diagnostics: image.diagnostics)
    return SchemaVersion(label: label, document: document, protoImage: image)
  }
}
