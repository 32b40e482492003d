import Catalog
import SchemaModel

/// A hand-built catalog shared by the renderer tests: three events in two domains (Avro,
/// Protobuf, JSON Schema), a history with changes and an incompatible verdict, services,
/// owners, and hostile text wherever users can write it.
enum CatalogSamples {
  static let script = "<script>alert(1)</script>"
  static let escape = "\u{1B}[31m"

  static var catalog: EventCatalog {
    EventCatalog(
      title: "Acme events <script>alert(1)</script>",
      events: [orderPlaced, orderEvent, customerRegistered].sorted { $0.id < $1.id },
      services: services, owners: owners, generator: "schemacheck test")
  }

  static let orderPlaced = CatalogEvent(
    id: "orders.order-placed", slug: "orders.order-placed", title: "Order placed",
    format: .avro, domain: "orders", owner: "team-orders",
    description: """
      Emitted when a customer places an order.

      - Keyed by `order_id`; see [the runbook](https://example.com/runbook).
      - Hostile: \(script) and [click](javascript:alert(1)) and \(escape)red\u{1B}[0m.

      ```json
      {"html": "<b>kept inside code</b>"}
      ```
      """,
    tags: ["orders", "pii | none"],
    channel: CatalogChannel(
      address: "orders.placed.v1", protocols: ["kafka"],
      bindings: [CatalogProperty("partitions", "12"), CatalogProperty("key", "string")]),
    producers: ["checkout"], consumers: ["email", "inventory"],
    compatibility: "BACKWARD_TRANSITIVE", status: .incompatible,
    schema: CatalogSchemaSource(
      path: "schemas/orders/order_placed.avsc",
      text: """
        {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders",
         "doc": "Has ```` four backticks and \(escape) an escape",
         "fields": [{"name": "order_id", "type": "string"}]}

        """),
    fields: [
      CatalogField(
        path: "order_id", depth: 0, type: "string (uuid)", required: true,
        doc: "Order identifier. \(script)"),
      CatalogField(
        path: "currency", depth: 0, type: "string", required: false, defaultValue: "\"EUR\"",
        doc: "ISO 4217 | pipes | in a cell"),
      CatalogField(
        path: "lines", depth: 0, type: "array<OrderLine>", required: false, defaultValue: "[]",
        doc: "What was ordered.\nSecond line ](javascript:alert(1))"),
      CatalogField(
        path: "lines[].sku", depth: 1, type: "string", required: true,
        constraints: ["pattern ^[A-Z]{3}|[0-9]+$"], doc: "Stock `keeping` unit."),
      CatalogField(
        path: "coupon", depth: 0, type: "null | string", required: false, defaultValue: "null",
        doc: "Old coupon code.", deprecated: true),
    ],
    versions: [
      CatalogVersion(label: "v1", source: "schemas/orders/order_placed/v1.avsc"),
      CatalogVersion(
        label: "v2", source: "schemas/orders/order_placed/v2.avsc",
        changes: [
          CatalogChange(
            kind: "FIELD_ADDED", message: "field 'OrderPlaced.coupon' added with a default",
            breaksBackward: false, breaksForward: false)
        ], verdict: .compatible),
      CatalogVersion(
        label: "current", source: "schemas/orders/order_placed.avsc",
        changes: [
          CatalogChange(
            kind: "FIELD_ADDED",
            message: "field 'OrderPlaced.currency' added without a default <script>",
            breaksBackward: true, breaksForward: false),
          CatalogChange(
            kind: "TYPE_CHANGED", message: "field 'OrderPlaced.total' changed from long to string",
            breaksBackward: true, breaksForward: true),
        ],
        verdict: .incompatible(rules: ["READER_FIELD_MISSING_DEFAULT_VALUE", "TYPE_MISMATCH"])),
    ],
    examples: [
      CatalogExample(
        path: "fixtures/orders/placed.json", expectedValid: true, passed: true,
        text: "{\"order_id\": \"```\", \"note\": \"\(script)\"}\n"),
      CatalogExample(
        path: "fixtures/orders/bad/missing_id.json", expectedValid: false, passed: false,
        text: "{}\n"),
      CatalogExample(path: "fixtures/orders/placed.avro", expectedValid: true, passed: true),
    ],
    sources: ["schemacheck.yaml"])

