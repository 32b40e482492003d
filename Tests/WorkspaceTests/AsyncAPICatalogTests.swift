import Catalog
import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Workspace

/// The demo's AsyncAPI services and messages in the catalog.
@Suite struct AsyncAPICatalogTests {
  static func catalog() async throws -> EventCatalog {
    let config = try ConfigLoader.load(
      from: AsyncAPIWorkspaceTests.fixtures.appendingPathComponent("schemacheck.yaml"))
    return try await CatalogBuilder(config: config).build().catalog
  }

  @Test func asyncAPIServicesAppearWithTheirDocuments() async throws {
    let catalog = try await Self.catalog()
    let orders = try #require(catalog.service("orders-service"))
    #expect(orders.title == "Orders Service")
    #expect(orders.version == "1.4.0")
    #expect(orders.owner == "team-orders")
    #expect(orders.source == "asyncapi/orders-service.yaml")
    #expect(orders.produces == ["orders.order-cancelled"])
    #expect(orders.consumes == ["payments.payment-captured"])
    #expect(orders.servers == [CatalogProperty("production", "kafka broker.acme.example:9092")])
    let customers = try #require(catalog.service("customers-service"))
    #expect(customers.consumes == ["orders.order-cancelled"])
    // Services only the config names stay.
    #expect(catalog.service("checkout") != nil)
  }

  @Test func configMetadataWinsAndAsyncAPIFillsTheRest() async throws {
    let catalog = try await Self.catalog()
    let cancelled = try #require(catalog.event("orders.order-cancelled"))
    #expect(cancelled.owner == "team-orders")
    #expect(cancelled.channel?.address == "orders.cancelled.v1")
    #expect(cancelled.channel?.protocols == ["kafka"])
    #expect(cancelled.channel?.bindings.first == CatalogProperty("partitions", "12"))
    #expect(cancelled.producers == ["checkout", "customer-service", "orders-service"])
    #expect(cancelled.consumers.contains("customers-service"))
    #expect(cancelled.sources.count == 3)
    #expect(cancelled.sources.contains("asyncapi/customers-service.yaml"))
    #expect(cancelled.sources.contains("asyncapi/orders-service.yaml"))
    let inline = try #require(cancelled.examples.first { $0.path.hasPrefix("asyncapi/") })
    #expect(inline.path == "asyncapi/orders-service.yaml#out-of-stock")
    #expect(inline.passed)
  }

  @Test func anInlinePayloadIsAnEventWithoutHistory() async throws {
    let catalog = try await Self.catalog()
    let updated = try #require(catalog.event("customers.customer-updated"))
    #expect(updated.format == .jsonSchema)
    #expect(updated.title == "Customer updated")
    #expect(updated.description == "A customer changed their profile.")
    #expect(updated.producers == ["customers-service"])
    #expect(updated.owner == "team-customers")
    #expect(updated.versions.count == 1)
    #expect(updated.sources == ["asyncapi/customers-service.yaml"])
    #expect(updated.schema.text.contains("\"customerId\""))
    #expect(
      updated.channel?.bindings.contains(CatalogProperty("topic", "customers.updated.v1")) == true)
    #expect(updated.examples.map(\.passed) == [true])
  }

  @Test func bindingRowsKeepAFixedOrder() {
    let message = AsyncAPIServiceMessage(
      subject: "s", messageID: "m", protocols: ["amqp"],
      kafka: AsyncAPIKafkaChannelBinding(topic: "t", partitions: 3),
      amqp: AsyncAPIAMQPChannelBinding(kind: "queue", queue: "q"), tags: [],
      keySchema: #"{"type":"string"}"#, documentPath: "a.yaml")
    #expect(
      CatalogBuilder.bindings(of: message) == [
        CatalogProperty("topic", "t"), CatalogProperty("partitions", "3"),
        CatalogProperty("is", "queue"), CatalogProperty("queue", "q"),
        CatalogProperty("key", #"{"type":"string"}"#),
      ])
  }

  @Test func inlineExamplesAreShownIndented() throws {
    let value = try JSONReader.parse(#"{"a": [1, {"b": null}], "c": {}, "d": []}"#)
    #expect(
      CatalogBuilder.indentedJSON(value)
        == "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {},\n"
        + "  \"d\": []\n}")
  }
}
