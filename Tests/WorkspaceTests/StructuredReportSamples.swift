import Compat
import SchemaModel
import Validation

@testable import Workspace

/// Fixed reports for the JUnit, Checkstyle and Markdown reporter tests: every kind of content
/// (subjects that pass and fail, payloads, findings without a subject), and one full of hostile
/// text.
enum StructuredReportSamples {
  static let orderFile = "schemas/orders/order_placed.avsc"

  static let report: Report = {
    let invalidLine = PayloadResult(
      file: "examples/orders/order_placed.jsonl", line: 3, format: .jsonSchema,
      errors: [
        PayloadError(
          ruleID: "PAYLOAD_INVALID", instanceLocation: "/total",
          schemaLocation: "/properties/total/minimum", message: "-1 is less than the minimum of 0"
        ),
        PayloadError(
          ruleID: "PAYLOAD_INVALID", instanceLocation: "/id", schemaLocation: "/properties/id/type",
          message: "expected a string, found a number"),
      ])
    let validLine = PayloadResult(
      file: "examples/orders/order_placed.jsonl", line: 1, format: .jsonSchema, errors: [])
    let counterexample = PayloadResult(
      file: "examples/payments/refund.avro", line: 1, record: 2, byteOffset: 17, format: .avro,
      expectation: .invalid, errors: [])
    let payloads = [validLine, invalidLine, counterexample]
    var findings: [Finding] = [
      Finding(
        Diagnostic(
          ruleID: "READER_FIELD_MISSING_DEFAULT_VALUE", severity: .error,
          message: "field 'OrderPlaced.channel' was added without a default",
          location: SourceLocation(file: orderFile, line: 14, column: 7), path: "/fields/3"),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "TYPE_MISMATCH", severity: .error,
          message: "field 'OrderPlaced.total' changed type from long to string",
          location: SourceLocation(file: orderFile, line: 9, column: 7),
          previousLocation: SourceLocation(
            file: "schemas/orders/order_placed/v2.avsc", line: 9, column: 7),
          path: "/fields/1/type"),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "AVRO_MISSING_DOC", severity: .note, message: "record 'OrderPlaced' has no doc",
          location: SourceLocation(file: orderFile, line: 2, column: 3)),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "FIELD_LOWER_SNAKE_CASE", severity: .warning,
          message: "field 'refundId' should be lower_snake_case",
          location: SourceLocation(
            file: "proto/acme/payments/v1/refund.proto", line: 12, column: 3)),
        subject: "payments.refund-events"),
      Finding(
        Diagnostic(
          ruleID: "CONFIG_UNKNOWN_KEY", severity: .warning,
          message: "unknown key 'compatibilty'; did you mean 'compatibility'?",
          location: SourceLocation(file: "schemacheck.yaml", line: 4, column: 3))),
      Finding(
        Diagnostic(
          ruleID: "PARSE_UNREADABLE_FILE", severity: .error,
          message: "schemas/legacy/old.avsc could not be read")),
    ]
    findings += payloads.compactMap { PayloadFindings.finding(for: $0) }
    return Report(
      findings: findings,
      subjects: [
        SubjectResult(
          name: "orders.order-placed", format: .avro, schemaPath: orderFile, mode: .backward,
          compatible: false, checkedAgainst: ["schemas/orders/order_placed/v2.avsc"]),
        SubjectResult(
          name: "payments.refund-events", format: .protobuf,
          schemaPath: "proto/acme/payments/v1/refund.proto", mode: .fullTransitive,
          compatible: true, checkedAgainst: ["HEAD~1:proto/acme/payments/v1/refund.proto"],
          breaking: ["WIRE_JSON"]),
        SubjectResult(
          name: "customers.customer-updated", format: .jsonSchema,
          schemaPath: "jsonschema/customers/customer_updated.json", mode: .backward,
          compatible: false, checkedAgainst: []),
      ],
      payloads: payloads)
  }()

  /// Text that breaks naive XML and Markdown writers.
  static let hostileText = "<script>alert(1)</script> ]]> \"quoted\" & a|b `tick` \u{1}end"

  static let hostile: Report = {
    let file = "schemas/a&b/\"odd\" <name>.avsc"
    let payload = PayloadResult(
      file: "examples/<x>.json", line: 1, format: .jsonSchema,
      errors: [
        PayloadError(
          ruleID: "PAYLOAD_INVALID", instanceLocation: "/a", schemaLocation: "/type",
          message: hostileText)
      ])
    var findings = [
      Finding(
        Diagnostic(
          ruleID: "TYPE_MISMATCH", severity: .error, message: hostileText,
          location: SourceLocation(file: file, line: 2, column: 5)),
        subject: "evil<script>|subject"),
      Finding(Diagnostic(ruleID: "CONFIG_INVALID", severity: .error, message: hostileText)),
    ]
    findings += PayloadFindings.finding(for: payload).map { [$0] } ?? []
    return Report(
      findings: findings,
      subjects: [
        SubjectResult(
          name: "evil<script>|subject", format: .avro, schemaPath: file, mode: .backward,
          compatible: false, checkedAgainst: ["v1 | `v1` <b>\u{7}"])
      ],
      payloads: [payload])
  }()
}
