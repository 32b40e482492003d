import SchemaModel

/// One event (a subject): what it carries, who produces and consumes it, and how it changed.
public struct CatalogEvent: Hashable, Sendable {
  /// The heading under which events without a domain are listed.
  public static let noDomain = "(no domain)"

  /// The subject name (`orders.order-placed`).
  public var id: String
  /// File name stem for its pages (`orders.order-placed`), safe on every file system and in a
  /// URL: made by `CatalogSlug`.
  public var slug: String
  /// A display title (AsyncAPI `title`/`name`), nil to show the id.
  public var title: String?
  public var format: SchemaFormat
  public var domain: String?
  public var owner: String?
  /// Markdown written by the team (config `description`, AsyncAPI `description`/`summary`).
  public var description: String?
  public var tags: [String]
  public var channel: CatalogChannel?
  /// Service ids, sorted.
  public var producers: [String]
  /// Service ids, sorted.
  public var consumers: [String]
  /// The Confluent mode that gates it (`BACKWARD_TRANSITIVE`), nil when unchecked.
  public var compatibility: String?
  /// The verdict of the latest version against the earlier versions its mode covers.
  public var status: CatalogStatus
  /// The newest schema: its path (relative to the config's folder) and text.
  public var schema: CatalogSchemaSource
  /// The newest schema's fields as table rows, nested types flattened depth first.
  public var fields: [CatalogField]
  /// Oldest first; the last one is the newest schema.
  public var versions: [CatalogVersion]
  /// Fixtures that were validated against the newest schema.
  public var examples: [CatalogExample]
  /// Where the event was declared: the config, and/or AsyncAPI documents (paths).
  public var sources: [String]

  public init(
    id: String, slug: String, title: String? = nil, format: SchemaFormat,
    domain: String? = nil, owner: String? = nil, description: String? = nil, tags: [String] = [],
    channel: CatalogChannel? = nil, producers: [String] = [], consumers: [String] = [],
    compatibility: String? = nil, status: CatalogStatus = .unchecked,
    schema: CatalogSchemaSource, fields: [CatalogField] = [], versions: [CatalogVersion] = [],
    examples: [CatalogExample] = [], sources: [String] = []
  ) {
    self.id = id
    self.slug = slug
    self.title = title
    self.format = format
    self.domain = domain
    self.owner = owner
    self.description = description
    self.tags = tags
    self.channel = channel
    self.producers = producers
    self.consumers = consumers
    self.compatibility = compatibility
    self.status = status
    self.schema = schema
    self.fields = fields
    self.versions = versions
    self.examples = examples
    self.sources = sources
  }
}

/// Whether the newest version passed its gate.
public enum CatalogStatus: String, Hashable, Sendable, CaseIterable {
  /// Compatible with every version its mode covers.
  case compatible
  /// A compatibility error against an earlier version.
  case incompatible
  /// The newest schema does not parse (its errors are in the check's report).
  case invalid
  /// No earlier version, or mode NONE: nothing to compare.
  case unchecked
}

/// Where a topic or queue is and how it is configured (config `channel`, AsyncAPI channels and
/// Kafka bindings).
public struct CatalogChannel: Hashable, Sendable {
  /// The broker address (Kafka topic, routing key); nil when AsyncAPI says it is dynamic.
  public var address: String?
  /// `kafka`, `amqp`, ... from the AsyncAPI servers, when known.
  public var protocols: [String]
  /// Binding details as label/value pairs in a stable order (`partitions` `12`, `key` `string`).
  public var bindings: [CatalogProperty]

  public init(address: String?, protocols: [String] = [], bindings: [CatalogProperty] = []) {
    self.address = address
    self.protocols = protocols
    self.bindings = bindings
  }
}

/// One label and value shown in a details table.
public struct CatalogProperty: Hashable, Sendable {
  public var name: String
  public var value: String

  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// A schema's text and where it lives.
public struct CatalogSchemaSource: Hashable, Sendable {
  /// Relative to the config's folder (`schemas/orders/order_placed.avsc`), or the AsyncAPI
  /// document and pointer for an inline payload (`asyncapi/orders.yaml#/components/...`).
  public var path: String
  /// The text as written (UTF-8); shown with line numbers, always escaped.
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}
