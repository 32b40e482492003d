import Parsers
import SchemaModel

/// A schema that Confluent's diff cannot load.
public enum ConfluentJSONSchemaError: Error, Hashable, Sendable {
  /// A `$ref` that points nowhere in the document (Confluent throws as well).
  case unresolvedReference(String, TextPosition)
  /// Sub-schemas nest (through keywords and `$ref`s) deeper than the diff's depth limit.
  case tooDeep(limit: Int, TextPosition)
}

/// A JSON Schema document loaded the way everit loads it for Confluent's diff: `type` arrays
/// become `anyOf`, several keyword families become a synthetic `allOf`, `$ref` is replaced by the
/// schema it points to (local pointers, `$defs`/`definitions`, `$id`-relative names).
struct ConfluentJSONGraph: Sendable {
  var nodes: [ConfluentJSONNode] = []
  var root = 0
  /// Draft 2019-09 / 2020-12 documents, which read `items`/`prefixItems` the new way.
  var isModernDraft = false

  init(document: JSONValue, depthLimit: Int) throws(ConfluentJSONSchemaError) {
    var loader = Loader(document: document, depthLimit: depthLimit)
    isModernDraft = loader.isModernDraft
    root = try loader.load(document, pointer: "", base: loader.rootBase)
    nodes = loader.nodes
  }

  /// The node, with `$ref` chains followed.
  subscript(index: Int) -> ConfluentJSONNode { nodes[resolved(index)] }

  /// The index a chain of `$ref`s ends at (a ref cycle with no schema ends where it started).
  func resolved(_ index: Int) -> Int {
    var current = index
    for _ in 0..<nodes.count {
      guard case .reference(let target) = nodes[current].kind else { return current }
      current = target
    }
    return current
  }
}

private struct Loader {
  let document: JSONValue
  let isModernDraft: Bool
  /// Draft 4 names the identifier `id`; later drafts `$id`.
  let idKeyword: String
  let rootBase: String
  var nodes: [ConfluentJSONNode] = []
  var loaded: [String: Int] = [:]
  /// How many sub-schemas are being loaded further up the stack, and how many may be.
  var depth = 0
  let depthLimit: Int
  /// `$id` (absolute after resolution, and as written) -> JSON pointer of that sub-schema.
  var ids: [String: String] = [:]

  init(document: JSONValue, depthLimit: Int) {
    self.document = document
    self.depthLimit = depthLimit
    let schemaURI = document["$schema"]?.stringValue ?? ""
    isModernDraft = schemaURI.contains("2020-12") || schemaURI.contains("2019-09")
    idKeyword = schemaURI.contains("draft-04") ? "id" : "$id"
    rootBase = document[idKeyword]?.stringValue ?? ""
    indexIDs(document, pointer: "", base: rootBase)
  }

  mutating func indexIDs(_ value: JSONValue, pointer: String, base: String) {
    var base = base
    if let members = value.members {
      if let id = value[idKeyword]?.stringValue {
        let resolved = Self.resolve(id, against: base)
        ids[resolved] = pointer
        ids[id] = ids[id] ?? pointer
        base = resolved
      }
      if let anchor = value["$anchor"]?.stringValue {
        ids[Self.resolve("#" + anchor, against: base)] = pointer
        ids["#" + anchor] = ids["#" + anchor] ?? pointer
      }
      for member in members {
        indexIDs(member.value, pointer: pointer + "/" + JSONPointer.escape(member.key), base: base)
      }
    } else if let elements = value.elements {
      for (index, element) in elements.enumerated() {
        indexIDs(element, pointer: pointer + "/\(index)", base: base)
      }
    }
  }

  /// RFC 3986 resolution, the same the validator uses.
  static func resolve(_ reference: String, against base: String) -> String {
    base.isEmpty ? reference : URIReference.resolve(reference, against: base)
  }

  func value(at pointer: String) -> JSONValue? {
    JSONPointer.tokens(pointer).flatMap { JSONPointer.value(at: $0, in: document) }
  }

  /// The JSON pointer (from the document root) a `$ref` designates.
  func target(of reference: String, base: String) -> String? {
    let resolved = Self.resolve(reference, against: base)
    let parts = resolved.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let resource = parts.first.map(String.init) ?? ""
    let fragment =
      parts.count > 1 ? JSONPointer.percentDecoded(String(parts[1])) : ""
    let basePointer: String
    if resource.isEmpty || resource == rootBase || resource == Self.resolve("", against: rootBase) {
      basePointer = ""
    } else if let pointer = ids[resource]
      ?? ids[reference.split(separator: "#").first.map(String.init) ?? ""]
    {
      basePointer = pointer
    } else {
      return nil
    }
    if fragment.isEmpty || fragment.hasPrefix("/") { return basePointer + fragment }
    // A plain-name fragment: an `$anchor` or a `$id: "#name"`.
    return ids["#" + fragment] ?? ids[Self.resolve("#" + fragment, against: base)]
  }

