import Foundation
import Parsers

/// The config's JSON Schema settings for `check`: the draft for schemas without `$schema`,
/// `$ref` prefix mappings, and Confluent's strict or lenient policy.
public struct JSONSchemaCheckSettings: Hashable, Sendable {
  public var draft: JSONSchemaDraft?
  public var refs: [JSONSchemaRefMapping]
  /// Absolute folder the `refs` folders are relative to.
  public var directory: URL?
  public var policy: JSONSchemaPolicy

  public init(
    draft: JSONSchemaDraft? = nil, refs: [JSONSchemaRefMapping] = [], directory: URL? = nil,
    policy: JSONSchemaPolicy = .strict
  ) {
    self.draft = draft
    self.refs = refs
    self.directory = directory
    self.policy = policy
  }

  public init(config: Config) {
    self.init(
      draft: config.jsonSchema.draft, refs: config.jsonSchema.refs, directory: config.directory,
      policy: config.defaults.jsonSchemaPolicy ?? .strict)
  }

  /// Settings for the validator; `$ref`s stay inside `root`.
  func runSettings(root: URL) -> JSONSchemaRunSettings {
    JSONSchemaRunSettings(
      defaultDraft: draft, assertFormat: false,
      loader: JSONSchemaFileLoader(root: root, refs: refs, relativeTo: directory ?? root))
  }
}
