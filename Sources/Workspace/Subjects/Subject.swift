import Compat
import Foundation
import SchemaModel

/// One subject ready to run: its schema file, its mode and where its history comes from.
public struct Subject: Hashable, Sendable {
  public var name: String
  /// The schema path relative to the base folder, normalized (`schemas/orders/x.avsc`).
  public var schemaPath: String
  public var file: URL
  /// The mode from the subject, its discover rule or the defaults; nil when none is set.
  public var compatibility: CompatibilityMode?
  /// The `versions:` glob, relative to the base folder.
  public var versionsPattern: String?
  /// The root type to use when the file defines several (`message:`).
  public var message: String?
  /// Globs of payloads that must validate (`examples:`), relative to the base folder.
  public var examples: [String]
  /// Globs of payloads that must not validate (`counterexamples:`).
  public var counterexamples: [String]
  /// How Avro fixtures are written (`avro-encoding:`).
  public var avroEncoding: AvroPayloadEncoding?
  /// `allow-unknown-fields:` in the subject's config.
  public var allowUnknownFields: Bool = false
  /// `framing:` whether binary fixtures carry Confluent's framing.
  public var framing: BinaryFraming = .auto
  /// The schema's bytes when it is written inside an AsyncAPI document rather than in a file
  /// of its own; `file` is then that document. Such a subject has no version history.
  public var embeddedSchema: [UInt8]?
  /// Payloads written inside AsyncAPI documents (a message's `examples`): they must validate.
  public var inlineExamples: [InlineExample] = []
  /// The AsyncAPI documents (relative to the base folder) whose messages give this subject.
  public var asyncAPIDocuments: [String] = []
  /// False for a subject only AsyncAPI documents give (the config neither lists nor discovers
  /// it).
  public var declaredByConfig = true

  public init(
    name: String, schemaPath: String, file: URL, compatibility: CompatibilityMode? = nil,
    versionsPattern: String? = nil, message: String? = nil, examples: [String] = [],
    counterexamples: [String] = []
  ) {
    self.examples = examples
    self.counterexamples = counterexamples
    self.name = name
    self.schemaPath = schemaPath
    self.file = file
    self.compatibility = compatibility
    self.versionsPattern = versionsPattern
    self.message = message
  }
}

extension Subject {
  /// True when `path` is this subject's schema, an earlier version or a fixture, or an AsyncAPI
  /// document that describes it: a change to it concerns the subject.
  func isAffected(by path: String) -> Bool {
    owns(path) || asyncAPIDocuments.contains(PathText.normalized(path))
  }

  /// True when `path` (relative to the base folder) is this subject's schema, one of its
  /// earlier versions, or one of its fixtures.
  func owns(_ path: String) -> Bool {
    let patterns = [versionsPattern].compactMap { $0 } + examples + counterexamples
    return PathText.normalized(path) == schemaPath
      || patterns.contains { GlobPattern($0).matches(path) }
  }
}

/// A payload written inside another file (an AsyncAPI message's `examples`), with its position.
public struct InlineExample: Hashable, Sendable {
  /// The file it is written in, relative to the base folder.
  public var file: String
  /// The example's `name`, when it has one.
  public var name: String?
  public var value: JSONValue
  /// The example's headers and the JSON Schema they must meet (AsyncAPI message `headers`).
  public var headers: JSONValue?
  public var headersSchema: [UInt8]?

  public init(
    file: String, name: String? = nil, value: JSONValue, headers: JSONValue? = nil,
    headersSchema: [UInt8]? = nil
  ) {
    self.file = file
    self.name = name
    self.value = value
    self.headers = headers
    self.headersSchema = headersSchema
  }
}
