import Parsers
import SchemaModel
import Testing

@Suite struct AsyncAPIV3Tests {
  static let customers = """
    asyncapi: 3.0.0
    info:
      title: Customers Service
      version: 2.1.0
      tags: [{ name: customers }]
    servers:
      prod: { host: broker.example.com:9092, protocol: kafka }
    channels:
      updated:
        address: customers.updated.v1
        servers: [{ $ref: '#/servers/prod' }]
        messages:
          CustomerUpdated: { $ref: '#/components/messages/CustomerUpdated' }
      dynamic:
        address: null
        messages:
          Ping: { payload: { type: string } }
    operations:
      announce:
        action: send
        channel: { $ref: '#/channels/updated' }
        messages: [{ $ref: '#/channels/updated/messages/CustomerUpdated' }]
      listen:
        action: receive
        channel: { $ref: '#/channels/dynamic' }
    components:
      messages:
        CustomerUpdated:
          name: customer-updated
          x-eventcatalog-message-version: 1.2.0
          payload:
            schemaFormat: application/vnd.apache.avro+json;version=1.9.0
            schema: { $ref: 'schemas/customer.avsc' }
          traits: [{ title: from trait, summary: trait summary }]
          summary: own summary
        Inline:
          payload:
            schemaFormat: application/vnd.google.protobuf;version=3
            schema: 'syntax = "proto3"; message Inline {}'
    """

  static var document: AsyncAPIDocument {
    parseAsyncAPI(["api/service.yaml": customers, "api/schemas/customer.avsc": "{}"])
  }

  @Test func normalisesChannelsServersAndInfo() throws {
    let document = Self.document
    #expect(document.diagnostics == [])
    #expect(document.version?.isV3 == true)
    #expect(document.info.tags == ["customers"])
    #expect(document.servers.first?.host == "broker.example.com:9092")
    #expect(document.channels.map(\.id) == ["updated", "dynamic"])
    #expect(document.channel("updated")?.address == "customers.updated.v1")
    #expect(document.channel("updated")?.servers == ["prod"])
    #expect(document.channel("dynamic")?.address == nil)
  }

  @Test func operationsKeepTheirActionAndResolveTheirMessages() {
    let operations = Self.document.operations
    #expect(operations.map(\.id) == ["announce", "listen"])
    #expect(operations.map(\.action) == [.send, .receive])
    #expect(operations.map(\.channel) == ["updated", "dynamic"])
    #expect(operations.map(\.messages) == [["CustomerUpdated"], ["Ping"]])
  }

  @Test func messagesUseTheMapKeyAndMultiFormatSchemas() throws {
    let document = Self.document
    #expect(document.messages.map(\.id) == ["CustomerUpdated", "Ping", "Inline"])
    let updated = try #require(document.message("CustomerUpdated"))
    #expect(updated.name == "customer-updated")
    #expect(updated.messageVersion == "1.2.0")
    #expect(updated.payload?.format == .avro)
    guard case .file(let file)? = updated.payload?.source else {
      Issue.record("expected a file payload")
      return
    }
    #expect(file.path == "api/schemas/customer.avsc")
    let inline = try #require(document.message("Inline"))
    #expect(inline.payload?.format == .protobuf)
    #expect(inline.payload?.source == .text(#"syntax = "proto3"; message Inline {}"#))
  }

  @Test func traitsLoseToTheMessagesOwnFields() throws {
    let updated = try #require(Self.document.message("CustomerUpdated"))
    #expect(updated.title == "from trait")
    #expect(updated.summary == "own summary")
  }

  @Test func anUnknownActionIsReportedAtTheField() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 3.0.0
      info: { title: T, version: '1' }
      channels:
        c: { address: a }
      operations:
        o:
          action: publish
          channel: { $ref: '#/channels/c' }
      """
    ])
    let diagnostic = try #require(document.diagnostics.first)
    #expect(diagnostic.ruleID == "ASYNCAPI_INVALID_DOCUMENT")
    #expect(diagnostic.location == SourceLocation(file: "api/service.yaml", line: 7, column: 13))
    #expect(diagnostic.message.contains("send or receive"))
    #expect(document.operations.isEmpty)
  }
}
