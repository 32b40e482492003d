import Testing

@testable import SchemaModel

@Test func splitsFullNameAtLastDot() {
  let name = QualifiedName(fullName: "com.acme.orders.OrderPlaced")
  #expect(name.namespace == "com.acme.orders")
  #expect(name.name == "OrderPlaced")
  #expect(QualifiedName(fullName: "Money").namespace == "")
}

@Test func severityOrder() {
  #expect(Severity.note < .warning)
  #expect(Severity.warning < .error)
}
