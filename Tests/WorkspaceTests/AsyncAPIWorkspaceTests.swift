import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Workspace

@Suite struct AsyncAPIWorkspaceTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func demoConfig() throws -> Config {
    try ConfigLoader.load(from: fixtures.appendingPathComponent("schemacheck.yaml"))
  }

  @Test func theConfigKeyListsGlobs() throws {
    let config = try Self.demoConfig()
    #expect(config.asyncAPI.documents == ["asyncapi/*.yaml"])
    #expect(config.section("asyncapi") == nil)
  }

  @Test func aSingleGlobIsAListOfOneAndAMappingIsRefused() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let single = try tree.write("one.yaml", "version: 1\nasyncapi: api/*.yaml\n")
    #expect(try ConfigLoader.load(from: single).asyncAPI.documents == ["api/*.yaml"])
    let mapping = try tree.write("two.yaml", "version: 1\nasyncapi: { glob: x }\n")
    #expect(throws: ConfigError.self) { try ConfigLoader.load(from: mapping) }
  }

  @Test func demoMessagesMergeWithConfigSubjects() throws {
    let config = try Self.demoConfig()
    let sources = try AsyncAPISources.load(config)
    #expect(
      sources.documents.map(\.path) == [
        "asyncapi/customers-service.yaml", "asyncapi/orders-service.yaml",
      ])
    #expect(sources.diagnostics == [])
    let resolved = try SubjectResolver.subjects(of: config, asyncAPI: sources)
    #expect(resolved.notes == [])
    let names = resolved.subjects.map(\.name)
    #expect(names.count == 8)
    #expect(names.contains("customers.customer-updated"))
    let cancelled = try #require(resolved.subjects.first { $0.name == "orders.order-cancelled" })
    // The config's settings win; the documents add their examples.
    #expect(cancelled.schemaPath == "schemas/orders/order_cancelled.avsc")
    #expect(cancelled.versionsPattern == "schemas/orders/order_cancelled/v*.avsc")
    #expect(cancelled.inlineExamples.map(\.name) == ["out-of-stock"])
    #expect(
      cancelled.asyncAPIDocuments == [
        "asyncapi/customers-service.yaml", "asyncapi/orders-service.yaml",
      ])
    #expect(cancelled.isAffected(by: "asyncapi/orders-service.yaml"))
    #expect(!cancelled.owns("asyncapi/orders-service.yaml"))
    let updated = try #require(resolved.subjects.first { $0.name == "customers.customer-updated" })
    let bytes = try #require(updated.embeddedSchema)
    let schema = try JSONReader.parse(bytes)
    #expect(schema["$schema"]?.stringValue == "http://json-schema.org/draft-07/schema#")
    #expect(schema["properties"]?["changed"]?["items"]?["enum"] != nil)
    #expect(updated.schemaPath == "asyncapi/customers-service.yaml#customers.customer-updated")
  }

  @Test func aMessageWithoutAReadablePayloadIsANote() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let config = try tree.write("schemacheck.yaml", "version: 1\nasyncapi: [api/*.yaml]\n")
    try tree.write(
      "api/a.yaml",
      """
      asyncapi: 3.0.0
      info: { title: A, version: '1' }
      channels:
        c:
          messages:
            P:
              payload: { schemaFormat: application/vnd.google.protobuf;version=3, schema: 'x' }
            Q: { title: no payload }
      """)
    let loaded = try ConfigLoader.load(from: config)
    let resolved = try SubjectResolver.subjects(of: loaded, asyncAPI: AsyncAPISources.load(loaded))
    #expect(resolved.subjects.isEmpty)
    #expect(
      resolved.notes.map(\.ruleID) == [
        "ASYNCAPI_PAYLOAD_NOT_CHECKED", "ASYNCAPI_PAYLOAD_NOT_CHECKED",
      ])
    #expect(
      resolved.notes.first?.location == SourceLocation(file: "api/a.yaml", line: 7, column: 9))
  }

  @Test func aGlobMatchingNothingIsAWarning() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let config = try tree.write("schemacheck.yaml", "version: 1\nasyncapi: [api/*.yaml]\n")
    let sources = try AsyncAPISources.load(try ConfigLoader.load(from: config))
    #expect(sources.diagnostics.map(\.ruleID) == ["ASYNCAPI_DOCUMENT_MISSING"])
    #expect(sources.diagnostics.first?.location?.line == 2)
  }

  @Test func theLoaderRefusesALinkOutOfTheProject() throws {
    let outside = try TemporaryTree()
    defer { outside.remove() }
    let secret = try outside.write("secret.avsc", "{}")
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("schemas/ok.avsc", "{}")
    try FileManager.default.createSymbolicLink(
      at: tree.url("schemas/link.avsc"), withDestinationURL: secret)
    let loader = AsyncAPIProjectLoader(root: tree.root)
    guard case .found = loader.load(path: "schemas/ok.avsc") else {
      Issue.record("a file inside the project is read")
      return
    }
    guard case .refused(let reason) = loader.load(path: "schemas/link.avsc") else {
      Issue.record("a link out of the project is refused")
      return
    }
    #expect(reason.contains("outside the project folder"))
    guard case .notFound = loader.load(path: "schemas/none.avsc") else {
      Issue.record("a missing file is not found")
      return
    }
  }

  @Test func demoServices() throws {
    let services = try AsyncAPIServices.load(try Self.demoConfig())
    #expect(services.map(\.id) == ["customers-service", "orders-service"])
    let orders = try #require(services.last)
    #expect(orders.title == "Orders Service")
    #expect(orders.owner == "team-orders")
    #expect(orders.produces == ["orders.order-cancelled"])
    #expect(orders.consumes == ["payments.payment-captured"])
    let cancelled = try #require(orders.messages.first)
    #expect(cancelled.subject == "orders.order-cancelled")
    #expect(cancelled.channelAddress == "orders.cancelled.v1")
    #expect(cancelled.protocols == ["kafka"])
    #expect(cancelled.kafka?.partitions == 12)
    #expect(cancelled.keySchema == #"{"type":"string","description":"The order id."}"#)
    let customers = try #require(services.first)
    #expect(customers.produces == ["customers.customer-registered", "customers.customer-updated"])
    #expect(customers.consumes == ["orders.order-cancelled"])
    #expect(
      customers.messages.map(\.channelAddress) == [
        "customers.registered.v1", "customers.updated.v1", "orders.cancelled.v1",
      ])
  }

  @Test(arguments: [
    ("Orders Service", "orders-service"), ("  Ünïcode -- API v2 ", "n-code-api-v2"), ("!!!", ""),
  ])
  func slugs(title: String, expected: String) {
    #expect(AsyncAPIServices.slug(title) == expected)
  }
}

