import Foundation
import Testing

/// The Avro lint checks the parser makes: `schemacheck lint` reports them with the lint rules.
@Suite struct LintParseRuleCommandTests {
  @Test func aDefaultThatDoesNotMatchItsTypeIsReportedByLint() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "order.avsc",
      """
      {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [
        {"name": "count", "type": "int", "default": "ten"}
      ]}
      """)
    let result = try CommandRunner.run(["lint", "order.avsc"], in: scratch.url)
    #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("order.avsc:2:"))
    #expect(result.stdout.contains("[AVRO_INVALID_DEFAULT]"))
  }

  @Test func aDecimalWithoutPrecisionIsReportedOnceByLint() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "price.avsc",
      """
      {"type": "record", "name": "Price", "namespace": "com.acme", "fields": [
        {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal"}}
      ]}
      """)
    let result = try CommandRunner.run(["lint", "price.avsc"], in: scratch.url)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stdout.components(separatedBy: "[AVRO_INVALID_LOGICAL_TYPE]").count == 2,
      "\(result.stdout)")
    #expect(!result.stdout.contains("LINT_AVRO_DECIMAL_PRECISION_MISSING"))
  }
}
