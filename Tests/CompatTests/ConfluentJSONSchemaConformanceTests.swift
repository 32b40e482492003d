import Compat
import Foundation
import Parsers
import SchemaModel
import Testing

/// Runs Confluent's JSON Schema diff examples (`json-schema-provider` test resources): each entry
/// is a schema pair with the expected change list and verdict.
@Suite struct ConfluentJSONSchemaConformanceTests {
  static let resources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent(
      "shared/corpora/schema-registry/json-schema-provider/src/test/resources")

  /// File name and the number of examples that must pass (just below what is reached).
  static let files: [(String, Int)] = [
    ("diff-schema-examples.json", 104),
    ("diff-schema-examples-2020-12.json", 113),
    ("diff-combined-schema-examples.json", 28),
    ("diff-combined-schema-examples-2020-12.json", 18),
  ]

  /// Confluent's 2020-12 file has trailing commas, which Jackson accepts; drop them.
  static func withoutTrailingCommas(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    var inString = false
    var escaped = false
    var pendingComma: Int?
    for byte in bytes {
      if inString {
        output.append(byte)
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        pendingComma = nil
        inString = true
        output.append(byte)
      case UInt8(ascii: ","):
        pendingComma = output.count
        output.append(byte)
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if let comma = pendingComma { output[comma] = UInt8(ascii: " ") }
        pendingComma = nil
        output.append(byte)
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
        output.append(byte)
      default:
        pendingComma = nil
        output.append(byte)
      }
    }
    return output
  }

  @Test(arguments: files)
  func examples(file: String, floor: Int) throws {
    let url = Self.resources.appendingPathComponent(file)
    guard let data = try? Data(contentsOf: url) else {
      print("Confluent JSON Schema examples (\(file)): skipped, \(url.path) is absent")
      return
    }
    let root = try JSONReader.parse(Self.withoutTrailingCommas(Array(data)))
    let examples = try #require(root.elements)
    var passed = 0
    var failures: [String] = []
    for example in examples {
      let description = example["description"]?.stringValue ?? "?"
      let original = try #require(example["original_schema"])
      let update = try #require(example["update_schema"])
      let expected = (example["changes"]?.elements ?? []).compactMap(\.stringValue).sorted()
      var verdict = true
      if case .bool(let flag)? = example["compatible"]?.kind { verdict = flag }
      var lenientVerdict: Bool?
      if case .bool(let flag)? = example["compatible_lenient"]?.kind { lenientVerdict = flag }
      do {
        let differences = try ConfluentJSONSchemaDiff.compare(original: original, update: update)
        let actual = differences.map(\.changeString).sorted()
        let strict = differences.isCompatible(policy: .strict)
        let lenient = differences.isCompatible(policy: .lenient)
        if actual == expected && strict == verdict && (lenientVerdict.map { $0 == lenient } ?? true)
        {
          passed += 1
        } else {
          failures.append(
            "\(description): expected \(expected) \(verdict), got \(actual) \(strict)"
              + (lenientVerdict.map { " (lenient expected \($0), got \(lenient))" } ?? ""))
        }
      } catch {
        failures.append("\(description): \(error)")
      }
    }
    print(
      "Confluent JSON Schema examples (\(file)): \(passed) passed, \(failures.count) failed")
    for failure in failures { print("  FAIL \(failure)") }
    #expect(passed >= floor, "\(file): \(passed) passed")
  }
}
