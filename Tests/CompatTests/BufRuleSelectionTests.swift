import Compat
import Parsers
import SchemaModel
import Testing

/// `use`/`except`/`ignore`/`ignore_only` as a buf.yaml's `breaking` section spells them.
@Suite struct BufRuleSelectionTests {
  private func ids(_ selection: BufRuleSelection) throws -> [String] {
    try selection.rules().map(\.id)
  }

  @Test func defaultIsTheFileCategoryOfTheVersion() throws {
    let v2 = try ids(BufRuleSelection(version: .v2))
    let v1 = try ids(BufRuleSelection(version: .v1))
    #expect(v2.contains("EXTENSION_NO_DELETE"))
    #expect(!v1.contains("EXTENSION_NO_DELETE"))
    #expect(v2.count == 51)
    #expect(!v2.contains("PACKAGE_NO_DELETE"))
  }

  @Test func deprecatedIDsRunTheirReplacements() throws {
    let label = try ids(BufRuleSelection(version: .v1, use: ["FIELD_SAME_LABEL"]))
    #expect(
      label == [
        "FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY",
        "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
      ])
    #expect(
      try ids(BufRuleSelection(version: .v1, use: ["FIELD_SAME_CTYPE"]))
        == ["FIELD_SAME_CPP_STRING_TYPE"])
    #expect(try ids(BufRuleSelection(version: .v1, use: ["FILE_SAME_PHP_GENERIC_SERVICES"])) == [])
  }

  @Test func deprecatedNamesAreListedForWarnings() {
    let selection = BufRuleSelection(
      version: .v1, use: ["FIELD_SAME_CTYPE", "FILE"], except: ["FIELD_SAME_LABEL"])
    #expect(selection.deprecatedNames.map(\.id) == ["FIELD_SAME_CTYPE", "FIELD_SAME_LABEL"])
    #expect(selection.deprecatedNames.first?.replacedBy == ["FIELD_SAME_CPP_STRING_TYPE"])
  }

  @Test func exceptRemovesRulesAndCategories() throws {
    let selected = try ids(BufRuleSelection(version: .v1, except: ["SERVICE_NO_DELETE"]))
    #expect(!selected.contains("SERVICE_NO_DELETE"))
    #expect(selected.contains("RPC_NO_DELETE"))
    let wire = try ids(BufRuleSelection(version: .v1, use: ["WIRE_JSON"], except: ["WIRE"]))
    #expect(wire.contains("FIELD_SAME_NAME"))
    #expect(!wire.contains("FIELD_SAME_ONEOF"))
  }

  @Test func modesAreCategories() throws {
    let wire = try ids(.mode(.wire))
    #expect(wire.contains("FIELD_WIRE_COMPATIBLE_TYPE"))
    #expect(!wire.contains("FIELD_SAME_TYPE"))
    #expect(!wire.contains("FIELD_SAME_NAME"))
  }

  @Test func unknownNamesAreErrors() {
    #expect(throws: BufSelectionError.unknownRule("NOPE", .v2)) {
      try BufRuleSelection(use: ["NOPE"]).rules()
    }
    #expect(throws: BufSelectionError.unknownRule("CSR", .v1)) {
      try BufRuleSelection(version: .v1, use: ["CSR"]).rules()
    }
    #expect(throws: BufSelectionError.unknownRule("EXTENSION_NO_DELETE", .v1)) {
      try BufRuleSelection(version: .v1, use: ["EXTENSION_NO_DELETE"]).rules()
    }
  }

  @Test(arguments: [
    ("a.v1alpha1", true), ("a.v1beta", true), ("a.v2test", true), ("a.v1testfoo", true),
    ("a.v1p1beta1", true), ("a.v1", false), ("a", false), ("a.v1.b", false), ("a.valpha1", false),
  ])
  func unstablePackages(package: String, unstable: Bool) {
    #expect(BufBreakingChecker.isUnstable(package) == unstable)
  }
}
