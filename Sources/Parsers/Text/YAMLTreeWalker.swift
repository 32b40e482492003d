import SchemaModel
import Yams

/// Receives a YAML tree node by node, so that JSON values and config nodes are built by one
/// bounded walk instead of two.
public protocol YAMLTreeBuilder {
  associatedtype Output
  /// A scalar as written: `isPlain` is false when quoted or a block; `tag` is an explicit tag.
  mutating func scalar(_ text: String, isPlain: Bool, tag: String?, at position: TextPosition)
    throws(YAMLReadError) -> Output
  mutating func sequence(_ items: [Output], at position: TextPosition) throws(YAMLReadError)
    -> Output
  mutating func mapping(_ entries: [YAMLEntry<Output>], at position: TextPosition)
    throws(YAMLReadError) -> Output
}

/// One `key: value` pair of a YAML mapping, in source order.
public struct YAMLEntry<Value> {
  public var key: String
  public var keyPosition: TextPosition
  public var value: Value

  public init(key: String, keyPosition: TextPosition, value: Value) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}

/// Walks a composed Yams tree, counting every node it visits so that a small document whose
/// aliases expand to billions of nodes is refused instead of expanded.
struct YAMLTreeWalker<Builder: YAMLTreeBuilder> {
  var builder: Builder
  let nodeLimit: Int
  let depthLimit: Int
  private var count = 0

  init(builder: Builder, nodeLimit: Int, depthLimit: Int) {
    self.builder = builder
    self.nodeLimit = nodeLimit
    self.depthLimit = depthLimit
  }

  mutating func walk(_ node: Node, depth: Int = 0) throws(YAMLReadError) -> Builder.Output {
    count += 1
    let position = Self.position(node.mark)
    guard count <= nodeLimit else { throw YAMLReadError(.tooManyNodes(limit: nodeLimit)) }
    guard depth <= depthLimit else {
      throw YAMLReadError(.tooDeep(limit: depthLimit), at: position)
    }
    switch node {
    case .scalar(let scalar):
      return try builder.scalar(
        scalar.string, isPlain: scalar.style == .plain, tag: Self.explicitTag(scalar.tag),
        at: position)
    case .sequence(let sequence):
      if let tag = Self.explicitTag(sequence.tag), tag != Tag.Name.seq.rawValue {
        throw YAMLReadError(.unsupportedTag(Self.shortTag(tag)), at: position)
      }
      var items: [Builder.Output] = []
      items.reserveCapacity(sequence.count)
      for item in sequence {
        items.append(try walk(item, depth: depth + 1))
      }
      return try builder.sequence(items, at: position)
    case .mapping(let mapping):
      if let tag = Self.explicitTag(mapping.tag), tag != Tag.Name.map.rawValue {
        throw YAMLReadError(.unsupportedTag(Self.shortTag(tag)), at: position)
      }
      var entries: [YAMLEntry<Builder.Output>] = []
      entries.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        count += 1
        let keyPosition = Self.optionalPosition(key.mark) ?? position
        guard case .scalar(let keyScalar) = key else {
          throw YAMLReadError(.complexKey, at: keyPosition)
        }
        entries.append(
          YAMLEntry(
            key: keyScalar.string, keyPosition: keyPosition,
            value: try walk(value, depth: depth + 1)))
      }
      return try builder.mapping(entries, at: position)
    case .alias(let alias):
      // `compose` resolves aliases; an unresolved one is refused rather than guessed at.
      throw YAMLReadError(.complexKey, at: Self.position(alias.mark))
    }
  }

  /// The tag written in the text; the basic resolver turns every untagged node into `str`,
  /// `seq` or `map`, so anything else was written by the author.
  private static func explicitTag(_ tag: Tag) -> String? {
    let name = tag.description
    if name.isEmpty || name == Tag.Name.str.rawValue || name == "!" { return nil }
    return name
  }

  static func shortTag(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
  }

  private static func position(_ mark: Mark?) -> TextPosition {
    TextPosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  private static func optionalPosition(_ mark: Mark?) -> TextPosition? {
    mark.map { TextPosition(line: $0.line, column: $0.column) }
  }
}
