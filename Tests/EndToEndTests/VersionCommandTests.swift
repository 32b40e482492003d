import Foundation
import Testing

@Suite struct VersionCommandTests {
  /// `--version` alone takes a shortcut past the argument parser; it must print what the
  /// parser prints for `--version` among other arguments.
  @Test func versionAloneMatchesTheParsersAnswer() throws {
    let alone = try CommandRunner.run(["--version"])
    let parsed = try CommandRunner.run(["--version", "--version"])
    #expect(alone.status == 0)
    #expect(alone.stderr.isEmpty)
    #expect(alone.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(alone.stdout)")
    #expect(parsed.status == 0)
    #expect(alone.stdout == parsed.stdout)
  }
}
