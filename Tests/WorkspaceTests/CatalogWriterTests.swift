import Catalog
import Foundation
import Testing

@testable import Workspace

/// The catalog writes only inside its folder and never loses a file it did not write.
@Suite struct CatalogWriterTests {
  func read(_ tree: TemporaryTree, _ path: String) -> String? {
    (try? Data(contentsOf: tree.url(path))).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func aSecondRunRemovesOnlyPagesItWroteBefore() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("out/notes.md", "mine")
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    let first = try writer.write([
      CatalogPage(path: "README.md", text: "index"),
      CatalogPage(path: "events/a.md", text: "a"), CatalogPage(path: "events/b.md", text: "b"),
    ])
    #expect(first == CatalogWriter.Summary(written: 3, unchanged: 0, removed: 0))
    let second = try writer.write([
      CatalogPage(path: "README.md", text: "index"), CatalogPage(path: "events/a.md", text: "a2"),
    ])
    #expect(second == CatalogWriter.Summary(written: 1, unchanged: 1, removed: 1))
    #expect(read(tree, "events/b.md") == nil)
    #expect(read(tree, "out/events/b.md") == nil)
    #expect(read(tree, "out/events/a.md") == "a2")
    #expect(read(tree, "out/notes.md") == "mine")
    #expect(read(tree, "out/.schemacheck-catalog") == "README.md\nevents/a.md\n")
  }

  @Test func aFileItDidNotWriteIsNeverReplaced() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("out/README.md", "the team's own readme")
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    #expect(throws: WorkspaceError.catalogWouldOverwrite(path: "out/README.md")) {
      try writer.write([
        CatalogPage(path: "events/a.md", text: "a"), CatalogPage(path: "README.md", text: "x"),
      ])
    }
    // Nothing was written: the refusal comes before any page.
    #expect(read(tree, "out/README.md") == "the team's own readme")
    #expect(read(tree, "out/events/a.md") == nil)
  }

  @Test func aFileItDidNotWriteWithThePagesExactBytesIsLeftAloneAndAdopted() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("out/README.md", "index")
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    let summary = try writer.write([
      CatalogPage(path: "README.md", text: "index"), CatalogPage(path: "events/a.md", text: "a"),
    ])
    #expect(summary == CatalogWriter.Summary(written: 1, unchanged: 1, removed: 0))
    #expect(read(tree, "out/.schemacheck-catalog") == "README.md\nevents/a.md\n")
  }

  @Test func sameComparesWholeContents() {
    let page: [UInt8] = Array("<html>é</html>".utf8)
    #expect(CatalogWriter.same(Data(page), page))
    #expect(!CatalogWriter.same(Data(page.dropLast()), page))
    #expect(!CatalogWriter.same(Data(page.dropLast() + [0x3F]), page))
    #expect(CatalogWriter.same(Data(), []))
    #expect(!CatalogWriter.same(Data(), [0]))
  }

  @Test func jobsAreRenderedOnceEachAndWrittenWithTheirBytes() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let renders = RenderCounter()
    let jobs = (0..<200).map { number in
      CatalogPageJob.text("events/e\(number).md") {
        renders.count()
        return "event \(number)"
      }
    }
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    #expect(try writer.write(jobs) == CatalogWriter.Summary(written: 200, unchanged: 0, removed: 0))
    #expect(renders.total == 200)
    #expect(read(tree, "out/events/e7.md") == "event 7")
    #expect(read(tree, "out/events/e199.md") == "event 199")
    // In place, every page is rendered again and compared, none rewritten.
    #expect(try writer.write(jobs) == CatalogWriter.Summary(written: 0, unchanged: 200, removed: 0))
  }

  @Test(arguments: ["../escape.md", "/etc/passwd", "events/../../x.md", "a//b.md", "", "./a"])
  func pagePathsThatLeaveTheFolderAreRefused(_ path: String) throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    #expect(throws: WorkspaceError.self) {
      try writer.write([CatalogPage(path: path, text: "x")])
    }
    #expect(read(tree, "escape.md") == nil)
  }

  @Test func aSymbolicLinkInsideTheFolderCannotRedirectAWrite() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try FileManager.default.createDirectory(
      at: tree.url("elsewhere"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: tree.url("out"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: tree.url("out/events"), withDestinationURL: tree.url("elsewhere"))
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    #expect(throws: WorkspaceError.self) {
      try writer.write([CatalogPage(path: "events/a.md", text: "a")])
    }
    #expect(read(tree, "elsewhere/a.md") == nil)
  }

  @Test func aManifestEntryThatLeavesTheFolderIsIgnored() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("victim.txt", "keep me")
    try tree.write("out/.schemacheck-catalog", "../victim.txt\n")
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    _ = try writer.write([CatalogPage(path: "README.md", text: "index")])
    #expect(read(tree, "victim.txt") == "keep me")
  }
}

/// Counts renders from concurrent jobs.
final class RenderCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var renders = 0
  func count() { lock.withLock { renders += 1 } }
  var total: Int { lock.withLock { renders } }
}

/// A link planted under the name of the writer's temporary file cannot redirect the bytes.
@Suite struct CatalogWriterTemporaryTests {
  @Test func aPlantedLinkAtTheTemporaryNameIsReplacedNotFollowed() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("victim.txt", "keep me")
    try FileManager.default.createDirectory(at: tree.url("out"), withIntermediateDirectories: true)
    let pid = ProcessInfo.processInfo.processIdentifier
    try FileManager.default.createSymbolicLink(
      at: tree.url("out/.README.md.\(pid).tmp"), withDestinationURL: tree.url("victim.txt"))
    let writer = CatalogWriter(folder: tree.url("out"), displayPath: "out")
    _ = try writer.write([CatalogPage(path: "README.md", text: "index")])
    #expect((try? String(contentsOf: tree.url("victim.txt"), encoding: .utf8)) == "keep me")
    #expect((try? String(contentsOf: tree.url("out/README.md"), encoding: .utf8)) == "index")
  }
}
