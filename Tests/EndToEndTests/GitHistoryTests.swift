import Foundation
import Testing

/// `check` and `compat` reading earlier versions from a real git repository.
@Suite struct GitHistoryTests {
  private func schema(_ fields: String) -> String {
    #"{"type": "record", "name": "Order", "namespace": "com.acme", "fields": [\#(fields)]}"#
  }

  @Test func againstHeadAndTransitiveHistory() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try Git.run(["init", "-q"], in: scratch.url)
    // v1 {id}, v2 {id, note default}, working tree {id, note without default}: BACKWARD against
    // HEAD passes (HEAD has note), BACKWARD_TRANSITIVE fails against v1 (Confluent's example).
    try scratch.write("order.avsc", schema(#"{"name": "id", "type": "string"}"#))
    try Git.commitAll("v1", in: scratch.url)
    try scratch.write(
      "order.avsc",
      schema(
        #"{"name": "id", "type": "string"}, {"name": "note", "type": "string", "default": ""}"#))
    try Git.commitAll("v2", in: scratch.url)
    try scratch.write(
      "order.avsc",
      schema(#"{"name": "id", "type": "string"}, {"name": "note", "type": "string"}"#))
    let latest = try CommandRunner.run(
      ["compat", "order.avsc", "--against", "HEAD", "--mode", "BACKWARD"], in: scratch.url)
    #expect(latest.status == 0, "\(latest.stdout)\(latest.stderr)")
    let transitive = try CommandRunner.run(
      ["compat", "order.avsc", "--against", "git:HEAD", "--mode", "BACKWARD_TRANSITIVE"],
      in: scratch.url)
    #expect(transitive.status == 1)
    #expect(transitive.stdout.contains("[READER_FIELD_MISSING_DEFAULT_VALUE]"))
    let previous = try CommandRunner.run(
      ["compat", "order.avsc", "--against", "HEAD~1", "--mode", "BACKWARD", "--format", "json"],
      in: scratch.url)
    #expect(previous.status == 1)
    #expect(previous.stdout.contains(#""checkedAgainst": ["#))
  }
}
