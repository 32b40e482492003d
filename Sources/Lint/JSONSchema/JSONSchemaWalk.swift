import Parsers
import SchemaModel

/// One place in a JSON Schema file where a schema is expected.
struct JSONSchemaNode: Sendable {
  /// The schema: an object, or a boolean since draft 6.
  var value: JSONValue
  /// Where it is, as a JSON Pointer fragment (`#/properties/total`).
  var pointer: String
  /// The keyword whose value holds it (`properties`, `allOf`), nil at the root.
  var parentKeyword: String?
  /// The pointer of the schema that holds that keyword, nil at the root.
  var parentPointer: String?
  /// The member name under a map keyword (the property name under `properties`).
  var name: String?
  /// Where that member name is written, for findings about a named subschema.
  var namePosition: TextPosition?

  /// The schema's members; empty for a boolean schema.
  var members: [JSONMember] { value.members ?? [] }

  /// Whether the schema has `keyword`.
  func has(_ keyword: String) -> Bool { value[keyword] != nil }
}

extension JSONSchemaNode {
  /// Keywords whose subschemas only add constraints to the schema that holds them, so they
  /// need not (and for `additionalProperties` must not) be complete object schemas.
  static let partialKeywords: Set<String> = [
    "allOf", "if", "then", "else", "not", "dependentSchemas", "dependencies",
  ]

  /// Whether this schema refines the one that holds it rather than standing alone: a branch of
  /// `allOf` or a conditional, or an `anyOf`/`oneOf` branch of a schema that declares
  /// properties itself.
  func isPartial(in nodes: [String: JSONSchemaNode]) -> Bool {
    guard let keyword = parentKeyword else { return false }
    if Self.partialKeywords.contains(keyword) { return true }
    guard keyword == "anyOf" || keyword == "oneOf",
      let parent = parentPointer.flatMap({ nodes[$0] })
    else { return false }
    return parent.has("properties") || parent.has("unevaluatedProperties")
  }
}

/// Every schema position of a file, found by following the draft's subschema keywords only:
/// never into `enum`, `const`, `examples`, `default` or unknown keywords, whose values are data.
enum JSONSchemaWalk {
  /// The schemas of `file` by pointer.
  static func nodesByPointer(_ nodes: [JSONSchemaNode]) -> [String: JSONSchemaNode] {
    Dictionary(nodes.map { ($0.pointer, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The schemas of `file` in document order, the root first.
  static func nodes(of file: JSONSchemaFile) -> [JSONSchemaNode] {
    guard let root = file.schema else { return [] }
    var found: [JSONSchemaNode] = []
    // An explicit stack, not recursion: nesting depth is bounded by the reader, not the stack.
    var pending = [JSONSchemaNode(value: root, pointer: "#")]
    while let node = pending.popLast() {
      found.append(node)
      pending += children(of: node, draft: file.draft).reversed()
    }
    return found
  }

  /// The direct subschemas of `node`.
  static func children(of node: JSONSchemaNode, draft: JSONSchemaDraft) -> [JSONSchemaNode] {
    node.members.flatMap { member -> [JSONSchemaNode] in
      guard let kind = JSONSchemaKeywords.subschemas(of: member.key, in: draft) else { return [] }
      let base = node.pointer + "/" + JSONPointer.escape(member.key)
      let value = member.value
      let found: [JSONSchemaNode]
      switch kind {
      case .single:
        found = schema(value, base, member.key).map { [$0] } ?? []
      case .array:
        found = arrayItems(value, base, member.key)
      case .singleOrArray:
        found =
          value.elements != nil
          ? arrayItems(value, base, member.key)
          : (schema(value, base, member.key).map { [$0] } ?? [])
      case .map, .mapOfSchemasOrNames:
        found = (value.members ?? []).compactMap { entry in
          var child = schema(
            entry.value, base + "/" + JSONPointer.escape(entry.key), member.key)
          child?.name = entry.key
          child?.namePosition = entry.keyPosition
          return child
        }
      }
      return found.map { child in
        var child = child
        child.parentPointer = node.pointer
        return child
      }
    }
  }

  private static func arrayItems(_ value: JSONValue, _ base: String, _ keyword: String)
    -> [JSONSchemaNode]
  {
    (value.elements ?? []).enumerated().compactMap { offset, element in
      schema(element, base + "/" + String(offset), keyword)
    }
  }

  /// A node when `value` can be a schema (an object or a boolean); others are the
  /// meta-schema rule's business.
  private static func schema(_ value: JSONValue, _ pointer: String, _ keyword: String)
    -> JSONSchemaNode?
  {
    switch value.kind {
    case .object, .bool: JSONSchemaNode(value: value, pointer: pointer, parentKeyword: keyword)
    default: nil
    }
  }
}