  mutating func load(_ value: JSONValue, pointer: String, base: String)
    throws(ConfluentJSONSchemaError) -> Int
  {
    if let known = loaded[pointer] { return known }
    depth += 1
    defer { depth -= 1 }
    guard depth <= depthLimit else { throw .tooDeep(limit: depthLimit, value.position) }
    let index = nodes.count
    nodes.append(ConfluentJSONNode(kind: .empty, raw: nil, position: value.position))
    loaded[pointer] = index
    nodes[index] = try build(value, pointer: pointer, base: base)
    return index
  }

  /// A synthesised node (a branch of a `type` array or of a synthetic `allOf`).
  mutating func add(_ node: ConfluentJSONNode) -> Int {
    nodes.append(node)
    return nodes.count - 1
  }

  mutating func build(_ value: JSONValue, pointer: String, base: String)
    throws(ConfluentJSONSchemaError) -> ConfluentJSONNode
  {
    if case .bool(let flag) = value.kind {
      return ConfluentJSONNode(
        kind: flag ? .empty : .falseSchema, raw: nil, position: value.position)
    }
    guard value.members != nil else {
      return ConfluentJSONNode(kind: .empty, raw: nil, position: value.position)
    }
    var base = base
    if let id = value[idKeyword]?.stringValue, pointer != "" {
      base = Self.resolve(id, against: base)
    }
    if let reference = value["$ref"]?.stringValue {
      guard let targetPointer = target(of: reference, base: base),
        let targetValue = self.value(at: targetPointer)
      else {
        throw .unresolvedReference(reference, value["$ref"]?.position ?? value.position)
      }
      let targetIndex = try load(targetValue, pointer: targetPointer, base: base)
      // `$ref` is transparent; a reference node keeps cycles finite.
      return ConfluentJSONNode(kind: .reference(targetIndex), raw: nil, position: value.position)
    }
    var parts: [ConfluentJSONNode] = []
    let sub = { (keyword: String) in pointer + "/" + keyword }
    if let values = value["enum"]?.elements {
      parts.append(node(.enumeration(values), value))
    }
    for criterion in [ConfluentJSONNode.Criterion.allOf, .anyOf, .oneOf] {
      guard let branches = value[criterion.rawValue]?.elements else { continue }
      var indexes: [Int] = []
      for (offset, branch) in branches.enumerated() {
        indexes.append(
          try load(branch, pointer: sub(criterion.rawValue) + "/\(offset)", base: base))
      }
      parts.append(node(.combined(criterion, indexes), value))
    }
    if let negated = value["not"] {
      parts.append(node(.not(try load(negated, pointer: sub("not"), base: base)), value))
    }
    if let constant = value["const"] {
      parts.append(node(.constant(constant), value))
    }
    if let type = value["type"] {
      let names = type.stringValue.map { [$0] } ?? (type.elements ?? []).compactMap(\.stringValue)
      var typed: [ConfluentJSONNode] = []
      for name in names {
        if let kind = try typedKind(name, value, pointer: pointer, base: base) {
          typed.append(node(kind, value))
        }
      }
      if type.elements != nil {
        let indexes = typed.map { add($0) }
        parts.append(node(.combined(.anyOf, indexes), value))
      } else {
        parts.append(contentsOf: typed)
      }
    } else {
      for name in ["object", "array", "number", "string"] where implies(name, value) {
        if let kind = try typedKind(name, value, pointer: pointer, base: base) {
          parts.append(node(kind, value))
        }
      }
    }
    var result: ConfluentJSONNode
    switch parts.count {
    case 0: result = node(.empty, value)
    case 1: result = parts[0]
    default: result = node(.combined(.allOf, parts.map { add($0) }), value)
    }
    result.id = value[idKeyword]?.stringValue
    result.title = value["title"]?.stringValue
    result.description = value["description"]?.stringValue
    result.defaultValue = value["default"]
    result.isConnectBytes = value["connect.type"]?.stringValue == "bytes"
    return result
  }

  func node(_ kind: ConfluentJSONNode.Kind, _ value: JSONValue) -> ConfluentJSONNode {
    ConfluentJSONNode(kind: kind, raw: value, position: value.position)
  }

  static let impliedKeywords: [String: [String]] = [
    "object": [
      "properties", "required", "additionalProperties", "minProperties", "maxProperties",
      "dependencies", "patternProperties", "propertyNames", "unevaluatedProperties",
      "dependentRequired", "dependentSchemas",
    ],
    "array": [
      "items", "additionalItems", "minItems", "maxItems", "uniqueItems", "contains",
      "prefixItems", "unevaluatedItems", "minContains", "maxContains",
    ],
    "number": ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
    "string": ["minLength", "maxLength", "pattern", "format"],
  ]

  func implies(_ type: String, _ value: JSONValue) -> Bool {
    (Self.impliedKeywords[type] ?? []).contains { value[$0] != nil }
  }

