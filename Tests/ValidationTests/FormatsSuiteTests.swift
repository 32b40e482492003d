import Parsers
import SchemaModel
import Testing

@testable import Validation

/// Runs the suite's format tests whose schema is only `{"format": X}`, straight through
/// `JSONSchemaFormats.isValid` (non-string instances are always valid).
@Test(arguments: JSONSchemaSuiteLocator.drafts.map(\.folder))
func formatSuite(draftFolder: String) throws {
  guard let draft = JSONSchemaSuiteLocator.drafts.first(where: { $0.folder == draftFolder })?.draft
  else { return }
  let formatFiles = [
    "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
    "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
    "json-pointer", "relative-json-pointer", "regex",
  ]
  var passed = 0
  var failures: [String] = []
  var foundAny = false
  for file in formatFiles {
    guard
      let groups = JSONSchemaSuiteLocator.groups(
        draftFolder: draftFolder, file: "optional/format/\(file).json")
    else { continue }
    foundAny = true
    for group in groups {
      guard let schema = group["schema"], let members = schema.members,
        members.allSatisfy({ $0.key == "format" || $0.key == "$schema" }),
        let format = schema["format"]?.stringValue
      else { continue }
      for test in group["tests"]?.elements ?? [] {
        guard case .bool(let expected) = test["valid"]?.kind else { continue }
        let actual: Bool
        if let text = test["data"]?.stringValue {
          actual = JSONSchemaFormats.isValid(text, format: format, draft: draft) ?? true
        } else {
          actual = true
        }
        if actual == expected {
          passed += 1
        } else {
          let data = test["data"]?.stringValue ?? "?"
          failures.append("\(format): \(data.debugDescription) expected \(expected)")
        }
      }
    }
  }
  guard foundAny else {
    print("format suite for \(draftFolder) not found; skipped")
    return
  }
  print("format tests \(draftFolder): \(passed) passed, \(failures.count) failed")
  for failure in failures { print("  FAIL \(failure)") }
  #expect(passed >= minimumPassed[draftFolder, default: 0])
}

/// Floors just below what the implementation reaches, so a regression fails the test.
private let minimumPassed: [String: Int] = [
  "draft4": 210, "draft6": 315, "draft7": 650, "draft2019-09": 730, "draft2020-12": 740,
]
