import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Git paths and revisions a hostile or careless repository could hold: spaces, leading dashes,
/// shell syntax, non-UTF-8 names. Arguments reach git as an array, never through a shell.
@Suite struct LimitsGitTests {
  private static let first = #"{"type":"record","name":"A","fields":[{"name":"x","type":"int"}]}"#
  /// Adds a field without a default: breaks BACKWARD at column 65.
  private static let second =
    #"{"type":"record","name":"A","fields":[{"name":"x","type":"int"},{"name":"y","type":"string"}]}"#

  /// A repository with `paths` committed twice: first `first`, then `second`.
  private func repository(_ paths: [String]) throws -> ScratchFolder {
    let scratch = try ScratchFolder()
    try Git.run(["init", "-q"], in: scratch.url)
    for path in paths { try scratch.write(path, Self.first) }
    try Git.commitAll("first", in: scratch.url)
    for path in paths { try scratch.write(path, Self.second) }
    try Git.commitAll("second", in: scratch.url)
    return scratch
  }

  private func exists(_ name: String, in scratch: ScratchFolder) -> Bool {
    FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent(name).path)
  }

  @Test(arguments: [
    "my schemas/order placed.avsc", "-dash.avsc", "$(touch pwned).avsc", "a; touch pwned.avsc",
    "`touch pwned`.avsc", "--upload-pack=x.avsc",
  ])
  func pathIsReadFromHistoryAsGiven(path: String) throws {
    let scratch = try repository([path])
    defer { scratch.remove() }
    // `./` keeps a leading dash from being read as an option by the argument parser.
    let result = try BoundedRun.run(
      ["compat", "./" + path, "--against", "HEAD~1"], in: scratch.url)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "\(path):1:65: error: [READER_FIELD_MISSING_DEFAULT_VALUE] field 'A.y' was added "
          + "without a default"))
    #expect(result.stdout.contains("version HEAD~1:\(path)"))
    #expect(!exists("pwned", in: scratch))
  }

  @Test func subjectHistoryFollowsPathsWithSpacesAndDashes() throws {
    let scratch = try repository(["my schemas/order placed.avsc", "-dash.avsc"])
    defer { scratch.remove() }
    try scratch.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: spaced
          schema: my schemas/order placed.avsc
        - name: dashed
          schema: -dash.avsc
      """)
    let result = try BoundedRun.run(["check"], in: scratch.url)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("-dash.avsc:1:65: error: [READER_FIELD_MISSING_DEFAULT_VALUE]"))
    #expect(
      result.stdout.contains(
        "my schemas/order placed.avsc:1:65: error: [READER_FIELD_MISSING_DEFAULT_VALUE]"))
    #expect(result.stdout.contains("2 subjects checked, 2 incompatible"))
  }

  /// (revision, the refusal on stderr)
  static let revisions: [(String, String)] = [
    (
      "--upload-pack=touch pwned",
      "refusing git revision '--upload-pack=touch pwned': a revision "
        + "cannot start with '-'"
    ),
    (
      "git:--upload-pack=touch pwned",
      "refusing git revision '--upload-pack=touch pwned': a "
        + "revision cannot start with '-'"
    ),
    ("--output=pwned", "refusing git revision '--output=pwned': a revision cannot start with '-'"),
    ("-c", "refusing git revision '-c': a revision cannot start with '-'"),
    ("HEAD~1 ", "unknown git revision 'HEAD~1 '"),
    ("main branch", "unknown git revision 'main branch'"),
    ("HEAD; touch pwned", "unknown git revision 'HEAD; touch pwned'"),
    ("$(touch pwned)", "unknown git revision '$(touch pwned)'"),
  ]

  @Test(arguments: revisions)
  func revisionIsRefused(revision: String, refusal: String) throws {
    let scratch = try repository(["a.avsc"])
    defer { scratch.remove() }
    let result = try BoundedRun.run(["compat", "a.avsc", "--against=\(revision)"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr == "error: \(refusal)\n")
    #expect(!exists("pwned", in: scratch))
  }

  /// Swift decodes arguments and directory entries as UTF-8, so a name that is not UTF-8 cannot
  /// be named or found; such a file is left out without harm to the rest (a documented limit).
  @Test func nonUTF8FileNameDoesNotBreakTheRun() throws {
    let scratch = try repository(["a.avsc"])
    defer { scratch.remove() }
    let name = "bad\u{FFFD}.avsc"
    // Created byte for byte: Foundation would repair the name to valid UTF-8 first.
    let raw = Array(scratch.url.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".avsc".utf8)
    let descriptor = (raw + [0]).map { CChar(bitPattern: $0) }.withUnsafeBufferPointer {
      buffer in buffer.baseAddress.map { open($0, O_CREAT | O_WRONLY, 0o644) } ?? -1
    }
    // File systems that require UTF-8 names (APFS) refuse it; then there is nothing to test.
    guard descriptor >= 0 else { return }
    let contents = Array(Self.first.utf8)
    let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    #expect(written == contents.count)
    try Git.commitAll("a file with a name that is not UTF-8", in: scratch.url)
    let lint = try BoundedRun.run(["lint", "."], in: scratch.url)
    #expect(lint.status == 0, "\(lint.stderr)")
    #expect(lint.stdout.contains("a.avsc:1:1: warning: [LINT_AVRO_NAMESPACE_MISSING]"))
    let compat = try BoundedRun.run(["compat", "a.avsc", "--against", "HEAD~2"], in: scratch.url)
    #expect(compat.status == 1)
    #expect(compat.stdout.hasPrefix("a.avsc:1:65: error: [READER_FIELD_MISSING_DEFAULT_VALUE]"))
    let named = try BoundedRun.run(["compat", name, "--against", "HEAD~1"], in: scratch.url)
    #expect(named.status == 2)
    #expect(named.stderr == "error: \(name): no such file\n")
  }

  /// Every child process is started from an executable URL and an argument array.
  @Test func sourcesNeverStartAShell() throws {
    let sources = CommandRunner.repositoryRoot.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    var offenders: [String] = []
    for case let path as String in files where path.hasSuffix(".swift") {
      let text = try String(
        contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      for shell in ["/bin/sh", "/bin/bash", "\"sh\"", "\"bash\"", "\"-c\"", "system(", "popen("]
      where text.contains(shell) {
        offenders.append("\(path): \(shell)")
      }
    }
    #expect(offenders.isEmpty)
  }
}
