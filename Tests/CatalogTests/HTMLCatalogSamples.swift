import Catalog
import SchemaModel

/// Catalogs built by hand for the HTML renderer's tests.
enum HTMLCatalogSamples {
  /// Two domains, an event without a domain, three services, two owners, a version history
  /// with a breaking change, nested fields, examples and a channel with bindings.
  static let shop = EventCatalog(
    title: "Acme events",
    events: [
      CatalogEvent(
        id: "orders.order-placed", slug: "orders.order-placed", title: "Order placed",
        format: .avro, domain: "orders", owner: "team-orders",
        description: """
          Published when a customer **confirms** a basket. See the
          [ordering guide](https://example.com/guide) and `OrderLine`.

          - one event per order
          - *never* replayed
          """,
        tags: ["core", "pii"],
        channel: CatalogChannel(
          address: "orders.placed.v1", protocols: ["kafka"],
          bindings: [CatalogProperty("partitions", "12"), CatalogProperty("key", "string")]),
        producers: ["checkout"], consumers: ["billing", "shipping"],
        compatibility: "BACKWARD_TRANSITIVE", status: .compatible,
        schema: CatalogSchemaSource(
          path: "schemas/orders/order_placed.avsc",
          text: """
            {
              "type": "record",
              "name": "OrderPlaced",
              "fields": [
                {"name": "id", "type": "string", "doc": "Order id"},
                {"name": "customer", "type": {"type": "record", "name": "Customer",
                  "fields": [{"name": "id", "type": "long"}]}},
                {"name": "note", "type": ["null", "string"], "default": null}
              ]
            }

            """),
        fields: [
          CatalogField(path: "id", depth: 0, type: "string", required: true, doc: "Order id"),
          CatalogField(path: "customer", depth: 0, type: "record Customer", required: true),
          CatalogField(
            path: "customer.id", depth: 1, type: "long", required: true,
            constraints: ["logical type none"]),
          CatalogField(
            path: "note", depth: 0, type: "null | string", required: false, defaultValue: "null",
            doc: "Free text", deprecated: true),
        ],
        versions: [
          CatalogVersion(label: "v1", source: "schemas/orders/order_placed/v1.avsc"),
          CatalogVersion(
            label: "v2", source: "schemas/orders/order_placed/v2.avsc",
            changes: [
              CatalogChange(
                kind: "FIELD_ADDED", message: "field 'note' added with a default",
                breaksBackward: false, breaksForward: false)
            ], verdict: .compatible),
          CatalogVersion(
            label: "current", source: "schemas/orders/order_placed.avsc",
            changes: [
              CatalogChange(
                kind: "FIELD_DOC_CHANGED", message: "doc of 'id' changed", breaksBackward: false,
                breaksForward: false)
            ], verdict: .compatible),
        ],
        examples: [
          CatalogExample(
            path: "fixtures/orders/placed.json", expectedValid: true, passed: true,
            text: "{\"id\": \"o-1\", \"customer\": {\"id\": 7}, \"note\": null}"),
          CatalogExample(
            path: "fixtures/orders/bad.json", expectedValid: false, passed: true,
            text: "{\"id\": 3}"),
        ],
        sources: ["schemacheck.yaml"]),
      CatalogEvent(
        id: "payments.payment-failed", slug: "payments.payment-failed", format: .jsonSchema,
        domain: "payments", owner: "team-payments",
        description: "A card payment was declined.", producers: ["billing"],
        consumers: ["checkout"], compatibility: "FULL", status: .incompatible,
        schema: CatalogSchemaSource(
          path: "schemas/payments/failed.json",
          text: "{\n  \"type\": \"object\",\n  \"required\": [\"reason\"]\n}\n"),
        fields: [
          CatalogField(
            path: "reason", depth: 0, type: "string", required: true,
            constraints: ["maxLength 64", "enum: DECLINED, EXPIRED"])
        ],
        versions: [
          CatalogVersion(label: "v1", source: "schemas/payments/failed/v1.json"),
          CatalogVersion(
            label: "current", source: "schemas/payments/failed.json",
            changes: [
              CatalogChange(
                kind: "REQUIRED_ADDED", message: "'reason' is now required",
                breaksBackward: true, breaksForward: false)
            ], verdict: .incompatible(rules: ["REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL"])),
        ]),
      CatalogEvent(
        id: "audit.Heartbeat", slug: "audit.heartbeat", format: .protobuf,
        schema: CatalogSchemaSource(
          path: "protos/heartbeat.proto",
          text: "syntax = \"proto3\";\nmessage Heartbeat {\n  int64 at = 1;\n}\n"),
        fields: [
          CatalogField(
            path: "at", depth: 0, type: "int64", required: false, constraints: ["field number 1"])
        ],
        versions: [
          CatalogVersion(label: "v1", source: "protos/heartbeat/v1.proto"),
          CatalogVersion(label: "v2", source: "protos/heartbeat/v2.proto", verdict: .notCompared),
          CatalogVersion(label: "current", source: "protos/heartbeat.proto", verdict: .ungated),
        ]),
    ].sorted { $0.id < $1.id },
    services: [
      CatalogService(
        id: "billing", slug: "billing", title: "Billing service", version: "1.4.0",
        description: "Charges cards.", owner: "team-payments",
        produces: ["payments.payment-failed"], consumes: ["orders.order-placed"],
        servers: [CatalogProperty("prod", "kafka broker.example.com:9092")],
        source: "asyncapi/billing.yaml"),
      CatalogService(
        id: "checkout", slug: "checkout", owner: "team-orders",
        produces: ["orders.order-placed"], consumes: ["payments.payment-failed"]),
      CatalogService(id: "shipping", slug: "shipping", consumes: ["orders.order-placed"]),
    ],
    owners: [
      CatalogOwner(
        id: "team-orders", slug: "team-orders", events: ["orders.order-placed"],
        services: ["checkout"]),
      CatalogOwner(
        id: "team-payments", slug: "team-payments", events: ["payments.payment-failed"],
        services: ["billing"]),
    ],
    generator: "schemacheck test")

