import Parsers
import SchemaModel

/// One Buf breaking rule as data: id, purpose, categories per config version, and a pure check.
public struct BufRule: Sendable {
  /// Buf's rule id, e.g. `FIELD_SAME_TYPE`.
  public var id: String
  /// Buf's one-line purpose ("Checks that ...").
  public var purpose: String
  /// Categories per config version; a version missing here does not have the rule.
  public var categories: [BufConfigVersion: [BufCategory]]
  /// For deprecated ids: the rules that run instead (empty for a no-op).
  public var replacedBy: [String]?
  /// Compares two images; pure.
  public var check:
    @Sendable (_ previous: ProtoImage, _ current: ProtoImage, _ context: BufCheckContext) ->
      [BufFinding]

  public init(
    id: String, purpose: String, categories: [BufConfigVersion: [BufCategory]],
    replacedBy: [String]? = nil,
    check: @escaping @Sendable (ProtoImage, ProtoImage, BufCheckContext) -> [BufFinding]
  ) {
    self.id = id
    self.purpose = purpose
    self.categories = categories
    self.replacedBy = replacedBy
    self.check = check
  }

  /// True when the rule exists in this config version.
  public func exists(in version: BufConfigVersion) -> Bool { categories[version] != nil }

  public var isDeprecated: Bool { replacedBy != nil }
}

extension BufRule {
  /// Builds a rule from category lists written as Buf prints them (`"CSR FILE PACKAGE"`); nil
  /// = the rule does not exist in that version, `""` = in no category.
  init(
    _ id: String, _ purpose: String, v2: String?, v1: String?, v1beta1: String?,
    replacedBy: [String]? = nil,
    check: @escaping @Sendable (BufCheckContext) -> [BufFinding]
  ) {
    var categories: [BufConfigVersion: [BufCategory]] = [:]
    for (version, text) in [(BufConfigVersion.v2, v2), (.v1, v1), (.v1beta1, v1beta1)] {
      guard let text else { continue }
      categories[version] = text.split(separator: " ").map { name in
        guard let category = BufCategory(rawValue: String(name)) else {
          preconditionFailure("bug: unknown Buf category \(name)")
        }
        return category
      }
    }
    self.init(
      id: id, purpose: purpose, categories: categories, replacedBy: replacedBy,
      check: { _, _, context in check(context) })
  }
}
