import Foundation
import Testing

/// `schemacheck lint` as a user runs it.
@Suite struct LintCommandTests {
  @Test func theDemoContractsAreClean() throws {
    let result = try CommandRunner.run(["lint", "--config", "Fixtures/schemacheck.yaml"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "7 files linted; 0 errors, 0 warnings\n")
  }

  @Test func findingsAreLocatedWarningsThatFailOnlyWhenAskedTo() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "order.avsc",
      """
      {"type": "record", "name": "order", "fields": [
        {"name": "orderId", "type": "string"}
      ]}
      """)
    let result = try CommandRunner.run(["lint", "order.avsc"], in: scratch.url)
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        order.avsc:1:1: warning: [LINT_AVRO_NAMESPACE_MISSING] record order has no namespace; add one (com.acme.orders)
        order.avsc:1:1: warning: [LINT_TYPE_NAME_CASE] record order: 'order' is not PascalCase
        order.avsc:2:3: warning: [LINT_FIELD_NAME_CASE] field 'order.orderId' is not snake_case
        1 file linted; 0 errors, 3 warnings

        """)
    let strict = try CommandRunner.run(
      ["lint", "order.avsc", "--fail-on", "warning"], in: scratch.url)
    #expect(strict.status == 1)
  }

  @Test func anUnparseableSchemaIsAToolFailure() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("bad.avsc", #"{"type": "record""#)
    let result = try CommandRunner.run(["lint", "bad.avsc"], in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.contains("bad.avsc:1:"))
  }
}
