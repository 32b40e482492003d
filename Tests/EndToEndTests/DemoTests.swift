import Foundation
import Testing

/// The README's demo commands, run as a user runs them.
@Suite struct DemoTests {
  @Test func demoRepositoryPasses() throws {
    let result = try CommandRunner.run(["check", "--config", "Fixtures/schemacheck.yaml"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stdout
        == "8 subjects checked, 0 incompatible; 45 payloads validated, 0 failed; 0 errors, 0 warnings\n"
    )
    #expect(result.stderr.isEmpty)
  }

  @Test func breakingPullRequestFailsWithLocatedFindings() throws {
    let result = try CommandRunner.run(["check", "--config", "Fixtures/breaking/schemacheck.yaml"])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let new = "Fixtures/breaking/schemas/payments/refund_issued.avsc"
    let proto = "Fixtures/breaking/proto/acme/payments/v1/refund_events.proto"
    let json = "Fixtures/breaking/jsonschema/customers/customer_updated.json"
    let example = "Fixtures/breaking/examples/payments/refund_issued/goodwill_refund.json"
    #expect(
      lines.filter { !$0.hasPrefix("  note:") }.map {
        $0.split(separator: " ").prefix(3).joined(separator: " ")
      } == [
        "\(example):4:19: error: [PAYLOAD_BACKWARD_UNREADABLE]",
        "\(example):4:19: error: [PAYLOAD_TYPE_MISMATCH]",
        "\(json):19:15: error: [ENUM_ARRAY_NARROWED]",
        "\(json):24:22: error: [TYPE_CHANGED]",
        "\(json):27:5: error: [REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL]",
        "\(proto):11:27: error: [ENUM_VALUE_SAME_NAME]",
        "\(proto):15:1: error: [FIELD_NO_DELETE_UNLESS_NAME_RESERVED]",
        "\(proto):15:1: error: [FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED]",
        "\(proto):18:3: error: [FIELD_SAME_JSON_NAME]",
        "\(proto):18:3: error: [FIELD_SCALAR_KIND_CHANGED]",
        "\(proto):18:3: error: [FIELD_WIRE_JSON_COMPATIBLE_TYPE]",
        "\(proto):18:10: error: [FIELD_SAME_NAME]",
        "\(new):9:38: error: [TYPE_MISMATCH]",
        "\(new):9:38: error: [TYPE_MISMATCH]",
        "\(new):10:32: error: [MISSING_ENUM_SYMBOLS]",
        "\(new):10:32: error: [MISSING_ENUM_SYMBOLS]",
        "\(new):11:5: error: [READER_FIELD_MISSING_DEFAULT_VALUE]",
        "3 subjects checked,",
      ])
    #expect(
      lines.last
        == "3 subjects checked, 3 incompatible; 1 payload validated, 1 failed; 17 errors, 0 warnings"
    )
  }

  @Test func jsonReportIsOneDocumentWithSubjectsAndFindings() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml", "--format", "json",
    ])
    #expect(result.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    let subjects = try #require(object["subjects"] as? [[String: Any]])
    #expect(
      subjects.compactMap { $0["name"] as? String } == [
        "customers.customer-updated", "payments.refund-events", "payments.refund-issued",
      ])
    let avro = try #require(subjects.last)
    #expect(avro["compatible"] as? Bool == false)
    #expect(avro["mode"] as? String == "FULL")
    #expect(avro["breaking"] == nil)
    #expect(
      avro["checkedAgainst"] as? [String] == [
        "Fixtures/breaking/schemas/payments/refund_issued/v1.avsc"
      ])
    let proto = try #require(subjects.dropFirst().first)
    #expect(proto["format"] as? String == "protobuf")
    #expect(proto["mode"] as? String == "BACKWARD")
    #expect(proto["breaking"] as? [String] == ["WIRE_JSON"])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == 17)
    #expect(findings.count { $0["subject"] as? String == "payments.refund-issued" } == 7)
    #expect(
      findings.contains {
        $0["ruleId"] as? String == "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"
          && $0["subject"] as? String == "payments.refund-events"
      })
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["errors"] as? Int == 17)
  }

  @Test func severalFormatsAtOnceWriteFiles() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let jsonPath = scratch.url.appendingPathComponent("out/report.json").path
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml", "--format",
      "text,json=\(jsonPath)",
    ])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasSuffix(
        "3 subjects checked, 3 incompatible; 1 payload validated, 1 failed; 17 errors, 0 warnings\n"
      ))
    let written = try String(contentsOfFile: jsonPath, encoding: .utf8)
    #expect(written.hasPrefix("{\n  \"version\": 1,"))
  }

  @Test func failOnNeverExitsZeroDespiteFindings() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml", "--fail-on", "never",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("[TYPE_MISMATCH]"))
  }

  /// NONE compares no versions; an example must still match the new schema.
  @Test func modeOverrideNoneComparesNoVersions() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml", "--mode", "none",
    ])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("  note:") }
    #expect(lines.count == 2)
    #expect(lines.first?.contains("[PAYLOAD_TYPE_MISMATCH]") == true)
    #expect(
      lines.last
        == "3 subjects checked, 0 incompatible; 1 payload validated, 1 failed; 1 error, 0 warnings")
  }

  @Test func diffListsChangesAndExitsZero() throws {
    let result = try CommandRunner.run([
      "diff", "Fixtures/schemas/orders/order_placed/v1.avsc",
      "Fixtures/schemas/orders/order_placed.avsc",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("[FIELD_ADDED]"))
    #expect(result.stdout.contains("[FIELD_TYPE_CHANGED]"))
    #expect(result.stdout.contains("breaks forward"))
  }

  @Test func inspectPrintsTheUnifiedModel() throws {
    let result = try CommandRunner.run([
      "inspect", "Fixtures/schemas/orders/order_placed.avsc", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let types = try #require(object["namedTypes"] as? [[String: Any]])
    #expect(
      types.compactMap { $0["fullName"] as? String } == [
        "com.acme.orders.OrderPlaced", "com.acme.orders.OrderLine",
      ])
    let fields = try #require(types.first?["fields"] as? [[String: Any]])
    #expect(fields.first?["name"] as? String == "order_id")
    let location = try #require(fields.first?["location"] as? [String: Any])
    #expect(location["line"] as? Int == 7)
  }

  @Test func compatAgainstAFolderNeedsNoConfig() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let old = #"{"type": "record", "name": "A", "fields": [{"name": "x", "type": "int"}]}"#
    let new = #"{"type": "record", "name": "A", "fields": [{"name": "x", "type": "long"}]}"#
    try scratch.write("release/a.avsc", old)
    try scratch.write("work/a.avsc", new)
    let backward = try CommandRunner.run(
      ["compat", "a.avsc", "--against", "../release"],
      in: scratch.url.appendingPathComponent("work"))
    #expect(backward.status == 0, "\(backward.stdout)\(backward.stderr)")
    let forward = try CommandRunner.run(
      ["compat", "a.avsc", "--against", "../release", "--mode", "FORWARD"],
      in: scratch.url.appendingPathComponent("work"))
    #expect(forward.status == 1)
    #expect(forward.stdout.hasPrefix("a.avsc:1:66: error: [TYPE_MISMATCH]"))
  }
}