@Suite struct AsyncAPICheckRunTests {
  @Test func aProtobufPayloadFileWithItsMessageIsCheckedWithItsExamples() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "schemacheck.yaml",
      "version: 1\ndefaults: { compatibility: NONE }\nasyncapi: [api/*.yaml]\n")
    try tree.write(
      "proto/shop.proto",
      """
      syntax = "proto3";
      package shop;
      message Other { string x = 1; }
      message Placed { string order_id = 1; int64 total = 2; }
      """)
    try tree.write(
      "api/shop.yaml",
      """
      asyncapi: 3.0.0
      info: { title: Shop, version: '1' }
      channels:
        placed:
          address: shop.placed
          messages:
            shop.placed:
              x-schemacheck-message: shop.Placed
              payload:
                schemaFormat: application/vnd.google.protobuf;version=3
                schema: { $ref: '../proto/shop.proto' }
              examples:
                - payload: { orderId: o-1, total: '12' }
                - payload: { orderId: o-2, total: twelve }
      operations:
        send:
          action: send
          channel: { $ref: '#/channels/placed' }
      """)
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let outcome = try await CheckRun(config: config).run()
    #expect(outcome.report.subjects.map(\.name) == ["shop.placed"])
    #expect(outcome.report.subjects.first?.format == .protobuf)
    #expect(outcome.report.payloads.map(\.valid) == [true, false])
    let finding = try #require(outcome.report.findings.first)
    #expect(finding.diagnostic.location?.file == "api/shop.yaml")
    #expect(finding.diagnostic.location?.line == 14)
  }
}

@Suite struct AsyncAPIHeadersTests {
  @Test func exampleHeadersAreValidatedAgainstTheMessageHeaders() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write(
      "schemacheck.yaml",
      "version: 1\ndefaults: { compatibility: NONE }\nasyncapi: [api/*.yaml]\n")
    try tree.write(
      "api/a.yaml",
      """
      asyncapi: 2.6.0
      info: { title: A, version: '1' }
      channels:
        c:
          subscribe:
            message:
              messageId: m
              headers:
                type: object
                required: [traceparent]
                properties: { traceparent: { type: string } }
              payload: { type: object }
              examples:
                - payload: {}
                  headers: { traceparent: 7 }
      """)
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let outcome = try await CheckRun(config: config).run()
    #expect(outcome.report.payloads.map(\.valid) == [true, false])
    let finding = try #require(outcome.report.findings.first)
    #expect(finding.diagnostic.location == SourceLocation(file: "api/a.yaml", line: 15, column: 37))
  }
}

@Suite struct AsyncAPIMergeTests {
  @Test func aMessageNamingAnotherPayloadThanItsSubjectIsAWarning() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("a.avsc", #"{"type": "record", "name": "A", "fields": []}"#)
    try tree.write("b.avsc", #"{"type": "record", "name": "B", "fields": []}"#)
    try tree.write(
      "schemacheck.yaml",
      """
      version: 1
      subjects:
        - { name: a, schema: a.avsc, owner: team-a }
      asyncapi: [api/*.yaml]
      """)
    try tree.write(
      "api/x.yaml",
      """
      asyncapi: 3.0.0
      info: { title: X, version: '1' }
      channels:
        c:
          messages:
            a:
              payload:
                schemaFormat: application/vnd.apache.avro;version=1.9.0
                schema: { $ref: '../b.avsc' }
            same:
              x-schemacheck-subject: a
              payload:
                schemaFormat: application/vnd.apache.avro;version=1.9.0
                schema: { $ref: '../a.avsc' }
      """)
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    let resolved = try SubjectResolver.subjects(of: config, asyncAPI: AsyncAPISources.load(config))
    #expect(resolved.subjects.map(\.name) == ["a"])
    #expect(resolved.subjects.first?.schemaPath == "a.avsc")
    #expect(resolved.subjects.first?.declaredByConfig == true)
    #expect(resolved.notes.map(\.ruleID) == ["ASYNCAPI_PAYLOAD_DIFFERS"])
    #expect(
      resolved.notes.first?.location == SourceLocation(file: "api/x.yaml", line: 9, column: 19))
  }
}
