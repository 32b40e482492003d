import Foundation
import Testing

/// Payload files past the limits, as sparse files (no disk, no time): refused with a message
/// before they are read whole. The time and memory of real large files are measured by
/// `Benchmarks/limits_large_files.py`, which is too slow for `swift test`.
@Suite struct LimitsLargeFileTests {
  private static let gibibyte: UInt64 = 1 << 30

  /// A file of `size` zero bytes that takes no disk space.
  private func sparse(_ name: String, size: UInt64, in scratch: ScratchFolder) throws {
    let file = try scratch.write(name, "")
    let handle = try FileHandle(forWritingTo: file)
    try handle.truncate(atOffset: size)
    try handle.close()
  }

  @Test(arguments: ["big.json", "big.yaml", "big.bin"])
  func oneGibibytePayloadIsRefusedBeforeItIsRead(name: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.json", "{}")
    try sparse(name, size: Self.gibibyte, in: scratch)
    let started = Date()
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", name], in: scratch.url, seconds: 30)
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(name): the file is larger than the limit of 64 MiB"))
  }

  @Test func jsonLinesLineLongerThanTheLimitIsRefusedWhileStreaming() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.json", "{}")
    // One "line" of a gibibyte: the reader stops once a line passes 64 MiB.
    try sparse("big.jsonl", size: Self.gibibyte, in: scratch)
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "big.jsonl"], in: scratch.url, seconds: 60)
    #expect(result.status == 2)
    #expect(result.stderr.contains("big.jsonl"))
    #expect(result.stderr.contains("line 1 is longer than the limit of 64 MiB"))
  }

  @Test func schemaFileOverTheLimitIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try sparse("big.avsc", size: Self.gibibyte, in: scratch)
    let result = try BoundedRun.run(["lint", "big.avsc"], in: scratch.url, seconds: 30)
    #expect(result.status == 2)
    #expect(result.stderr.contains("big.avsc: the file is larger than the limit of 64 MiB"))
  }
}
