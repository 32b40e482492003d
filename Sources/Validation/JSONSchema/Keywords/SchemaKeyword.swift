import SchemaModel

/// One compiled keyword of a schema node; subschemas are node numbers in the program.
enum SchemaKeyword: Sendable {
  /// The `false` schema.
  case never
  case reference(ReferenceKeyword)
  case type([String], draft4Integers: Bool)
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
struct CompiledSchemaNode: Sendable {
  var keywords: [SchemaKeyword] = []
  /// The canonical URI of this schema (`uri#/pointer`), for absolute keyword locations.
  var absoluteLocation: String
  /// The schema resource it belongs to, for the dynamic scope.
  var resourceURI: String
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
