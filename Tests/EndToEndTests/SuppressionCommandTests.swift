import Foundation
import Testing

/// Inline suppressions added to a copy of the breaking demo remove their findings, and the exit
/// status follows what is left.
@Suite struct SuppressionCommandTests {
  private func breakingCopy() throws -> ScratchFolder {
    let scratch = try ScratchFolder()
    try FileManager.default.copyItem(
      at: CommandRunner.repositoryRoot.appendingPathComponent("Fixtures/breaking"),
      to: scratch.url.appendingPathComponent("breaking"))
    return scratch
  }

  private func edit(_ file: URL, _ replacements: [(String, String)]) throws {
    var text = try String(contentsOf: file, encoding: .utf8)
    for (old, new) in replacements {
      #expect(text.contains(old), "\(old) not in \(file.lastPathComponent)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    try Data(text.utf8).write(to: file)
  }

  private func check(_ subject: String, in scratch: ScratchFolder, format: String = "text") throws
    -> CommandResult
  {
    try CommandRunner.run(
      [
        "check", "--config", "breaking/schemacheck.yaml", "--subject", subject, "--format", format,
      ],
      in: scratch.url)
  }

  @Test func jsonSchemaSuppressionsClearTheSubject() throws {
    let scratch = try breakingCopy()
    defer { scratch.remove() }
    let subject = "customers.customer-updated"
    let before = try check(subject, in: scratch)
    #expect(before.status == 1, "\(before.stdout)\(before.stderr)")
    #expect(before.stdout.contains("[TYPE_CHANGED]"))
    try edit(
      scratch.url.appendingPathComponent("breaking/jsonschema/customers/customer_updated.json"),
      [
        (#""tier": {"#, #""tier": {"x-schemacheck-ignore": ["ENUM_ARRAY_NARROWED"],"#),
        (#""loyaltyPoints": {"#, #""loyaltyPoints": {"x-schemacheck-ignore": ["TYPE_CHANGED"],"#),
        (
          #""reason": {"#,
          #""reason": {"x-schemacheck-ignore": ["REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL"],"#
        ),
      ])
    let after = try check(subject, in: scratch)
    #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
    #expect(
      after.stdout
        == "1 subject checked, 0 incompatible; 0 errors, 0 warnings; 3 suppressed\n")
    let json = try check(subject, in: scratch, format: "json")
    #expect(json.stdout.contains(#""suppressed": 3"#) || json.stdout.contains(#""suppressed":3"#))
  }

  @Test func protoSuppressionRemovesOnlyItsRuleOnThatLine() throws {
    let scratch = try breakingCopy()
    defer { scratch.remove() }
    try edit(
      scratch.url.appendingPathComponent("breaking/proto/acme/payments/v1/refund_events.proto"),
      [
        (
          "  string amount = 3;",
          "  // schemacheck:ignore FIELD_SAME_NAME, FIELD_SAME_JSON_NAME renamed before release\n"
            + "  string amount = 3;"
        ),
        ("  REFUND_REASON_DELAYED = 2;", "  REFUND_REASON_DELAYED = 2; // schemacheck:ignore NOPE"),
      ])
    let result = try check("payments.refund-events", in: scratch)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(!result.stdout.contains("[FIELD_SAME_NAME]"))
    #expect(!result.stdout.contains("[FIELD_SAME_JSON_NAME]"))
    #expect(result.stdout.contains("refund_events.proto:19:3: error: [FIELD_SCALAR_KIND_CHANGED]"))
    #expect(result.stdout.contains("[ENUM_VALUE_SAME_NAME]"))
    #expect(result.stdout.contains("warning: [SUPPRESSION_UNKNOWN_RULE]"))
    #expect(result.stdout.contains("warning: [SUPPRESSION_WITHOUT_REASON]"))
    #expect(result.stdout.hasSuffix("2 warnings; 2 suppressed\n"))
  }

  @Test func avroPropertySuppressesItsFieldOnly() throws {
    let scratch = try breakingCopy()
    defer { scratch.remove() }
    try edit(
      scratch.url.appendingPathComponent("breaking/schemas/payments/refund_issued.avsc"),
      [
        (
          #"{"name": "amount_cents", "type": "string","#,
          #"{"name": "amount_cents", "type": "string", "schemacheck.ignore": ["TYPE_MISMATCH"],"#
        )
      ])
    let result = try check("payments.refund-issued", in: scratch)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(!result.stdout.contains("error: [TYPE_MISMATCH]"))
    #expect(result.stdout.contains("error: [MISSING_ENUM_SYMBOLS]"))
    // The example file is payload data, not a schema: its findings stay.
    #expect(result.stdout.contains("error: [PAYLOAD_BACKWARD_UNREADABLE]"))
    #expect(result.stdout.hasSuffix("; 2 suppressed\n"))
  }
}
