import Compat
import Foundation

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
  /// True when `path` (relative to the base folder) is this subject's schema, one of its
  /// earlier versions, or one of its fixtures.
  func owns(_ path: String) -> Bool {
    let patterns = [versionsPattern].compactMap { $0 } + examples + counterexamples
    return PathText.normalized(path) == schemaPath
      || patterns.contains { GlobPattern($0).matches(path) }
  }
}