  mutating func typedKind(_ name: String, _ value: JSONValue, pointer: String, base: String)
    throws(ConfluentJSONSchemaError) -> ConfluentJSONNode.Kind?
  {
    let sub = { (keyword: String) in pointer + "/" + keyword }
    switch name {
    case "string":
      return .string(
        .init(
          minLength: value["minLength"]?.number, maxLength: value["maxLength"]?.number,
          pattern: value["pattern"]?.stringValue))
    case "number", "integer":
      var facets = ConfluentJSONNode.NumberFacets(requiresInteger: name == "integer")
      facets.minimum = value["minimum"]?.number
      facets.maximum = value["maximum"]?.number
      facets.exclusiveMinimum = value["exclusiveMinimum"]?.number
      facets.exclusiveMaximum = value["exclusiveMaximum"]?.number
      facets.multipleOf = value["multipleOf"]?.number
      return .number(facets)
    case "boolean": return .boolean
    case "null": return .null
    case "object":
      var facets = ConfluentJSONNode.ObjectFacets()
      for member in value["properties"]?.members ?? [] {
        let index = try load(
          member.value, pointer: sub("properties") + "/" + JSONPointer.escape(member.key),
          base: base)
        facets.properties.append(
          .init(name: member.key, schema: index, position: member.keyPosition))
      }
      facets.required = (value["required"]?.elements ?? []).compactMap(\.stringValue)
      facets.additional = try additional(
        value["additionalProperties"], sub("additionalProperties"), base)
      for member in value["patternProperties"]?.members ?? [] {
        let index = try load(
          member.value, pointer: sub("patternProperties") + "/" + JSONPointer.escape(member.key),
          base: base)
        facets.patternProperties.append((member.key, index))
      }
      facets.unevaluated = try unevaluated(
        value["unevaluatedProperties"], sub("unevaluatedProperties"), base)
      facets.minProperties = value["minProperties"]?.number
      facets.maxProperties = value["maxProperties"]?.number
      for keyword in ["dependencies", "dependentRequired", "dependentSchemas"] {
        for member in value[keyword]?.members ?? [] {
          if let names = member.value.elements {
            facets.propertyDependencies.append((member.key, names.compactMap(\.stringValue)))
          } else {
            let index = try load(
              member.value, pointer: sub(keyword) + "/" + JSONPointer.escape(member.key), base: base
            )
            facets.schemaDependencies.append((member.key, index))
          }
        }
      }
      return .object(facets)
    case "array":
      var facets = ConfluentJSONNode.ArrayFacets()
      let items = value["items"]
      let tupleKeyword = isModernDraft ? "prefixItems" : "items"
      if let tuple = value[tupleKeyword]?.elements {
        var indexes: [Int] = []
        for (offset, item) in tuple.enumerated() {
          indexes.append(try load(item, pointer: sub(tupleKeyword) + "/\(offset)", base: base))
        }
        facets.tupleItems = indexes
        let additionalKeyword = isModernDraft ? "items" : "additionalItems"
        facets.additional = try additional(value[additionalKeyword], sub(additionalKeyword), base)
      } else if let items, items.members != nil {
        facets.allItems = try load(items, pointer: sub("items"), base: base)
        if !isModernDraft {
          facets.additional = try additional(value["additionalItems"], sub("additionalItems"), base)
        }
      } else if isModernDraft, case .bool(let flag)? = items?.kind {
        facets.additional.permitted = flag
      } else if !isModernDraft {
        if case .bool(let flag)? = items?.kind, !flag {
          facets.allItems = try load(items ?? value, pointer: sub("items"), base: base)
        }
        facets.additional = try additional(value["additionalItems"], sub("additionalItems"), base)
      }
      facets.unevaluated = try unevaluated(value["unevaluatedItems"], sub("unevaluatedItems"), base)
      if let contains = value["contains"] {
        facets.contains = try load(contains, pointer: sub("contains"), base: base)
      }
      facets.minItems = value["minItems"]?.number
      facets.maxItems = value["maxItems"]?.number
      facets.minContains = value["minContains"]?.number
      facets.maxContains = value["maxContains"]?.number
      if case .bool(true)? = value["uniqueItems"]?.kind { facets.uniqueItems = true }
      return .array(facets)
    default:
      return nil
    }
  }

  mutating func additional(_ value: JSONValue?, _ pointer: String, _ base: String)
    throws(ConfluentJSONSchemaError) -> ConfluentJSONNode.Additional
  {
    guard let value else { return .init() }
    if case .bool(let flag) = value.kind {
      return .init(permitted: flag, schema: nil, isWritten: true)
    }
    return .init(
      permitted: true, schema: try load(value, pointer: pointer, base: base), isWritten: true)
  }

  mutating func unevaluated(_ value: JSONValue?, _ pointer: String, _ base: String)
    throws(ConfluentJSONSchemaError) -> ConfluentJSONNode.Unevaluated
  {
    guard let value else { return .absent }
    if case .bool(let flag) = value.kind { return .allowed(flag) }
    return .schema(try load(value, pointer: pointer, base: base))
  }
}

extension JSONValue {
  fileprivate var number: JSONNumber? {
    if case .number(let number) = kind { return number }
    return nil
  }
}
