import Compat
import SchemaModel
import Testing

@testable import Workspace

/// A report with every kind of content a reporter must render, including hostile text.
private let sampleReport: Report = {
  let newFile = "schemas/orders/order_placed.avsc"
  let oldFile = "schemas/orders/order_placed/v2.avsc"
  return Report(
    findings: [
      Finding(
        Diagnostic(
          ruleID: "READER_FIELD_MISSING_DEFAULT_VALUE", severity: .error,
          message: "field 'OrderPlaced.channel' was added without a default",
          location: SourceLocation(file: newFile, line: 14, column: 7),
          path: "/fields/3"),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "TYPE_MISMATCH", severity: .error,
          message: "field 'OrderPlaced.total' changed type from long to string",
          location: SourceLocation(file: newFile, line: 9, column: 7),
          previousLocation: SourceLocation(file: oldFile, line: 9, column: 7),
          path: "/fields/1/type"),
        subject: "orders.order-placed"),
      Finding(
        Diagnostic(
          ruleID: "AVRO_INVALID_LOGICAL_TYPE", severity: .warning,
          message: "doc with \u{1B}]0;owned\u{07} escape and \"quotes\"\nsecond line",
          location: SourceLocation(file: "schemas/payments/payment.avsc", line: 3, column: 1)),
        subject: "payments.payment-captured"),
    ],
    subjects: [
      SubjectResult(
        name: "orders.order-placed", format: .avro, schemaPath: newFile, mode: .backward,
        compatible: false, checkedAgainst: [oldFile]),
      SubjectResult(
        name: "payments.payment-captured", format: .avro,
        schemaPath: "schemas/payments/payment.avsc", mode: .fullTransitive, compatible: true,
        checkedAgainst: ["HEAD~1:schemas/payments/payment.avsc"]),
    ])
}()

@Test func textReporterMatchesGoldenFile() throws {
  try GoldenFile.check(TextReporter().render(sampleReport), against: "reporters/report.txt")
}

@Test func textReporterEscapesControlCharactersFromSchemas() {
  let text = TextReporter().render(sampleReport)
  #expect(!text.contains("\u{1B}"))
  #expect(text.contains("\\u{1b}]0;owned\\u{7} escape"))
  #expect(text.contains("\"quotes\"\\u{a}second line"))
}

@Test func textReporterColoursOnlyWhenAsked() {
  #expect(TextReporter(useColor: true).render(sampleReport).contains("\u{1B}[31;1merror"))
  #expect(!TextReporter(useColor: false).render(sampleReport).contains("\u{1B}["))
}

@Test func jsonReporterMatchesGoldenFile() throws {
  try GoldenFile.check(JSONReporter().render(sampleReport), against: "reporters/report.json")
}

@Test func jsonReporterEscapesStrings() {
  let json = JSONReporter().render(sampleReport)
  #expect(json.contains(#"doc with \u001b]0;owned\u0007 escape and \"quotes\"\nsecond line"#))
}

@Test func jsonReporterListsChangesForDiff() {
  let report = Report(changes: [
    Change(
      kind: "FIELD_ADDED", path: "/fields/2", message: "field 'a' added with a default",
      newLocation: SourceLocation(file: "new.avsc", line: 5, column: 5),
      breaksBackward: false, breaksForward: false)
  ])
  let json = JSONReporter().render(report)
  #expect(json.contains(#""kind": "FIELD_ADDED""#))
  #expect(json.contains(#""changes": 1"#))
  #expect(TextReporter().render(report).hasPrefix("new.avsc:5:5: change: [FIELD_ADDED]"))
}
