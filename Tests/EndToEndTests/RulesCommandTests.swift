import Foundation
import Testing

@Suite struct RulesCommandTests {
  @Test func jsonListsEveryFamilysRules() throws {
    let result = try CommandRunner.run(["rules", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let rules = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let ids = Set(rules.compactMap { $0["id"] as? String })
    #expect(ids.count == rules.count)
    for id in [
      "READER_FIELD_MISSING_DEFAULT_VALUE", "PAYLOAD_TYPE_MISMATCH", "FIELD_NO_DELETE",
      "PARSE_UNEXPECTED_TOKEN",
    ] {
      #expect(ids.contains(id), "\(id)")
    }
    let reader = try #require(rules.first { $0["id"] as? String == "PAYLOAD_TYPE_MISMATCH" })
    #expect(reader["defaultSeverity"] as? String == "error")
    #expect((reader["summary"] as? String)?.isEmpty == false)
  }

  @Test func textIsOneLinePerRule() throws {
    let text = try CommandRunner.run(["rules"])
    let json = try CommandRunner.run(["rules", "--format", "json"])
    #expect(text.status == 0)
    let lines = text.stdout.split(separator: "\n")
    let rules = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
    #expect(lines.count == rules?.count)
    #expect(lines.contains { $0.hasPrefix("READER_FIELD_MISSING_DEFAULT_VALUE ") })
  }

  @Test func markdownIsTheDocsPage() throws {
    let result = try CommandRunner.run(["rules", "--format", "markdown"])
    #expect(result.status == 0)
    let page = CommandRunner.repositoryRoot.appendingPathComponent("docs/rules.md")
    #expect(result.stdout == (try String(contentsOf: page, encoding: .utf8)))
  }

  @Test func unknownFormatIsAnArgumentError() throws {
    let result = try CommandRunner.run(["rules", "--format", "sarif"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
  }
}
