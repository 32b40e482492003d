import Parsers
import SchemaModel
import Testing

@testable import Validation

/// Runs the suite's regex groups (`optional/ecmascript-regex.json`, `optional/non-bmp-regex.json`,
/// `pattern.json`) whose schema is a plain `pattern`, `patternProperties` with
/// `additionalProperties: false`, or `format: regex`, through the engine.
@Test(arguments: JSONSchemaSuiteLocator.drafts.map(\.folder))
func ecmascriptRegexSuite(draftFolder: String) throws {
  let files = [
    "optional/ecmascript-regex.json", "optional/non-bmp-regex.json", "pattern.json",
    "patternProperties.json",
  ]
  let groups = files.flatMap {
    JSONSchemaSuiteLocator.groups(draftFolder: draftFolder, file: $0) ?? []
  }
  guard !groups.isEmpty else {
    print("regex suite for \(draftFolder) not found; skipped")
    return
  }
  var passed = 0
  var failures: [String] = []
  for group in groups {
    guard let schema = group["schema"] else { continue }
    let checker: ((JSONValue) -> Bool?)?
    if let pattern = schema["pattern"]?.stringValue {
      let regex = try? ECMARegex(pattern)
      checker = { data in
        guard let text = data.stringValue else { return nil }
        return regex?.search(in: text) == .match
      }
    } else if let properties = schema["patternProperties"]?.members, properties.count == 1,
      case .bool(false) = schema["additionalProperties"]?.kind
    {
      let regex = try? ECMARegex(properties[0].key)
      checker = { data in
        guard let members = data.members else { return nil }
        return members.allSatisfy { regex?.search(in: $0.key) == .match }
      }
    } else if schema["format"]?.stringValue == "regex" {
      checker = { data in data.stringValue.map { (try? ECMARegex($0)) != nil } }
    } else {
      checker = nil
    }
    guard let checker else { continue }
    for test in group["tests"]?.elements ?? [] {
      guard case .bool(let expected) = test["valid"]?.kind, let data = test["data"],
        let actual = checker(data)
      else { continue }
      if actual == expected {
        passed += 1
      } else {
        failures.append(
          "\(group["description"]?.stringValue ?? "?") / \(test["description"]?.stringValue ?? "?")"
        )
      }
    }
  }
  print("regex tests \(draftFolder): \(passed) passed, \(failures.count) failed")
  for failure in failures { print("  FAIL \(failure)") }
  #expect(passed >= 80)
}
