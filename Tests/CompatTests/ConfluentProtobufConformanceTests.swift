import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Compat

/// Confluent's own Protobuf diff examples (`protobuf-provider/src/test/resources`): for each,
/// the verdict and the exact list of differences (`TYPE #/path`) must match.
@Suite struct ConfluentProtobufConformanceTests {
  static let resources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("shared/corpora/schema-registry/protobuf-provider/src/test/resources")

  static let exampleFiles = ["diff-schema-examples.json", "diff-schema-examples-with-meta.json"]

  /// Confluent's `confluent/meta.proto` and `confluent/type/decimal.proto` are references the
  /// examples name but do not include; these stand-ins declare the same names.
  static let confluentImports = [
    "confluent/meta.proto": """
    syntax = "proto3";
    package confluent;
    import "google/protobuf/descriptor.proto";
    message Meta {
      string doc = 1;
      map<string, string> params = 2;
      repeated string tags = 3;
    }
    extend google.protobuf.FileOptions { Meta file_meta = 1088; }
    extend google.protobuf.MessageOptions { Meta message_meta = 1088; }
    extend google.protobuf.FieldOptions { Meta field_meta = 1088; }
    extend google.protobuf.EnumOptions { Meta enum_meta = 1088; }
    extend google.protobuf.EnumValueOptions { Meta enum_value_meta = 1088; }
    """,
    "confluent/type/decimal.proto": """
    syntax = "proto3";
    package confluent.type;
    message Decimal {
      bytes value = 1;
      uint32 precision = 2;
      int32 scale = 3;
    }
    """,
  ]

  struct Example {
    var file: String
    var description: String
    var original: String
    var update: String
    var originalImports: [String: String]
    var updateImports: [String: String]
    var changes: [String]?
    var compatible: Bool?
  }

  enum LoadError: Error {
    case unreadable(String)
  }

  static func loadExamples() throws -> [Example] {
    var examples: [Example] = []
    for name in exampleFiles {
      let url = resources.appendingPathComponent(name)
      let root = try JSONReader.parse(Array(try Data(contentsOf: url)))
      for entry in root.elements ?? [] {
        examples.append(
          Example(
            file: name, description: entry["description"]?.stringValue ?? "?",
            original: try schemaText(entry["original_schema"]?.stringValue),
            update: try schemaText(entry["update_schema"]?.stringValue),
            originalImports: imports(entry["original_dependencies"]),
            updateImports: imports(entry["update_dependencies"]),
            changes: entry["changes"]?.elements?.compactMap(\.stringValue),
            compatible: entry["compatible"].flatMap {
              if case .bool(let value) = $0.kind { return value }
              return nil
            }))
      }
    }
    return examples
  }

  /// Schema text inline, or the path of a `.proto` file under the resources folder.
  static func schemaText(_ value: String?) throws -> String {
    guard let value else { throw LoadError.unreadable("missing schema") }
    guard value.hasSuffix(".proto"), !value.contains("\n") else { return value }
    let url = resources.appendingPathComponent(value)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw LoadError.unreadable(value)
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// `[{name, dependency}]`; a dependency without text is one of Confluent's own files.
  static func imports(_ value: JSONValue?) -> [String: String] {
    var files = confluentImports
    for dependency in value?.elements ?? [] {
      guard let name = dependency["name"]?.stringValue,
        let text = dependency["dependency"]?.stringValue
      else { continue }
      files[name] = text
    }
    return files
  }

  struct Outcome {
    var verdict: Bool
    var differences: [String]
    var linkProblems: [String]
  }

  static func run(_ example: Example) -> Outcome {
    let original = ProtoTestImages.image(example.original, imports: example.originalImports)
    let update = ProtoTestImages.image(example.update, imports: example.updateImports)
    let differences = ConfluentProtobufDiff.compare(original: original, update: update)
    let problems = (original.diagnostics + update.diagnostics).filter { $0.severity == .error }
    return Outcome(
      verdict: differences.allSatisfy(\.isCompatible),
      differences: differences.map(\.confluentText),
      linkProblems: problems.map { "\($0.ruleID): \($0.message)" })
  }

  @Test func confluentExamples() throws {
    guard FileManager.default.fileExists(atPath: Self.resources.path) else {
      print("Confluent protobuf examples: skipped, \(Self.resources.path) is absent")
      return
    }
    let examples = try Self.loadExamples()
    var failures: [String] = []
    for (index, example) in examples.enumerated() {
      let outcome = Self.run(example)
      let name = "\(example.file) #\(index) '\(example.description)'"
      var problems: [String] = []
      if !outcome.linkProblems.isEmpty {
        problems.append("link errors \(outcome.linkProblems)")
      }
      if let compatible = example.compatible, compatible != outcome.verdict {
        problems.append("verdict \(outcome.verdict), expected \(compatible)")
      }
      if let changes = example.changes, changes != outcome.differences {
        let how = changes.sorted() == outcome.differences.sorted() ? "order" : "differences"
        problems.append("\(how) \(outcome.differences), expected \(changes)")
      }
      if !problems.isEmpty { failures.append("\(name): " + problems.joined(separator: "; ")) }
    }
    print(
      "Confluent protobuf examples: \(examples.count - failures.count) passed, "
        + "\(failures.count) failed")
    for failure in failures { print("  FAILED \(failure)") }
    #expect(examples.count == 55)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
