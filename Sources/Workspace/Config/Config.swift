import Compat
import Foundation
import SchemaModel

/// Confluent's two JSON Schema compatibility policies.
public enum JSONSchemaPolicy: String, Hashable, Sendable, CaseIterable {
  case strict
  case lenient
}

/// The `defaults:` section.
public struct ConfigDefaults: Hashable, Sendable {
  public var compatibility: CompatibilityMode?
  public var jsonSchemaPolicy: JSONSchemaPolicy?

  public init(compatibility: CompatibilityMode? = nil, jsonSchemaPolicy: JSONSchemaPolicy? = nil) {
    self.compatibility = compatibility
    self.jsonSchemaPolicy = jsonSchemaPolicy
  }
}

/// One entry of `subjects:`. Paths are as written, relative to the config file's folder.
public struct SubjectConfig: Hashable, Sendable {
  public var name: String
  public var schema: String
  public var message: String?
  public var compatibility: CompatibilityMode?
  public var versions: String?
  public var examples: [String]
  public var counterexamples: [String]
  public var owner: String?
  public var channel: String?
  public var producers: [String]
  public var consumers: [String]
  public var domain: String?
  public var description: String?
  public var tags: [String]
  /// `avro-encoding:` how the subject's Avro fixtures are written (plain JSON by default).
  public var avroEncoding: AvroPayloadEncoding?
  /// `allow-unknown-fields:` payload fields the schema does not declare are warnings.
  public var allowUnknownFields: Bool = false
  /// `framing:` whether binary fixtures carry Confluent's framing (auto by default).
  public var framing: BinaryFraming = .auto
  /// Where the entry starts in the config file.
  public var position: TextPosition

  public init(
    name: String, schema: String, message: String? = nil,
    compatibility: CompatibilityMode? = nil, versions: String? = nil, examples: [String] = [],
    counterexamples: [String] = [], owner: String? = nil, channel: String? = nil,
    producers: [String] = [], consumers: [String] = [], domain: String? = nil,
    description: String? = nil, tags: [String] = [],
    position: TextPosition = TextPosition(line: 1, column: 1)
  ) {
    self.name = name
    self.schema = schema
    self.message = message
    self.compatibility = compatibility
    self.versions = versions
    self.examples = examples
    self.counterexamples = counterexamples
    self.owner = owner
    self.channel = channel
    self.producers = producers
    self.consumers = consumers
    self.domain = domain
    self.description = description
    self.tags = tags
    self.position = position
  }
}

/// One entry of `discover:`: every file the glob matches is a subject named from its schema.
public struct DiscoverRule: Hashable, Sendable {
  public var glob: String
  public var compatibility: CompatibilityMode?
  public var position: TextPosition

  public init(
    glob: String, compatibility: CompatibilityMode? = nil,
    position: TextPosition = TextPosition(line: 1, column: 1)
  ) {
    self.glob = glob
    self.compatibility = compatibility
    self.position = position
  }
}

/// A loaded and checked `schemacheck.yaml`.
public struct Config: Hashable, Sendable {
  /// The config file as the user named it; messages use it.
  public var displayPath: String
  /// The folder every path in the config is relative to.
  public var directory: URL
  public var defaults: ConfigDefaults
  public var subjects: [SubjectConfig]
  public var discover: [DiscoverRule]
  /// The `proto:` section (defaults when absent).
  public var proto: ProtoConfig
  /// The `json-schema:` section (defaults when absent).
  public var jsonSchema: JSONSchemaConfig
  /// The `compat:` section: which compatibility findings are reported, and how severe.
  public var compat = FindingRules()
  /// The `lint:` section.
  public var lint = LintConfig()
  /// The `catalog:` section.
  public var catalog = CatalogConfig()
  /// The `asyncapi:` section: AsyncAPI documents that are sources of subjects and services.
  public var asyncAPI = AsyncAPIConfig()
  /// The `cache:` setting: whether `check` keeps unchanged subjects' outcomes, and where.
  public var cache = CacheConfig()
  /// Top-level sections kept as written for later use (none today).
  public var sections: [ConfigEntry]

  public init(
    displayPath: String, directory: URL, defaults: ConfigDefaults = ConfigDefaults(),
    subjects: [SubjectConfig] = [], discover: [DiscoverRule] = [],
    proto: ProtoConfig = ProtoConfig(), jsonSchema: JSONSchemaConfig = JSONSchemaConfig(),
    sections: [ConfigEntry] = []
  ) {
    self.proto = proto
    self.jsonSchema = jsonSchema
    self.displayPath = displayPath
    self.directory = directory
    self.defaults = defaults
    self.subjects = subjects
    self.discover = discover
    self.sections = sections
  }

  /// The kept section with this key (`lint`, `catalog`, ...).
  public func section(_ key: String) -> ConfigNode? {
    sections.first { $0.key == key }?.value
  }

  /// The Protobuf import roots as folders: `proto.roots`, or the config's folder when unset.
  public var protoRootURLs: [URL] {
    proto.roots.isEmpty ? [directory] : proto.roots.map { url(for: $0) }
  }

  /// A path from the config resolved against the config's folder.
  public func url(for path: String) -> URL {
    PathText.url(path, relativeTo: directory)
  }
}
