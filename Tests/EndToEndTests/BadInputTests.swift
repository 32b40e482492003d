import Foundation
import Testing

/// Bad input tried as a new user would: each gives a clear message and exit 2, never a crash.
@Suite struct BadInputTests {
  private static let record = """
    {"type": "record", "name": "A", "fields": [{"name": "x", "type": "int"}]}
    """

  /// Runs `check` on a one-subject config whose schema file is `schema`.
  private func checkOneSchema(_ schema: String) throws -> CommandResult {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: a
          schema: a.avsc
          versions: old/*.avsc
      """)
    try scratch.write("a.avsc", schema)
    try scratch.write("old/v1.avsc", Self.record)
    return try CommandRunner.run(["check"], in: scratch.url)
  }

  @Test func truncatedJSON() throws {
    let result = try checkOneSchema(#"{"type": "record", "name": "A", "fields": ["#)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("a.avsc:1:"))
    #expect(result.stdout.contains("error: [PARSE_"))
    #expect(result.stderr.contains("a.avsc could not be parsed"))
  }

  @Test func unknownTypeName() throws {
    let result = try checkOneSchema(
      #"{"type": "record", "name": "A", "fields": [{"name": "x", "type": "Nope"}]}"#)
    #expect(result.status == 2)
    #expect(result.stdout.contains("a.avsc:1:"))
    #expect(result.stdout.contains("[AVRO_UNKNOWN_TYPE]"))
    #expect(result.stdout.contains("Nope"))
  }

  @Test func emptyFile() throws {
    let result = try checkOneSchema("")
    #expect(result.status == 2)
    #expect(result.stderr.contains("a.avsc"))
    #expect(result.stderr.contains("empty"))
  }

  @Test func configWithATypo() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: a
          schema: a.avsc
          compatibilty: FULL
      """)
    try scratch.write("a.avsc", Self.record)
    let result = try CommandRunner.run(["check"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("schemacheck.yaml:5:5"))
    #expect(result.stderr.contains("did you mean 'compatibility'?"))
  }

  @Test func invalidYAML() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("schemacheck.yaml", "version: 1\nsubjects: [\n")
    let result = try CommandRunner.run(["check"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: "))
    #expect(result.stderr.contains("schemacheck.yaml:"))
  }

  @Test func missingConfig() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let result = try CommandRunner.run(["check", "--config", "nope.yaml"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("nope.yaml"))
  }

  @Test func directoryInsteadOfAFile() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(
      at: scratch.url.appendingPathComponent("a.avsc"), withIntermediateDirectories: true)
    let result = try CommandRunner.run(["inspect", "a.avsc"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr == "error: a.avsc: is a directory, not a schema file\n")
  }

  @Test func fileOverTheSizeLimit() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let file = scratch.url.appendingPathComponent("big.avsc")
    try #require(FileManager.default.createFile(atPath: file.path, contents: nil))
    let handle = try FileHandle(forWritingTo: file)
    // A sparse 100 MB file: the size is real, the disk cost is not.
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    let result = try CommandRunner.run(["inspect", "big.avsc"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("big.avsc: the file is larger than the limit of"))
  }

  @Test func nonexistentRevision() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("a.avsc", Self.record)
    try Git.run(["init", "-q"], in: scratch.url)
    try Git.commitAll("first", in: scratch.url)
    let result = try CommandRunner.run(
      ["compat", "a.avsc", "--against", "no-such-branch"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr == "error: unknown git revision 'no-such-branch'\n")
  }

  @Test func revisionThatLooksLikeAnOptionIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("a.avsc", Self.record)
    try Git.run(["init", "-q"], in: scratch.url)
    try Git.commitAll("first", in: scratch.url)
    let result = try CommandRunner.run(
      ["compat", "a.avsc", "--against=--upload-pack=touch pwned"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot start with '-'"))
    #expect(
      !FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("pwned").path))
  }

  @Test func argumentErrorsExitTwoNotSixtyFour() throws {
    let unknownOption = try CommandRunner.run(["check", "--bogus"])
    #expect(unknownOption.status == 2)
    #expect(unknownOption.stderr.contains("Unknown option '--bogus'"))
    let badMode = try CommandRunner.run([
      "compat", "x.avsc", "--against", "HEAD", "--mode", "SIDEWAYS",
    ])
    #expect(badMode.status == 2)
    let badFormat = try CommandRunner.run(["check", "--format", "xml"])
    #expect(badFormat.status == 2)
    #expect(badFormat.stderr.contains("unknown output format 'xml'"))
  }

  @Test func helpSucceedsOnStandardOutput() throws {
    let result = try CommandRunner.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("SUBCOMMANDS"))
    #expect(result.stdout.contains("check"))
    let subcommandHelp = try CommandRunner.run(["help", "compat"])
    #expect(subcommandHelp.status == 0)
    #expect(subcommandHelp.stdout.hasPrefix("OVERVIEW: Check schema files against"))
  }
}

/// The real git, for the end-to-end tests that need a repository.
enum Git {
  static func run(_ arguments: [String], in directory: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["git", "-c", "user.name=schemacheck", "-c", "user.email=test@example.invalid"]
      + arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw GitFailure(arguments: arguments, status: process.terminationStatus)
    }
  }

  static func commitAll(_ message: String, in directory: URL) throws {
    try run(["add", "-A"], in: directory)
    try run(["commit", "-q", "-m", message], in: directory)
  }

  struct GitFailure: Error {
    var arguments: [String]
    var status: Int32
  }
}
