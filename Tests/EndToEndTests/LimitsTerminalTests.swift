import Foundation
import Testing

/// Terminal control sequences in schema text and file names never reach the terminal raw: text
/// and GitHub output, and error messages on stderr, show them as `\u{1b}`.
@Suite struct LimitsTerminalTests {
  /// Retitles the terminal (OSC 0), clears the screen, turns the text red.
  private static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mRED"
  private static let visible = #"\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mRED"#
  /// The same in JSON text.
  private static let escaped = #"\u001b]0;pwned\u0007\u001b[2J\u001b[31mRED"#

  private func hasRawControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }
  }

  @Test(arguments: ["text", "github", "markdown"])
  func payloadFindingFromAJSONSchema(format: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "s.json",
      #"{"type":"object","required":["\#(Self.escaped)"],"properties":{"a":{"description":"\#(Self.escaped)"}}}"#
    )
    try scratch.write("p.json", #"{"a": 1}"#)
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "p.json", "--format", format], in: scratch.url)
    #expect(result.status == 1)
    #expect(!hasRawControl(result.stdout), "\(result.stdout)")
    #expect(!hasRawControl(result.stderr))
    if format != "markdown" {
      #expect(result.stdout.contains("required property '\(Self.visible)' is missing"))
    }
  }

  @Test(arguments: ["text", "github"])
  func avroFieldNameAndDoc(format: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "r.avsc",
      #"{"type":"record","name":"A","doc":"\#(Self.escaped)","fields":[{"name":"x\#(Self.escaped)","type":"int"}]}"#
    )
    let result = try BoundedRun.run(["lint", "r.avsc", "--format", format], in: scratch.url)
    #expect(result.status == 2)
    #expect(!hasRawControl(result.stdout), "\(result.stdout)")
    #expect(!hasRawControl(result.stderr))
    #expect(result.stdout.contains("field name 'x\(Self.visible)' is not a valid Avro name"))
  }

  @Test func inspectShowsNamesVisibly() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "s.json",
      #"{"type":"object","properties":{"\#(Self.escaped)":{"type":"string"}}}"#)
    let result = try BoundedRun.run(["inspect", "s.json"], in: scratch.url)
    #expect(result.status == 0)
    #expect(!hasRawControl(result.stdout), "\(result.stdout)")
  }

  @Test func fileNameInAnErrorOnStandardError() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let name = "x\(Self.hostile).avsc"
    try scratch.write(name, #"{"type": "record", "name": "A", "fields": ["#)
    let broken = try BoundedRun.run(["lint", name], in: scratch.url)
    #expect(broken.status == 2)
    #expect(!hasRawControl(broken.stdout + broken.stderr), "\(broken.stderr)")
    #expect(
      broken.stderr == "error: x\(Self.visible).avsc could not be parsed; see the findings above\n")
    let missing = try BoundedRun.run(["lint", "missing\(Self.hostile).avsc"], in: scratch.url)
    #expect(missing.status == 2)
    #expect(missing.stderr == "error: missing\(Self.visible).avsc: no such file\n")
  }
}
