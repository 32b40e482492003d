import Foundation
import Testing

/// `schemacheck catalog` as a user runs it.
@Suite struct CatalogCommandTests {
  static let hostile = "<script>alert(1)</script> \u{1B}[31mred | `tick`"

  func repository() throws -> ScratchFolder {
    let scratch = try ScratchFolder()
    _ = try scratch.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: orders.placed
          schema: order.avsc
          owner: team-orders
          producers: [checkout]
          consumers: [email]
          description: "\(Self.hostile.replacingOccurrences(of: "\u{1B}", with: "\\e"))"
      """)
    _ = try scratch.write(
      "order.avsc",
      """
      {"type": "record", "name": "Order", "namespace": "a", "doc": "<img src=x onerror=alert(1)>",
       "fields": [{"name": "id", "type": "string", "doc": "\(Self.hostile.replacingOccurrences(of: "\u{1B}", with: "\\u001b"))"}]}
      """)
    return scratch
  }

  /// The lines of a Markdown page that are not inside a ``` fenced block.
  static func outsideFences(_ text: String) -> String {
    var inside = false
    var kept: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inside.toggle()
        continue
      }
      if !inside { kept.append(line) }
    }
    return kept.joined(separator: "\n")
  }

  func read(_ scratch: ScratchFolder, _ path: String) throws -> String {
    try String(contentsOf: scratch.url.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func writesEveryFormatIntoTheOutputFolder() throws {
    let scratch = try repository()
    defer { scratch.remove() }
    let result = try CommandRunner.run(["catalog", "--out", "site"], in: scratch.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "1 events, 2 services, 1 owners: 11 files in site (11 written, 0 unchanged, 0 removed)\n"
    )
    for path in [
      "README.md", "index.html", "catalog.json", "events/orders.placed.md",
      "events/orders.placed.html", "services/checkout.html", "owners/team-orders.md",
    ] {
      #expect(
        FileManager.default.fileExists(
          atPath: scratch.url.appendingPathComponent("site/" + path).path), "\(path)")
    }
    let again = try CommandRunner.run(["catalog", "--out", "site"], in: scratch.url)
    #expect(again.stdout.hasSuffix("(0 written, 11 unchanged, 0 removed)\n"))
  }

  @Test func schemaTextIsEscapedInEveryOutput() throws {
    let scratch = try repository()
    defer { scratch.remove() }
    _ = try CommandRunner.run(["catalog", "--out", "site"], in: scratch.url)
    for page in ["index.html", "events/orders.placed.html", "events/orders.placed.md", "README.md"]
    {
      // In Markdown, text inside a fenced code block (the schema source) shows as written.
      let text = Self.outsideFences(try read(scratch, "site/" + page))
      #expect(!text.contains("<script>alert"), "\(page)")
      #expect(!text.contains("<img src=x"), "\(page)")
      #expect(!text.contains("\u{1B}"), "\(page)")
    }
    #expect(try read(scratch, "site/events/orders.placed.html").contains("&lt;script&gt;alert(1)"))
  }

  @Test func aFileItDidNotWriteStopsTheCommand() throws {
    let scratch = try repository()
    defer { scratch.remove() }
    _ = try scratch.write("site/index.html", "the team's own page")
    let result = try CommandRunner.run(["catalog", "--out", "site"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("site/index.html exists and was not written by schemacheck"))
    #expect(try read(scratch, "site/index.html") == "the team's own page")
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let scratch = try repository()
    defer { scratch.remove() }
    let result = try CommandRunner.run(["catalog", "--format", "pdf"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown catalog format 'pdf'; use markdown, html, json"))
  }
}

/// Without a terminal (CI logs, pipes) no progress line is written.
@Suite struct ProgressOutputTests {
  @Test func aPipeGetsNoProgressLine() throws {
    let result = try CommandRunner.run(["check", "--config", "Fixtures/schemacheck.yaml"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }
}
