import Parsers
import SchemaModel
import Testing

@Suite struct AsyncAPIV2Tests {
  static let orders = """
    asyncapi: 2.6.0
    info:
      title: Orders Service
      version: 1.4.0
      contact: { name: team-orders }
    tags: [{ name: orders }]
    servers:
      prod: { url: broker.example.com:9092, protocol: kafka }
    channels:
      orders.placed.v1:
        bindings:
          kafka: { topic: orders-placed, partitions: 12, replicas: 3 }
        subscribe:
          operationId: publishOrderPlaced
          message: { $ref: '#/components/messages/OrderPlaced' }
      payments.captured.v1:
        publish:
          message:
            oneOf:
              - { $ref: '#/components/messages/PaymentCaptured' }
              - name: PaymentRefused
                payload: { type: object }
    components:
      messages:
        OrderPlaced:
          messageId: OrderPlaced
          schemaFormat: application/vnd.apache.avro;version=1.9.0
          payload: { $ref: './schemas/order-placed.avsc' }
          bindings:
            kafka: { key: { type: string } }
          examples:
            - name: basic
              payload: { orderId: o-1 }
        PaymentCaptured:
          payload:
            type: object
            properties:
              amount: { $ref: '#/components/schemas/Amount' }
        Unused:
          name: Unused
      schemas:
        Amount: { type: integer }
    """

  @Test func normalisesInfoServersAndChannels() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": Self.orders, "api/schemas/order-placed.avsc": "{}",
    ])
    #expect(document.diagnostics == [])
    #expect(document.version?.text == "2.6.0")
    #expect(document.info.title == "Orders Service")
    #expect(document.info.contact?.name == "team-orders")
    #expect(document.info.tags == ["orders"])
    #expect(
      document.servers == [
        AsyncAPIServer(name: "prod", protocolName: "kafka", host: "broker.example.com:9092")
      ])
    let channel = try #require(document.channel("orders.placed.v1"))
    #expect(channel.address == "orders.placed.v1")
    #expect(
      channel.kafka
        == AsyncAPIKafkaChannelBinding(topic: "orders-placed", partitions: 12, replicas: 3))
    #expect(channel.effectiveAddress == "orders-placed")
  }

  @Test func subscribeMeansSendAndPublishMeansReceive() {
    let document = parseAsyncAPI([
      "api/service.yaml": Self.orders, "api/schemas/order-placed.avsc": "{}",
    ])
    let operations = document.operations.map { ($0.id, $0.action, $0.channel, $0.messages) }
    #expect(operations.count == 2)
    #expect(operations.first?.0 == "publishOrderPlaced")
    #expect(operations.first?.1 == .send)
    #expect(operations.first?.3 == ["OrderPlaced"])
    #expect(operations.last?.0 == "publish payments.captured.v1")
    #expect(operations.last?.1 == .receive)
    #expect(operations.last?.3 == ["PaymentCaptured", "PaymentRefused"])
  }

  @Test func messageIDsComeFromMessageIdThenComponentsKeyThenName() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": Self.orders, "api/schemas/order-placed.avsc": "{}",
    ])
    #expect(
      document.messages.map(\.id) == ["OrderPlaced", "PaymentCaptured", "PaymentRefused", "Unused"])
    let placed = try #require(document.message("OrderPlaced"))
    #expect(placed.payload?.format == .avro)
    #expect(
      placed.payload?.source
        == .file(
          AsyncAPIFileReference(
            reference: "./schemas/order-placed.avsc", relativePath: "./schemas/order-placed.avsc",
            path: "api/schemas/order-placed.avsc", pointer: nil)))
    #expect(placed.kafkaKey.map(JSONText.render) == #"{"type":"string"}"#)
    #expect(placed.examples.first?.name == "basic")
    #expect(placed.examples.first?.payload.map(JSONText.render) == #"{"orderId":"o-1"}"#)
    let captured = try #require(document.message("PaymentCaptured"))
    #expect(captured.payload?.format == .jsonSchema)
    #expect(
      captured.payload?.resolved.map(JSONText.render)
        == #"{"type":"object","properties":{"amount":{"type":"integer"}}}"#)
  }

  @Test func messageTraitsMergeInOrderAndOverrideTheMessage() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      channels:
        c:
          subscribe:
            traits: [{ summary: from trait }]
            message:
              messageId: M
              contentType: application/json
              title: own
              traits:
                - { $ref: '#/components/messageTraits/A' }
                - { contentType: avro/binary, headers: { type: object } }
      components:
        messageTraits:
          A: { title: first, description: from A }
      """
    ])
    #expect(document.diagnostics == [])
    let message = try #require(document.message("M"))
    #expect(message.title == "first")
    #expect(message.description == "from A")
    #expect(message.contentType == "avro/binary")
    #expect(message.headers?.resolved.map(JSONText.render) == #"{"type":"object"}"#)
    #expect(document.operations.first?.summary == "from trait")
  }

  @Test func unsupportedSchemaFormatIsAWarningAtTheField() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      channels:
        c:
          publish:
            message:
              name: M
              schemaFormat: application/raml+yaml;version=1.0
              payload: { type: string }
      """
    ])
    let diagnostic = try #require(document.diagnostics.first)
    #expect(document.diagnostics.count == 1)
    #expect(diagnostic.ruleID == "ASYNCAPI_UNSUPPORTED_SCHEMA_FORMAT")
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.location == SourceLocation(file: "api/service.yaml", line: 8, column: 23))
    #expect(
      document.message("M")?.payload?.format == .unsupported("application/raml+yaml;version=1.0"))
  }

  @Test(arguments: [
    ("application/vnd.apache.avro+yaml;version=1.8.2", AsyncAPISchemaFormat.avro),
    ("application/vnd.aai.asyncapi+json;version=2.6.0", .jsonSchema),
    ("application/schema+yaml;version=draft-07", .jsonSchema),
    ("application/vnd.google.protobuf;version=3", .protobuf),
    (
      "application/vnd.oai.openapi;version=3.0.0",
      .unsupported("application/vnd.oai.openapi;version=3.0.0")
    ),
  ])
  func schemaFormats(mime: String, expected: AsyncAPISchemaFormat) {
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      channels:
        c:
          publish:
            message: { name: M, schemaFormat: '\(mime)', payload: { type: string } }
      """
    ])
    #expect(document.message("M")?.payload?.format == expected)
  }

  @Test func amqpChannelBindingsNameTheExchangeAndQueue() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      servers:
        rabbit: { url: amqp://rabbit.example.com, protocol: amqp }
      channels:
        orders.placed:
          bindings:
            amqp:
              is: routingKey
              exchange: { name: orders, type: topic, vhost: / }
          subscribe:
            message: { name: M, payload: { type: object } }
      """
    ])
    #expect(document.diagnostics == [])
    let channel = try #require(document.channel("orders.placed"))
    #expect(
      channel.amqp
        == AsyncAPIAMQPChannelBinding(
          kind: "routingKey", exchange: "orders", exchangeType: "topic", virtualHost: "/"))
    #expect(channel.bindingNames == ["amqp"])
    #expect(channel.messages == ["M"])
  }
}
