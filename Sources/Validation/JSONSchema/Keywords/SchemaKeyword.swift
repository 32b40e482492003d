import SchemaModel

/// One compiled keyword of a schema node; subschemas are node numbers in the program.
indirect enum SchemaKeyword: Sendable {
  /// The `false` schema.
  case never
  case reference(ReferenceKeyword)
  /// The allowed types as bits, and their names as written for messages.
  case type(JSONTypeSet, names: [String], draft4Integers: Bool)
  case enumeration([JSONValue])
  case constant(JSONValue)
  case numeric(NumericKeyword)
  case string(StringKeyword)
  case items(ItemsKeyword)
  case contains(ContainsKeyword)
  case arrayCount(ArrayCountKeyword)
  case properties(PropertiesKeyword)
  case objectCount(ObjectCountKeyword)
  case combinator(CombinatorKeyword)
  case conditional(ConditionalKeyword)
  case unevaluatedItems(Int)
  case unevaluatedProperties(Int)
}

/// A compiled schema: its keywords in evaluation order (`unevaluated*` last).
///
/// A class so that evaluation, which fetches a node for every subschema it applies, retains one
/// reference instead of copying its array and strings.
final class CompiledSchemaNode: Sendable {
  let keywords: [SchemaKeyword]
  /// The canonical URI of this schema (`uri#/pointer`), for absolute keyword locations.
  let absoluteLocation: String
  /// The schema resource it belongs to, for the dynamic scope.
  let resourceURI: String

  init(keywords: [SchemaKeyword] = [], absoluteLocation: String, resourceURI: String) {
    self.keywords = keywords
    self.absoluteLocation = absoluteLocation
    self.resourceURI = resourceURI
  }
}

/// Everything a validator needs at run time.
struct CompiledSchemaProgram: Sendable {
  var nodes: [CompiledSchemaNode] = []
  var root = 0
  /// Resource URI to `$dynamicAnchor` name to node.
  var dynamicAnchors: [String: [String: Int]] = [:]
  /// Resource URI to its root node, for resources whose root has `$recursiveAnchor: true`.
  var recursiveAnchors: [String: Int] = [:]
  /// True when some keyword needs to know which items and properties were evaluated.
  var tracksAnnotations = false
  var maxDepth = 4_000
}
