import Parsers
import SchemaModel

/// Builds `ConfigNode`s from the bounded YAML walk; the config keeps scalars as written and
/// decides their meaning per key.
struct ConfigNodeBuilder: YAMLTreeBuilder {
  func scalar(_ text: String, isPlain: Bool, tag: String?, at position: TextPosition)
    -> ConfigNode
  {
    ConfigNode(.scalar(text, isPlain: isPlain), at: position)
  }

  func sequence(_ items: [ConfigNode], at position: TextPosition) -> ConfigNode {
    ConfigNode(.sequence(items), at: position)
  }

  func mapping(_ entries: [YAMLEntry<ConfigNode>], at position: TextPosition) -> ConfigNode {
    ConfigNode(
      .mapping(
        entries.map { ConfigEntry(key: $0.key, keyPosition: $0.keyPosition, value: $0.value) }),
      at: position)
  }
}
