import Foundation
import Parsers
import SchemaModel
import Testing

/// Replays the committed inputs of FuzzTesting/Regressions/ that once crashed or hung a parser
/// fuzz target, through the code that target runs: each must now end with its diagnostic.
@Suite("Fuzz regressions: parsers")
struct ParserFuzzRegressionTests {
  /// `<repo>/FuzzTesting/Regressions`.
  static let regressions: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ParsersTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .appendingPathComponent("FuzzTesting/Regressions")

  /// The fuzz targets whose code lives in Parsers.
  static let targets = ["FuzzJSONReader", "FuzzYAMLReader", "FuzzAvroParser", "FuzzProtoParser"]

  /// The files the Protobuf target's input may import: FuzzTesting/Schemas/imports/.
  static let imports: [String: String] = {
    let root = regressions.deletingLastPathComponent().appendingPathComponent("Schemas/imports")
    var files: [String: String] = [:]
    for path in ["acme/common.proto", "acme/legacy.proto"] {
      let url = root.appendingPathComponent(path)
      files[path] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
    return files
  }()

  /// One committed input and the rule id of the diagnostic it must now give.
  struct Regression: CustomTestStringConvertible, Sendable {
    var target: String
    var file: String
    var ruleID: String
    var testDescription: String { "\(target)/\(file)" }
  }

  /// Every committed input of `targets`; a new one must be added here (see FuzzTesting/README).
  static let expectations: [Regression] = []

  @Test(arguments: expectations)
  func inputGivesItsDiagnostic(_ regression: Regression) throws {
    let url = Self.regressions.appendingPathComponent(regression.target)
      .appendingPathComponent(regression.file)
    let bytes = try [UInt8](Data(contentsOf: url))
    let ruleIDs = Self.run(regression.target, on: bytes).map(\.ruleID.rawValue)
    #expect(ruleIDs.contains(regression.ruleID), "\(ruleIDs)")
  }

  @Test func everyCommittedInputHasAnExpectation() throws {
    var committed: Set<String> = []
    for target in Self.targets {
      let folder = Self.regressions.appendingPathComponent(target)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names where !name.hasPrefix(".") { committed.insert("\(target)/\(name)") }
    }
    #expect(committed == Set(Self.expectations.map(\.testDescription)))
  }

  /// The diagnostics of what `target` runs on `bytes` (see FuzzTesting/Sources/<target>).
  static func run(_ target: String, on bytes: [UInt8]) -> [Diagnostic] {
    switch target {
    case "FuzzJSONReader":
      do {
        _ = try JSONReader.parse(bytes)
        return []
      } catch {
        return [
          Diagnostic(
            ruleID: error.ruleID, severity: .error, message: error.message,
            location: SourceLocation(file: "fuzz.json", position: error.position))
        ]
      }
    case "FuzzYAMLReader":
      do {
        _ = try YAMLReader.parse(String(decoding: bytes, as: UTF8.self))
        return []
      } catch {
        return [error.diagnostic(file: "fuzz.yaml")]
      }
    case "FuzzAvroParser":
      return AvroParser.parse(bytes, path: "fuzz.avsc").diagnostics
    case "FuzzProtoParser":
      let parsed = ProtoParser.parse(bytes, path: "fuzz.proto")
      let image = ProtoLinker.link(
        targets: [parsed.file], loader: InMemoryProtoImportLoader(imports))
      return parsed.diagnostics + image.diagnostics
    default:
      Issue.record("no fuzz target named \(target) in Parsers")
      return []
    }
  }
}
