import Catalog
import Foundation
import SchemaModel
import Testing

@testable import Workspace

/// The catalog of the bundled contracts: verdicts, histories and fixtures as the check sees them.
@Suite struct CatalogBuilderTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  func catalog() async throws -> EventCatalog {
    let config = try ConfigLoader.load(
      from: Self.fixtures.appendingPathComponent("schemacheck.yaml"))
    return try await CatalogBuilder(config: config).build().catalog
  }

  @Test func everySubjectIsAnEventWithItsMetadata() async throws {
    let catalog = try await catalog()
    #expect(catalog.events.map(\.id) == catalog.events.map(\.id).sorted())
    let placed = try #require(catalog.event("orders.order-placed"))
    #expect(placed.format == .avro)
    #expect(placed.domain == "orders")
    #expect(placed.owner == "team-orders")
    #expect(placed.channel?.address == "orders.placed.v1")
    #expect(placed.producers == ["checkout"])
    #expect(placed.consumers == ["email", "inventory"])
    #expect(placed.compatibility == "BACKWARD_TRANSITIVE")
    #expect(placed.status == .compatible)
    #expect(placed.schema.path == "schemas/orders/order_placed.avsc")
    #expect(placed.schema.text.contains("\"OrderPlaced\""))
  }

  @Test func versionsRunOldestFirstWithChangesAndVerdicts() async throws {
    let catalog = try await catalog()
    let placed = try #require(catalog.event("orders.order-placed"))
    #expect(placed.versions.first?.verdict == .first)
    #expect(placed.versions.last?.label == "current")
    #expect(placed.versions.count >= 2)
    #expect(placed.versions.dropFirst().allSatisfy { $0.verdict == .compatible })
    #expect(placed.versions.dropFirst().contains { !$0.changes.isEmpty })
    // The newest schema of shipping lives in its version folder: it keeps its name.
    let shipped = try #require(catalog.event("shipping.shipment-dispatched"))
    #expect(shipped.versions.map(\.label) == ["v1", "v2", "v10"])
  }

  @Test func validatedFixturesAreTheEventsExamples() async throws {
    let catalog = try await catalog()
    let placed = try #require(catalog.event("orders.order-placed"))
    #expect(!placed.examples.isEmpty)
    #expect(placed.examples.allSatisfy { $0.passed })
    #expect(placed.examples.contains { !$0.expectedValid })
    let payments = try #require(catalog.event("payments.payment-captured"))
    // Binary fixtures carry no text.
    #expect(payments.examples.allSatisfy { $0.text == nil })
  }

  @Test func servicesAndOwnersComeFromTheEvents() async throws {
    let catalog = try await catalog()
    let checkout = try #require(catalog.service("checkout"))
    #expect(checkout.produces.contains("orders.order-placed"))
    #expect(catalog.owners.map(\.id).contains("team-orders"))
    let orders = try #require(catalog.owners.first { $0.id == "team-orders" })
    #expect(orders.events.contains("orders.order-events"))
  }

  @Test func anIncompatibleVersionIsReportedWithItsRules() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - name: a
          schema: a.avsc
          versions: a/v*.avsc
          compatibility: BACKWARD
      """)
    try tree.write(
      "a/v1.avsc", #"{"type": "record", "name": "A", "fields": [{"name": "x", "type": "int"}]}"#)
    try tree.write(
      "a.avsc",
      #"{"type": "record", "name": "A", "fields": [{"name": "x", "type": "int"}, {"name": "y", "type": "int"}]}"#
    )
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let catalog = try await CatalogBuilder(config: config).build().catalog
    let event = try #require(catalog.event("a"))
    #expect(event.status == .incompatible)
    #expect(event.versions.map(\.label) == ["v1", "current"])
    #expect(
      event.versions.last?.verdict == .incompatible(rules: ["READER_FIELD_MISSING_DEFAULT_VALUE"]))
    #expect(event.versions.last?.changes.map(\.kind) == ["FIELD_ADDED"])
  }
}

/// Field tables of the bundled contracts, one per format.
@Suite struct CatalogBuilderFieldTests {
  @Test func everyFormatHasItsFieldTable() async throws {
    let config = try ConfigLoader.load(
      from: CatalogBuilderTests.fixtures.appendingPathComponent("schemacheck.yaml"))
    let catalog = try await CatalogBuilder(config: config).build().catalog
    let placed = try #require(catalog.event("orders.order-placed"))
    #expect(placed.fields.contains { $0.path == "order_id" && $0.required })
    let customers = try #require(catalog.event("customers.customer-registered"))
    // JSON Schema keywords come from the keyword tree.
    #expect(customers.fields.contains { !$0.constraints.isEmpty })
    let events = try #require(catalog.event("orders.order-events"))
    #expect(!events.fields.isEmpty)
  }
}

/// Paths in the catalog do not depend on where it was built.
@Suite struct CatalogBuilderPathTests {
  @Test func sourcesAndExamplesAreRelativeAndListedOnce() async throws {
    let config = try ConfigLoader.load(
      from: CatalogBuilderTests.fixtures.appendingPathComponent("schemacheck.yaml"))
    let catalog = try await CatalogBuilder(config: config).build().catalog
    for event in catalog.events {
      #expect(event.sources.allSatisfy { !$0.hasPrefix("/") }, "\(event.sources)")
      #expect(Set(event.examples.map(\.path)).count == event.examples.count)
      #expect(event.examples.allSatisfy { !$0.path.hasPrefix("/") })
    }
  }
}

/// Progress is told once per subject and stage, whatever the order subjects finish in.
@Suite struct RunProgressTests {
  final class Counts: @unchecked Sendable {
    let lock = NSLock()
    var seen: [String: [Int]] = [:]
    var totals: Set<Int> = []
  }

  @Test func everySubjectAdvancesEachStageOnce() async throws {
    let config = try ConfigLoader.load(
      from: CatalogBuilderTests.fixtures.appendingPathComponent("schemacheck.yaml"))
    let counts = Counts()
    var builder = CatalogBuilder(config: config)
    builder.progress = RunProgress { stage, done, total in
      counts.lock.withLock {
        counts.seen[stage, default: []].append(done)
        counts.totals.insert(total)
      }
    }
    let catalog = try await builder.build().catalog
    let total = catalog.events.count
    #expect(counts.totals == [total])
    #expect(counts.seen["checking"]?.sorted() == Array(1...total))
    #expect(counts.seen["history"]?.sorted() == Array(1...total))
  }
}