@Test func inspectTextIsAnOutline() throws {
  let result = try CommandRunner.run(["inspect", "Fixtures/schemas/orders/order_placed.avsc"])
  #expect(result.status == 0)
  #expect(
    result.stdout == """
      Fixtures/schemas/orders/order_placed.avsc (avro)
      record com.acme.orders.OrderPlaced (1:1)
        order_id: string (uuid)
        customer_id: string
        total_cents: long
        currency: string = "EUR"
        lines: array<com.acme.orders.OrderLine> = []
        coupon: union[null, string] = null
        placed_at: long (timestamp-millis)
      record com.acme.orders.OrderLine (17:18)
        sku: string
        quantity: int
        unit_price_cents: long

      """)
}

/// `check FILE...`, as a pre-commit hook runs it with the changed files.
@Suite struct FileScopedCheckTests {
  @Test func onlyTheSubjectsOfTheFilesAreChecked() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/breaking/schemacheck.yaml",
      "Fixtures/breaking/jsonschema/customers/customer_updated.json", "README.md",
    ])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.allSatisfy {
        $0.hasPrefix("Fixtures/breaking/jsonschema/") || $0.hasPrefix("1 subject")
      })
    #expect(lines.last == "1 subject checked, 1 incompatible; 3 errors, 0 warnings")
  }

  @Test func anEarlierVersionOrAFixtureSelectsItsSubject() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/schemacheck.yaml",
      "Fixtures/schemas/orders/order_placed/v1.avsc",
      "Fixtures/examples/orders/order_events/bad/two_details.json",
    ])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stdout
        == "2 subjects checked, 0 incompatible; 11 payloads validated, 0 failed; 0 errors, 0 warnings\n"
    )
  }

  @Test func filesOfNoSubjectCheckNothing() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/schemacheck.yaml", "README.md",
    ])
    #expect(result.status == 0)
    #expect(result.stdout == "0 subjects checked, 0 incompatible; 0 errors, 0 warnings\n")
  }
}
