import SchemaModel
import Testing

@testable import Parsers

@Suite("Avro schema set linking")
struct AvroSchemaSetTests {
  static let money = AvroTestSupport.parse(
    """
    {"type": "record", "name": "Money", "namespace": "com.acme.common", "fields": [
      {"name": "units", "type": "long"}, {"name": "currency", "type": "string"}
    ]}
    """, path: "money.avsc")

  static let customer = AvroTestSupport.parse(
    #"{"type": "record", "name": "Customer", "fields": [{"name": "id", "type": "string"}]}"#,
    path: "customer.avsc")

  @Test func referencesDefinedInOtherFilesLink() throws {
    let order = AvroTestSupport.parse(
      """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders", "fields": [
        {"name": "total", "type": "com.acme.common.Money"},
        {"name": "refund", "type": ["null", "com.acme.common.Money"], "default": null}
      ]}
      """, path: "order.avsc")
    #expect(order.externalReferences == [QualifiedName(fullName: "com.acme.common.Money")])
    let linked = AvroSchemaSet.link([Self.money, order])
    #expect(linked.count == 2)
    #expect(linked.allSatisfy { $0.diagnostics == [] })
    #expect(linked[1] == order)
  }

  @Test func unknownTypeIsReportedAtItsFirstUse() throws {
    let marked = MarkedAvroSource(
      """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders", "fields": [
        {"name": "total", "type": 1️⃣"Money"},
        {"name": "refund", "type": ["null", "Money"]}
      ]}
      """)
    let order = AvroTestSupport.parse(marked.text, path: "order.avsc")
    let linked = AvroSchemaSet.link([Self.money, order])
    #expect(linked[0].diagnostics == [])
    let diagnostics = linked[1].diagnostics
    #expect(diagnostics.count == 1)
    let diagnostic = try #require(diagnostics.first)
    let marker = try #require(marked.markerPosition)
    #expect(diagnostic.ruleID == "AVRO_UNKNOWN_TYPE")
    #expect(diagnostic.severity == .error)
    #expect(
      diagnostic.location
        == SchemaModel.SourceLocation(file: "order.avsc", line: marker.line, column: marker.column))
    #expect(diagnostic.message.contains("'com.acme.orders.Money'"))
    #expect(diagnostic.path == "/fields/0/type")
    #expect(diagnostic.notes.map(\.message) == ["did you mean 'com.acme.common.Money'?"])
    #expect(diagnostic.notes.first?.location?.file == "money.avsc")
  }

  @Test(arguments: [
    ("Mony", "com.acme.common.Money"), ("com.acme.common.Monet", "com.acme.common.Money"),
    ("Customr", "Customer"), ("Xyz", nil), ("Mo", nil), ("com.acme.Long", "long"),
    ("integer", "int"), ("Bool", "boolean"),
  ])
  func suggestsANearName(_ written: String, _ expected: String?) {
    let types = Dictionary(
      uniqueKeysWithValues: (Self.money.namedTypes + Self.customer.namedTypes).map {
        ($0.qualifiedName?.fullName ?? "", $0)
      })
    #expect(
      AvroSchemaSet.suggestion(for: QualifiedName(fullName: written), among: types) == expected)
  }

  @Test func aSingleFileWithExternalNamesIsUnresolved() {
    let order = AvroTestSupport.parse(
      #"{"type": "record", "name": "R", "fields": [{"name": "c", "type": "Customer"}]}"#)
    let linked = AvroSchemaSet.link([order])
    #expect(linked[0].diagnostics.map(\.ruleID) == ["AVRO_UNKNOWN_TYPE"])
  }

  @Test func bareNameFallsBackToANullNamespaceTypeOfAnotherFile() throws {
    let order = AvroTestSupport.parse(
      """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders", "fields": [
        {"name": "customer", "type": "Customer"}
      ]}
      """, path: "order.avsc")
    #expect(order.externalReferences == [QualifiedName(fullName: "com.acme.orders.Customer")])
    let linked = AvroSchemaSet.link([Self.customer, order])
    #expect(linked[1].diagnostics == [])
    #expect(linked[1].externalReferences == [QualifiedName(name: "Customer")])
    guard case .record(let record) = linked[1].root?.kind else {
      Issue.record("not a record")
      return
    }
    #expect(record.fields[0].type.kind == .reference(QualifiedName(name: "Customer")))
    #expect(linked[1].namedTypes.first == linked[1].root)
  }

  @Test func aNameDefinedInTwoFilesIsADuplicate() throws {
    let again = AvroTestSupport.parse(
      """
      {"type": "record", "name": "Wrapper", "fields": [
        {"name": "m", "type": {"type": "record", "name": "com.acme.common.Money", "fields": []}}
      ]}
      """, path: "wrapper.avsc")
    let linked = AvroSchemaSet.link([Self.money, again])
    #expect(linked[0].diagnostics == [])
    let diagnostic = try #require(linked[1].diagnostics.first)
    #expect(linked[1].diagnostics.count == 1)
    #expect(diagnostic.ruleID == "AVRO_DUPLICATE_TYPE")
    #expect(
      diagnostic.location == SchemaModel.SourceLocation(file: "wrapper.avsc", line: 2, column: 25))
    #expect(diagnostic.message.contains("money.avsc"))
    #expect(
      diagnostic.notes.first?.location
        == SchemaModel.SourceLocation(file: "money.avsc", line: 1, column: 1))
  }

  @Test func anEqualDefinitionInTwoFilesIsTheSameType() {
    let embedded = AvroTestSupport.parse(
      """
      {"type": "record", "name": "Refund", "namespace": "com.acme.payments", "fields": [
        {"name": "amount", "type": {"type": "record", "name": "Money",
          "namespace": "com.acme.common", "doc": "Embedded copy.", "fields": [
            {"name": "units", "type": "long"}, {"name": "currency", "type": "string"}]}}
      ]}
      """, path: "refund.avsc")
    let linked = AvroSchemaSet.link([Self.money, embedded])
    #expect(linked.allSatisfy { $0.diagnostics == [] })
  }

  @Test func defaultsAreCheckedAgainstTypesOfOtherFiles() throws {
    let marked = MarkedAvroSource(
      """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders", "fields": [
        {"name": "total", "type": "com.acme.common.Money",
         "default": {"units": 1, "currency": "EUR"}},
        {"name": "fee", "type": "com.acme.common.Money", "default": {"units": 1️⃣"1"}},
        {"name": "tip", "type": "int", "default": "bad"}
      ]}
      """)
    let order = AvroTestSupport.parse(marked.text, path: "order.avsc")
    // The parser could only check the int default.
    #expect(order.diagnostics.map(\.ruleID) == ["AVRO_INVALID_DEFAULT"])
    let linked = AvroSchemaSet.link([Self.money, order])
    let marker = try #require(marked.markerPosition)
    #expect(
      linked[1].diagnostics.map {
        "\($0.ruleID) \($0.location?.line ?? 0):\($0.location?.column ?? 0)"
      }
        == ["AVRO_INVALID_DEFAULT \(marker.line):\(marker.column)", "AVRO_INVALID_DEFAULT 5:45"])
    #expect(
      linked[1].diagnostics.first?.message
        == "default for field 'OrderPlaced.fee' at /units must be a long, found string")
  }

  @Test func candidatesFollowJavasLookupOrder() {
    #expect(
      AvroSchemaSet.candidates(for: QualifiedName(fullName: "a.b.C")) == [
        QualifiedName(fullName: "a.b.C"), QualifiedName(name: "C"),
      ])
    #expect(AvroSchemaSet.candidates(for: QualifiedName(name: "C")) == [QualifiedName(name: "C")])
  }

  @Test func otherFormatsPassThrough() {
    let proto = SchemaDocument(format: .protobuf, path: "a.proto")
    #expect(AvroSchemaSet.link([proto]) == [proto])
  }
}
