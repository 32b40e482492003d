import Foundation
import Parsers
import SchemaModel
import Testing

/// `.pre-commit-hooks.yaml` names commands that exist, in both install variants.
@Suite struct PreCommitHooksTests {
  struct Hook {
    var id: String
    var entry: String
    var language: String
  }

  func hooks() throws -> [Hook] {
    let url = CommandRunner.repositoryRoot.appendingPathComponent(".pre-commit-hooks.yaml")
    let value = try YAMLReader.parse(String(contentsOf: url, encoding: .utf8))
    guard case .array(let items) = value.kind else { return [] }
    return items.compactMap { item in
      guard case .object(let members) = item.kind else { return nil }
      func text(_ key: String) -> String? {
        guard case .string(let string) = members.first(where: { $0.key == key })?.value.kind
        else { return nil }
        return string
      }
      guard let id = text("id"), let entry = text("entry"), let language = text("language")
      else { return nil }
      return Hook(id: id, entry: entry, language: language)
    }
  }

  @Test func eachCommandHasASwiftAndASystemHook() throws {
    let hooks = try hooks()
    #expect(
      hooks.map(\.id).sorted() == [
        "schemacheck-check", "schemacheck-check-system", "schemacheck-lint",
        "schemacheck-lint-system",
      ])
    #expect(hooks.filter { $0.language == "swift" }.count == 2)
    #expect(hooks.filter { $0.language == "system" }.count == 2)
  }

  @Test func everyEntryIsACommandTheToolHas() throws {
    for hook in try hooks() {
      let arguments = hook.entry.split(separator: " ").dropFirst().map(String.init)
      let result = try CommandRunner.run(arguments + ["--help"])
      #expect(result.status == 0, "\(hook.id): \(result.stderr)")
    }
  }
}
