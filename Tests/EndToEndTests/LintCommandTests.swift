import Foundation
import Testing

/// `schemacheck lint` as a user runs it.
@Suite struct LintCommandTests {
  /// The demo contracts have no errors; their warnings are the conventions the demo does not
  /// follow (camelCase JSON Schema properties, lowercase enum values, `order_id` a uuid in one
  /// subject and a plain string in the others).
  @Test func theDemoContractsHaveNoErrors() throws {
    let result = try CommandRunner.run(["lint", "--config", "Fixtures/schemacheck.yaml"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("\n7 files linted; 0 errors, "))
    #expect(
      result.stdout.contains(
        "Fixtures/schemas/orders/order_placed.avsc:7:5: warning: [LINT_FIELD_TYPE_INCONSISTENT] "
          + "field 'order_id' is string(uuid) here but string in "))
    #expect(!result.stdout.contains("LINT_TYPE_DOC_MISSING"))
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

/// `schemacheck lint PATH...` as a pre-commit hook and a user at a terminal pass paths.
@Suite struct LintSelectionTests {
  static let config = """
    version: 1
    subjects:
      - name: orders
        schema: schemas/order.avsc
        examples: [examples/*.json]
    lint:
      except: [LINT_AVRO_NAMESPACE_MISSING]
    """

  static let badOrder = """
    {"type": "record", "name": "order", "fields": [{"name": "id", "type": "string"}]}
    """

  func repository() throws -> ScratchFolder {
    let scratch = try ScratchFolder()
    try scratch.write("schemacheck.yaml", Self.config)
    try scratch.write("schemas/order.avsc", Self.badOrder)
    try scratch.write("examples/one.json", #"{"id": "1"}"#)
    try scratch.write(
      "schemas/loose.avsc",
      #"{"type": "record", "name": "Loose", "fields": [{"name": "Bad", "type": "int"}]}"#)
    try scratch.write("notes/data.json", #"{"not": "a schema"}"#)
    return scratch
  }

  @Test func aFixtureOfASubjectLintsThatSubjectsSchemaWithTheConfigsRules() throws {
    let scratch = try repository()
    defer { scratch.remove() }
    let result = try CommandRunner.run(["lint", "examples/one.json"], in: scratch.url)
    #expect(
      result.stdout == """
        schemas/order.avsc:1:1: warning: [LINT_TYPE_NAME_CASE] record order: 'order' is not PascalCase
        1 file linted; 0 errors, 1 warning

        """)
  }

  @Test func aFolderGivesItsContractsAndSkipsOtherJSON() throws {
    let scratch = try repository()
    defer { scratch.remove() }
    let result = try CommandRunner.run(["lint", "schemas", "notes"], in: scratch.url)
    #expect(result.stdout.contains("2 files linted"), "\(result.stdout)")
    #expect(result.stdout.contains("schemas/loose.avsc:1:"))
    #expect(!result.stdout.contains("notes/data.json"))
    // The config's `except` applies to files of no subject too.
    #expect(!result.stdout.contains("LINT_AVRO_NAMESPACE_MISSING"))
  }

  @Test func anInlineSuppressionSilencesALintFinding() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "legacy.avsc",
      """
      {"type": "record", "name": "legacy_order", "namespace": "com.acme",
       "schemacheck.ignore": ["LINT_TYPE_NAME_CASE"], "fields": []}
      """)
    let result = try CommandRunner.run(["lint", "legacy.avsc"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stdout == "1 file linted; 0 errors, 0 warnings; 1 suppressed\n")
  }
}