  static let orderEvent = CatalogEvent(
    id: "acme.orders.v1.OrderEvent", slug: "acme.orders.v1.orderevent", format: .protobuf,
    domain: "orders", owner: "team-orders", description: "Every change of an order.",
    channel: CatalogChannel(address: nil, protocols: ["kafka"]),
    producers: ["checkout"], consumers: ["warehouse"], compatibility: "FULL",
    status: .compatible,
    schema: CatalogSchemaSource(
      path: "proto/acme/orders/v1/order_events.proto",
      text: """
        syntax = "proto3";
        package acme.orders.v1;
        // Emitted whenever an order changes.
        message OrderEvent {
          string event_id = 1;
          map<string, string> attributes = 6;
        }
        """),
    fields: [
      CatalogField(
        path: "event_id", depth: 0, type: "string", required: false,
        constraints: ["field number 1"]),
      CatalogField(
        path: "attributes", depth: 0, type: "map<string, string>", required: false,
        constraints: ["field number 6"], doc: "Free-form labels."),
    ],
    versions: [
      CatalogVersion(
        label: "a1b2c3d", source: "git:a1b2c3d:proto/acme/orders/v1/order_events.proto"),
      CatalogVersion(
        label: "current", source: "proto/acme/orders/v1/order_events.proto",
        changes: [
          CatalogChange(
            kind: "FIELD_ADDED", message: "field 'attributes' (6) added", breaksBackward: false,
            breaksForward: false)
        ], verdict: .compatible),
    ],
    sources: ["schemacheck.yaml", "asyncapi/checkout.yaml"])

  static let customerRegistered = CatalogEvent(
    id: "customers.customer-registered", slug: "customers.customer-registered",
    title: "Customer | registered `now`", format: .jsonSchema, domain: "customers",
    owner: "team-crm",
    producers: ["crm-web"], consumers: [], compatibility: "BACKWARD", status: .unchecked,
    schema: CatalogSchemaSource(
      path: "jsonschema/customers/customer_registered.json",
      text: """
        {
          "title": "Customer registered",
          "description": "\(script)",
          "type": "object",
          "properties": {"eventId": {"type": "string", "maxLength": 36}}
        }

        """),
    fields: [
      CatalogField(
        path: "eventId", depth: 0, type: "string", required: true,
        constraints: ["maxLength 36"], doc: "[x](javascript:alert(1)) <img src=x onerror=alert(1)>")
    ],
    versions: [
      CatalogVersion(label: "current", source: "jsonschema/customers/customer_registered.json")
    ])

  static let services = [
    CatalogService(
      id: "checkout", slug: "checkout", title: "Checkout service", version: "1.4.0",
      description: "Takes orders. \(script)", owner: "team-orders",
      produces: ["acme.orders.v1.OrderEvent", "orders.order-placed"],
      servers: [CatalogProperty("production", "kafka broker.example.com:9092")],
      source: "asyncapi/checkout.yaml"),
    CatalogService(id: "crm-web", slug: "crm-web", produces: ["customers.customer-registered"]),
    CatalogService(id: "email", slug: "email", consumes: ["orders.order-placed"]),
    CatalogService(id: "inventory", slug: "inventory", consumes: ["orders.order-placed"]),
    CatalogService(
      id: "warehouse", slug: "warehouse", owner: "team-orders",
      consumes: ["acme.orders.v1.OrderEvent", "orders.missing-event"]),
  ]

  static let owners = [
    CatalogOwner(id: "team-crm", slug: "team-crm", events: ["customers.customer-registered"]),
    CatalogOwner(
      id: "team-orders", slug: "team-orders",
      events: ["acme.orders.v1.OrderEvent", "orders.order-placed"],
      services: ["checkout", "warehouse"]),
  ]
}
