import SchemaModel

/// Everything the catalog shows, built by Workspace from the config's subjects, AsyncAPI
/// documents, version histories and compatibility verdicts. The renderers only draw it, so the
/// Markdown, HTML and JSON outputs always say the same thing. Every list is sorted (by id)
/// and nothing depends on the clock, so the same input gives the same bytes.
public struct EventCatalog: Hashable, Sendable {
  /// `catalog.title` from the config.
  public var title: String
  /// One entry per subject (event), sorted by id.
  public var events: [CatalogEvent]
  /// Producers and consumers: the services named by subjects and AsyncAPI documents.
  public var services: [CatalogService]
  /// Teams that own events or services.
  public var owners: [CatalogOwner]
  /// The tool and version that built it (`schemacheck 0.1.0`); no date, for determinism.
  public var generator: String

  public init(
    title: String, events: [CatalogEvent] = [], services: [CatalogService] = [],
    owners: [CatalogOwner] = [], generator: String = "schemacheck"
  ) {
    self.title = title
    self.events = events
    self.services = services
    self.owners = owners
    self.generator = generator
  }

  /// The domains of the events, sorted; events without one are under `CatalogEvent.noDomain`.
  public var domains: [String] {
    Set(events.map { $0.domain ?? CatalogEvent.noDomain }).sorted()
  }

  /// The event with this id.
  public func event(_ id: String) -> CatalogEvent? { events.first { $0.id == id } }

  /// The service with this id.
  public func service(_ id: String) -> CatalogService? { services.first { $0.id == id } }
}
