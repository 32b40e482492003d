import Foundation
import Lint
import SchemaModel
import Testing
import Workspace

/// Buf's lint options in `lint:` and Buf's `// buf:lint:ignore` comments, on a `.proto` subject.
@Suite("Config: Buf lint options and ignores")
struct ProtoLintConfigTests {
  static let proto = """
    syntax = "proto3";
    package acme.orders.v1;

    enum State {
      STATE_NONE = 0;
    }

    service Orders {}

    message Order {
      // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
      string orderId = 1;
      string lineId = 2; // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
      // schemacheck:ignore FIELD_LOWER_SNAKE_CASE kept for old clients
      string itemId = 3;
    }

    // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
    message Legacy {
      string oldName = 1;
    }
    message After {
      string afterName = 1;
    }
    """

  func findings(_ lint: String) throws -> [String] {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("acme/orders/v1/orders.proto", Self.proto)
    let url = try tree.write(
      "schemacheck.yaml",
      "version: 1\nsubjects:\n  - name: orders\n    schema: acme/orders/v1/orders.proto\n"
        + "lint:\n  use: [STANDARD]\n" + lint)
    let config = try ConfigLoader.load(from: url)
    return try LintRun.subjects(of: config, currentDirectory: tree.root).run().report.findings
      .map { "\($0.diagnostic.ruleID) \($0.diagnostic.location?.line ?? 0)" }.sorted()
  }

  @Test func bufOptionsAreLintKeys() throws {
    #expect(
      try findings("")
        == [
          "ENUM_ZERO_VALUE_SUFFIX 5", "FIELD_LOWER_SNAKE_CASE 13", "FIELD_LOWER_SNAKE_CASE 23",
          "SERVICE_SUFFIX 8",
        ])
    #expect(
      try findings("  enum-zero-value-suffix: _NONE\n  service-suffix: Orders\n")
        == ["FIELD_LOWER_SNAKE_CASE 13", "FIELD_LOWER_SNAKE_CASE 23"])
  }

  @Test func decodedOptionsReachLintOptions() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let url = try tree.write(
      "schemacheck.yaml",
      "version: 1\nlint:\n  enum-zero-value-suffix: _UNKNOWN\n  service-suffix: API\n"
        + "  rpc-allow-same-request-response: true\n"
        + "  rpc-allow-google-protobuf-empty-requests: true\n"
        + "  rpc-allow-google-protobuf-empty-responses: false\n")
    let options = try ConfigLoader.load(from: url).lint.options
    #expect(
      options
        == LintOptions(
          enumZeroValueSuffix: "_UNKNOWN", serviceSuffix: "API", rpcAllowSameRequestResponse: true,
          rpcAllowGoogleProtobufEmptyRequests: true))
  }

  /// Buf reads `buf:lint:ignore` only from the element's leading comment, so the trailing one
  /// on line 13 does not count (as in `buf lint`); it needs no reason, and one above a message
  /// covers the message's fields (line 20) but not the next message's (line 23).
  @Test func bufIgnoreCommentsSilenceLintFindings() throws {
    let found = try findings("")
    #expect(!found.contains("FIELD_LOWER_SNAKE_CASE 12"))
    #expect(!found.contains("FIELD_LOWER_SNAKE_CASE 15"))
    #expect(found.contains("FIELD_LOWER_SNAKE_CASE 13"))
    #expect(!found.contains("FIELD_LOWER_SNAKE_CASE 20"))
    #expect(found.contains("FIELD_LOWER_SNAKE_CASE 23"))
    #expect(!found.contains { $0.hasPrefix("SUPPRESSION") })
  }
}