  /// Script and attribute injections.
  static let attacks = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
  ]

  /// The same payload in every text field of every value.
  static func hostile(_ attack: String) -> EventCatalog {
    let text = "x " + attack + " </script><!-- \u{1B}[31m \u{2028}"
    let event = CatalogEvent(
      id: "evt" + attack, slug: "evt", title: text, format: .avro, domain: text, owner: text,
      description: text + "\n\n- " + text + "\n\n[" + attack + "](javascript:alert(1)) "
        + "[ok](" + attack + ")",
      tags: [text],
      channel: CatalogChannel(
        address: text, protocols: [text], bindings: [CatalogProperty(text, text)]),
      producers: [text], consumers: [text], compatibility: text, status: .compatible,
      schema: CatalogSchemaSource(path: text, text: text + "\n" + text),
      fields: [
        CatalogField(
          path: text, depth: 1, type: text, required: true, defaultValue: text,
          constraints: [text], doc: text, deprecated: true)
      ],
      versions: [
        CatalogVersion(label: text, source: text),
        CatalogVersion(
          label: text, source: text,
          changes: [
            CatalogChange(kind: text, message: text, breaksBackward: true, breaksForward: true)
          ], verdict: .incompatible(rules: [text])),
      ],
      examples: [CatalogExample(path: text, expectedValid: true, passed: false, text: text)],
      sources: [text])
    return EventCatalog(
      title: text, events: [event],
      services: [
        CatalogService(
          id: text, slug: "svc", title: text, version: text, description: text, owner: text,
          produces: [event.id], consumes: [event.id], servers: [CatalogProperty(text, text)],
          source: text)
      ],
      owners: [CatalogOwner(id: text, slug: "own", events: [event.id], services: [text])],
      generator: text)
  }
}
