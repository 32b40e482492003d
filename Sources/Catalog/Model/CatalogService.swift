/// An application that produces or consumes events: named in the config's `producers` and
/// `consumers`, or described by an AsyncAPI document.
public struct CatalogService: Hashable, Sendable {
  public var id: String
  public var slug: String
  /// AsyncAPI `info.title`; nil to show the id.
  public var title: String?
  /// AsyncAPI `info.version`.
  public var version: String?
  public var description: String?
  public var owner: String?
  /// Event ids it sends, sorted.
  public var produces: [String]
  /// Event ids it receives, sorted.
  public var consumes: [String]
  /// Brokers from AsyncAPI `servers` (`prod: kafka broker.example.com:9092`).
  public var servers: [CatalogProperty]
  /// The AsyncAPI document that describes it, nil when only the config names it.
  public var source: String?

  public init(
    id: String, slug: String, title: String? = nil, version: String? = nil,
    description: String? = nil, owner: String? = nil, produces: [String] = [],
    consumes: [String] = [], servers: [CatalogProperty] = [], source: String? = nil
  ) {
    self.id = id
    self.slug = slug
    self.title = title
    self.version = version
    self.description = description
    self.owner = owner
    self.produces = produces
    self.consumes = consumes
    self.servers = servers
    self.source = source
  }
}

/// A team, with what it owns.
public struct CatalogOwner: Hashable, Sendable {
  public var id: String
  public var slug: String
  /// Event ids, sorted.
  public var events: [String]
  /// Service ids, sorted.
  public var services: [String]

  public init(id: String, slug: String, events: [String] = [], services: [String] = []) {
    self.id = id
    self.slug = slug
    self.events = events
    self.services = services
  }
}

/// A payload fixture shown on an event's page.
public struct CatalogExample: Hashable, Sendable {
  /// Relative to the config's folder.
  public var path: String
  /// An example (must validate) or a counterexample (must not).
  public var expectedValid: Bool
  /// It did what it was expected to.
  public var passed: Bool
  /// The text for text fixtures (JSON, YAML), cut to a bounded size; nil for binary ones.
  public var text: String?

  public init(path: String, expectedValid: Bool, passed: Bool, text: String? = nil) {
    self.path = path
    self.expectedValid = expectedValid
    self.passed = passed
    self.text = text
  }
}
