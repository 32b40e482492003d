import Foundation
import Parsers
import SchemaModel

/// Finds the official JSON-Schema-Test-Suite in `../shared/corpora` next to the repository.
enum JSONSchemaSuiteLocator {
  static var testsDirectory: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("shared/corpora/JSON-Schema-Test-Suite/tests")
  }

  static let drafts: [(folder: String, draft: JSONSchemaDraft)] = [
    ("draft4", .draft4), ("draft6", .draft6), ("draft7", .draft7),
    ("draft2019-09", .draft201909), ("draft2020-12", .draft202012),
  ]

  /// The parsed test groups of one suite file (a path below the draft folder), or nil when
  /// the file is absent.
  static func groups(draftFolder: String, file: String) -> [JSONValue]? {
    let url = testsDirectory.appendingPathComponent("\(draftFolder)/\(file)")
    guard let data = FileManager.default.contents(atPath: url.path),
      let root = try? JSONReader.parse([UInt8](data))
    else { return nil }
    return root.elements
  }
}
