import Foundation
import Testing

/// `--write-baseline` on a legacy repository, then `--baseline` so that only new findings fail.
@Suite struct BaselineCommandTests {
  static let config = "Fixtures/breaking/schemacheck.yaml"

  @Test func aBaselineOfTheBreakingFixtureAbsorbsAllSeventeenFindings() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let file = scratch.url.appendingPathComponent("nested/baseline.json").path
    let written = try CommandRunner.run([
      "check", "--config", Self.config, "--write-baseline", file,
    ])
    #expect(written.status == 1, "\(written.stdout)\(written.stderr)")
    #expect(written.stdout.hasSuffix("17 errors, 0 warnings\n"))
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.hasPrefix("{\n  \"version\": 1,\n"))
    #expect(!text.contains("\"line\""))

    let again = try CommandRunner.run(["check", "--config", Self.config, "--baseline", file])
    #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
    #expect(again.stdout.hasSuffix("0 errors, 0 warnings; 17 baselined\n"))
    #expect(again.stdout.split(separator: "\n").count == 1)

    let json = try CommandRunner.run([
      "check", "--config", Self.config, "--baseline", file, "--format", "json",
    ])
    #expect(json.status == 0)
    #expect(json.stdout.contains("\"baselined\": 17\n"))

    let rewritten = scratch.url.appendingPathComponent("again.json").path
    _ = try CommandRunner.run(["check", "--config", Self.config, "--write-baseline", rewritten])
    #expect(try String(contentsOfFile: rewritten, encoding: .utf8) == text)
  }

  @Test func aMissingOrInvalidBaselineIsAToolError() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let missing = scratch.url.appendingPathComponent("missing.json").path
    let result = try CommandRunner.run(["check", "--config", Self.config, "--baseline", missing])
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing.json: no such file"))
    #expect(result.stdout.isEmpty)

    let invalid = try scratch.write("invalid.json", #"{"version": 1, "findings": 3}"#).path
    let bad = try CommandRunner.run(["check", "--config", Self.config, "--baseline", invalid])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("is not a schemacheck baseline: 'findings' is missing"))
  }

  /// Given the same file for both, the old baseline filters and the new one replaces it.
  @Test func theSameFileForBothIsReadBeforeItIsRewritten() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let file = try scratch.write("baseline.json", #"{"version": 1, "findings": []}"#).path
    let result = try CommandRunner.run([
      "check", "--config", Self.config, "--baseline", file, "--write-baseline", file,
    ])
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("17 errors, 0 warnings; 0 baselined\n"))
    let again = try CommandRunner.run(["check", "--config", Self.config, "--baseline", file])
    #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
  }
}
