import Foundation
import Parsers
import SchemaModel
import Testing

/// The demo's AsyncAPI documents under Fixtures/asyncapi parse without findings.
@Suite struct AsyncAPIFixtureTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Reads files under Fixtures/ by their path relative to it.
  struct FixtureLoader: AsyncAPIFileLoader {
    func load(path: String) -> AsyncAPIFileLoad {
      guard
        let data = FileManager.default.contents(
          atPath: AsyncAPIFixtureTests.fixtures.appendingPathComponent(path).path)
      else { return .notFound }
      return .found(Array(data))
    }
  }

  static func parse(_ path: String) throws -> AsyncAPIDocument {
    let bytes = try #require(
      FileManager.default.contents(atPath: fixtures.appendingPathComponent(path).path))
    return AsyncAPIParser.parse(Array(bytes), path: path, loader: FixtureLoader())
  }

  @Test func ordersService() throws {
    let document = try Self.parse("asyncapi/orders-service.yaml")
    #expect(document.diagnostics == [])
    #expect(document.messages.map(\.id) == ["OrderCancelled", "PaymentCaptured"])
    let cancelled = try #require(document.message("OrderCancelled"))
    #expect(cancelled.contentType == "avro/binary")
    #expect(cancelled.kafkaKey != nil)
    #expect(
      cancelled.extensionValue("x-schemacheck-subject")?.stringValue == "orders.order-cancelled")
    #expect(document.operations.map(\.action) == [.send, .receive])
    #expect(document.channel("orders.cancelled.v1")?.kafka?.partitions == 12)
  }

  @Test func customersService() throws {
    let document = try Self.parse("asyncapi/customers-service.yaml")
    #expect(document.diagnostics == [])
    #expect(
      document.messages.map(\.id)
        == [
          "customers.customer-registered", "customers.customer-updated", "orders.order-cancelled",
        ])
    #expect(
      document.operations.map(\.messages) == [
        ["customers.customer-registered"], ["customers.customer-updated"],
        ["orders.order-cancelled"],
      ])
    let updated = try #require(document.message("customers.customer-updated"))
    #expect(updated.payload?.format == .jsonSchema)
    #expect(updated.examples.count == 1)
  }
}
