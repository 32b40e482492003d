import SchemaModel
import Yams

/// Converts a composed Yams tree into `ConfigNode`s, counting every node it produces so that
/// a small document whose aliases expand to billions of nodes is refused instead of expanded.
struct YAMLNodeConverter {
  /// Far beyond any real config; a "billion laughs" document passes it quickly.
  static let nodeLimit = 1_000_000
  /// Aliases can nest deeper than libyaml's own nesting limit of 1000.
  static let depthLimit = 2_000

  enum Failure: Error {
    case tooManyNodes
    case tooDeep(TextPosition)
    case complexKey(TextPosition)
    case unresolvedAlias(TextPosition)
  }

  private var count = 0

  mutating func convert(_ node: Node, depth: Int = 0) throws(Failure) -> ConfigNode {
    count += 1
    let position = Self.position(node.mark)
    guard count <= Self.nodeLimit else { throw .tooManyNodes }
    guard depth <= Self.depthLimit else { throw .tooDeep(position) }
    switch node {
    case .scalar(let scalar):
      return ConfigNode(.scalar(scalar.string, isPlain: scalar.style == .plain), at: position)
    case .sequence(let sequence):
      var items: [ConfigNode] = []
      for item in sequence {
        items.append(try convert(item, depth: depth + 1))
      }
      return ConfigNode(.sequence(items), at: position)
    case .mapping(let mapping):
      var entries: [ConfigEntry] = []
      for (key, value) in mapping {
        count += 1
        guard case .scalar(let keyScalar) = key else {
          throw .complexKey(Self.optionalPosition(key.mark) ?? position)
        }
        entries.append(
          ConfigEntry(
            key: keyScalar.string, keyPosition: Self.optionalPosition(key.mark) ?? position,
            value: try convert(value, depth: depth + 1)))
      }
      return ConfigNode(.mapping(entries), at: position)
    case .alias(let alias):
      // `compose` resolves aliases; an unresolved one is refused rather than guessed at.
      throw .unresolvedAlias(Self.position(alias.mark))
    }
  }

  private static func position(_ mark: Mark?) -> TextPosition {
    TextPosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  private static func optionalPosition(_ mark: Mark?) -> TextPosition? {
    mark.map { TextPosition(line: $0.line, column: $0.column) }
  }
}
