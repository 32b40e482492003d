import Foundation
import Testing

@testable import Workspace

@Suite("Folder and directory version sources")
struct FolderVersionTests {
  @Test func versionFolderInNaturalOrderWithoutTheNewFileOrDuplicates() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let v1 = AvroSamples.order(AvroSamples.id)
    let v2 = AvroSamples.order(AvroSamples.id, AvroSamples.note)
    try tree.write("s/order/v1.avsc", v1)
    try tree.write("s/order/v2.avsc", v2)
    try tree.write("s/order/v3.avsc", v1)  // same content as v1: kept once, as v1
    try tree.write("s/order/v10.avsc", AvroSamples.order(AvroSamples.total))
    let newText = AvroSamples.order(AvroSamples.total)
    let newFile = try tree.write("s/order/v11.avsc", newText)
    let request = VersionRequest(
      file: newFile, displayPath: "s/order/v11.avsc", newBytes: Array(newText.utf8),
      baseDirectory: tree.root, versionsPattern: "s/order/v*.avsc", transitive: true)
    let versions = try VersionHistory.earlierVersions(request)
    // v10 equals the new content and v11 is the new file itself: both left out.
    #expect(versions.map(\.label) == ["s/order/v1.avsc", "s/order/v2.avsc"])
    var latest = request
    latest.transitive = false
    #expect(try VersionHistory.earlierVersions(latest).map(\.label) == ["s/order/v2.avsc"])
  }

  @Test func directoryAgainstReadsTheSameRelativePath() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let old = AvroSamples.order(AvroSamples.id)
    let new = AvroSamples.order(AvroSamples.id, AvroSamples.note)
    try tree.write("release/schemas/order.avsc", old)
    let file = try tree.write("work/schemas/order.avsc", new)
    let against = AgainstReference.directory(tree.url("release"), displayPath: "../release")
    var request = VersionRequest(
      file: file, displayPath: "schemas/order.avsc", newBytes: Array(new.utf8),
      baseDirectory: tree.url("work"), against: against, transitive: false)
    let versions = try VersionHistory.earlierVersions(request)
    #expect(versions.map(\.label) == ["../release/schemas/order.avsc"])
    #expect(versions.map(\.bytes) == [Array(old.utf8)])
    request.displayPath = "schemas/absent.avsc"
    request.file = tree.url("work/schemas/absent.avsc")
    #expect(try VersionHistory.earlierVersions(request).isEmpty)
    var outside = request
    outside.file = tree.url("release/schemas/order.avsc")
    outside.displayPath = "../release/schemas/order.avsc"
    #expect(
      throws: WorkspaceError.outsideBaseDirectory(
        path: "../release/schemas/order.avsc", base: tree.url("work").path)
    ) {
      try VersionHistory.earlierVersions(outside)
    }
    request.against = .directory(tree.url("nowhere"), displayPath: "nowhere")
    #expect(throws: WorkspaceError.directoryNotFound(path: "nowhere")) {
      try VersionHistory.earlierVersions(request)
    }
  }

  @Test func schemaFileReaderRefusesDirectoriesEmptyAndLargeFiles() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try FileManager.default.createDirectory(at: tree.url("dir"), withIntermediateDirectories: true)
    #expect(throws: WorkspaceError.isDirectory(path: "dir")) {
      try SchemaFileReader.read(tree.url("dir"), displayPath: "dir")
    }
    try tree.write("empty.avsc", "")
    #expect(throws: WorkspaceError.emptyFile(path: "empty.avsc")) {
      try SchemaFileReader.read(tree.url("empty.avsc"), displayPath: "empty.avsc")
    }
    try tree.write("big.avsc", String(repeating: "x", count: 2049))
    #expect(throws: WorkspaceError.fileTooLarge(path: "big.avsc", limit: 2048)) {
      try SchemaFileReader.read(tree.url("big.avsc"), displayPath: "big.avsc", limit: 2048)
    }
    #expect(
      WorkspaceError.fileTooLarge(path: "big.avsc", limit: SchemaFileReader.schemaSizeLimit)
        .description == "big.avsc: the file is larger than the limit of 64 MiB")
    #expect(throws: WorkspaceError.fileNotFound(path: "none.avsc")) {
      try SchemaFileReader.read(tree.url("none.avsc"), displayPath: "none.avsc")
    }
    #expect(throws: WorkspaceError.fileNotFound(path: "x/y.avsc")) {
      try SchemaFileReader.read(tree.url("big.avsc/y.avsc"), displayPath: "x/y.avsc")
    }
  }

  @Test func schemaFileReaderReadsWholeFilesAtAndUnderTheLimit() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let text = String(repeating: "ünï", count: 700)
    try tree.write("exact.avsc", text)
    let bytes = try SchemaFileReader.read(
      tree.url("exact.avsc"), displayPath: "exact.avsc", limit: text.utf8.count)
    #expect(bytes == Array(text.utf8))
    #expect(try SchemaFileReader.read(tree.url("exact.avsc"), displayPath: "e") == Array(text.utf8))
    // A file without a size (a character device) is read up to the limit, then refused.
    #expect(throws: WorkspaceError.fileTooLarge(path: "zero", limit: 100_000)) {
      try SchemaFileReader.read(
        URL(fileURLWithPath: "/dev/zero"), displayPath: "zero", limit: 100_000)
    }
    #expect(throws: WorkspaceError.emptyFile(path: "null")) {
      try SchemaFileReader.read(URL(fileURLWithPath: "/dev/null"), displayPath: "null")
    }
  }
}
