import SchemaModel

/// One subschema found while indexing, with the base URI and draft in effect at it.
public struct JSONSchemaSubschema: Sendable {
  /// The schema (an object or a boolean).
  public var value: JSONValue
  /// The base URI its keywords resolve against (its own `$id` applied), without fragment.
  public var baseURI: String
  /// The draft whose keywords apply.
  public var draft: JSONSchemaDraft
  /// The innermost schema resource containing it.
  public var resourceURI: String
  /// Its canonical location: the resource URI with a JSON Pointer fragment.
  public var canonicalLocation: String
  /// The `$dynamicAnchor` (2020-12) it declares, if any.
  public var dynamicAnchor: String?
  /// True when it declares `$recursiveAnchor: true` (2019-09).
  public var recursiveAnchor: Bool
  /// The file or URI to name in messages.
  public var displayPath: String
}

/// Every subschema of the loaded documents, by canonical URI, embedded `$id`, `$anchor` and
/// pointer, so `$ref` can be resolved without walking documents again.
public struct JSONSchemaResourceIndex: Sendable {
  /// The subschemas, addressed by their position in this array.
  public private(set) var subschemas: [JSONSchemaSubschema] = []
  /// Absolute URIs (`uri`, `uri#/pointer`, `uri#anchor`) to positions in `subschemas`.
  public private(set) var identifiers: [String: Int] = [:]
  /// For each resource URI, its `$dynamicAnchor` names and their subschemas.
  public private(set) var dynamicAnchors: [String: [String: Int]] = [:]

  public init() {}

  /// The subschema an absolute URI (with optional fragment) names, if indexed.
  public func subschema(for uri: String) -> Int? {
    if let found = identifiers[uri] { return found }
    if uri.hasSuffix("#") { return identifiers[String(uri.dropLast())] }
    return identifiers[uri + "#"]
  }

  /// True when a document or embedded resource with this URI (no fragment) is indexed.
  public func knowsResource(_ uri: String) -> Bool { identifiers[uri] != nil }

  /// Indexes a document retrieved from `retrievalURI`; returns the position of its root.
  @discardableResult
  public mutating func add(
    document: JSONValue, retrievalURI: String, draft: JSONSchemaDraft, displayPath: String
  ) -> Int {
    var walker = Walker(index: self, displayPath: displayPath)
    let root = walker.walk(
      document, base: retrievalURI, draft: draft, scopes: [(retrievalURI, "")], isRoot: true)
    self = walker.index
    return root
  }

  /// Indexes a value reached by a JSON Pointer into a non-schema location.
  public mutating func addDetached(
    _ value: JSONValue, at location: String, base: String, draft: JSONSchemaDraft,
    displayPath: String
  ) -> Int {
    var walker = Walker(index: self, displayPath: displayPath)
    let uri = URIReference(parsing: location)
    let pointer = JSONPointer.percentDecoded(uri.fragment ?? "")
    let root = walker.walk(
      value, base: base, draft: draft, scopes: [(uri.withoutFragment.text, pointer)],
      isRoot: false)
    self = walker.index
    return root
  }

  private struct Walker {
    var index: JSONSchemaResourceIndex
    let displayPath: String

    init(index: JSONSchemaResourceIndex, displayPath: String) {
      self.index = index
      self.displayPath = displayPath
      self.pending = []
    }

    /// One subschema still to index.
    private struct Pending {
      var value: JSONValue
      var base: String
      var draft: JSONSchemaDraft
      var scopes: [(uri: String, pointer: String)]
    }

    private var pending: [Pending]

    /// Indexes `value` and all its subschemas from a work list (no recursion, any depth).
    mutating func walk(
      _ value: JSONValue, base: String, draft: JSONSchemaDraft,
      scopes: [(uri: String, pointer: String)], isRoot: Bool
    ) -> Int {
      let root = visit(value, base: base, draft: draft, scopes: scopes, isRoot: isRoot)
      while let next = pending.popLast() {
        _ = visit(
          next.value, base: next.base, draft: next.draft, scopes: next.scopes, isRoot: false)
      }
      return root
    }

    private mutating func visit(
      _ value: JSONValue, base: String, draft: JSONSchemaDraft,
      scopes: [(uri: String, pointer: String)], isRoot: Bool
    ) -> Int {
      var base = base
      var draft = draft
      var scopes = scopes
      var dynamicAnchor: String?
      var recursiveAnchor = false
      var anchors: [String] = []
      if value.members != nil {
        if let schemaURI = value["$schema"]?.stringValue,
          let declared = JSONSchemaDraft(metaSchemaURI: schemaURI),
          isRoot || value[declared == .draft4 ? "id" : "$id"] != nil
        {
          draft = declared
        }
        let idKeyword = draft == .draft4 ? "id" : "$id"
        let refHidesID = draft <= .draft7 && value["$ref"] != nil
        if !refHidesID, let id = value[idKeyword]?.stringValue {
          let resolved = URIReference(parsing: id).resolved(against: URIReference(parsing: base))
          if id.hasPrefix("#") {
            if draft <= .draft7, let name = resolved.fragment, !name.isEmpty {
              anchors.append(name)
            }
          } else {
            base = resolved.withoutFragment.text
            scopes.append((base, ""))
            if draft <= .draft7, let name = resolved.fragment, !name.isEmpty {
              anchors.append(name)
            }
          }
        }
        if draft >= .draft201909, let name = value["$anchor"]?.stringValue { anchors.append(name) }
        if draft >= .draft202012, let name = value["$dynamicAnchor"]?.stringValue {
          anchors.append(name)
          dynamicAnchor = name
        }
        if draft == .draft201909, case .bool(true)? = value["$recursiveAnchor"]?.kind {
          recursiveAnchor = true
        }
      }
      let resourceURI = scopes[scopes.count - 1].uri
      let position = index.subschemas.count
      index.subschemas.append(
        JSONSchemaSubschema(
          value: value, baseURI: base, draft: draft, resourceURI: resourceURI,
          canonicalLocation: resourceURI + "#" + scopes[scopes.count - 1].pointer,
          dynamicAnchor: dynamicAnchor, recursiveAnchor: recursiveAnchor,
          displayPath: displayPath))
      for scope in scopes {
        let key = scope.pointer.isEmpty ? scope.uri : scope.uri + "#" + scope.pointer
        if index.identifiers[key] == nil { index.identifiers[key] = position }
      }
      for name in anchors {
        let key = base + "#" + name
        if index.identifiers[key] == nil { index.identifiers[key] = position }
      }
      if let dynamicAnchor { index.dynamicAnchors[base, default: [:]][dynamicAnchor] = position }
      guard let members = value.members else { return position }
      // Before 2019-09 `$ref` hides its siblings, but pointers may still reach them.
      walkChildren(members, base: base, draft: draft, scopes: scopes)
      return position
    }

    private mutating func walkChildren(
      _ members: [JSONMember], base: String, draft: JSONSchemaDraft,
      scopes: [(uri: String, pointer: String)]
    ) {
      var found: [Pending] = []
      for member in members {
        guard let shape = JSONSchemaKeywords.subschemaShape(of: member.key, draft: draft) else {
          continue
        }
        let keyScopes = Self.extend(scopes, member.key)
        var children: [(token: String?, value: JSONValue)] = []
        switch (shape, member.value.kind) {
        case (.array, .array(let elements)), (.singleOrArray, .array(let elements)):
          children = elements.enumerated().map { (String($0.offset), $0.element) }
        case (.map, .object(let entries)):
          children = entries.map { ($0.key, $0.value) }
        case (.single, _), (.singleOrArray, _):
          children = [(nil, member.value)]
        default:
          break
        }
        for child in children where Self.isSchema(child.value) {
          let childScopes = child.token.map { Self.extend(keyScopes, $0) } ?? keyScopes
          found.append(Pending(value: child.value, base: base, draft: draft, scopes: childScopes))
        }
      }
      // Reversed so subschemas are indexed in document order.
      pending.append(contentsOf: found.reversed())
    }

    private static func extend(
      _ scopes: [(uri: String, pointer: String)], _ token: String
    ) -> [(uri: String, pointer: String)] {
      scopes.map { ($0.uri, $0.pointer + "/" + JSONPointer.escape(token)) }
    }

    private static func isSchema(_ value: JSONValue) -> Bool {
      switch value.kind {
      case .object, .bool: true
      default: false
      }
    }
  }
}

/// Which keywords hold subschemas, per draft.
public enum JSONSchemaKeywords {
  /// How a keyword holds subschemas.
  public enum SubschemaShape: Sendable {
    case single, array, singleOrArray, map
  }

  /// The shape of a keyword's subschemas in a draft, or nil when it holds none.
  public static func subschemaShape(of keyword: String, draft: JSONSchemaDraft) -> SubschemaShape? {
    switch keyword {
    case "definitions", "properties", "patternProperties": .map
    case "$defs", "dependentSchemas": draft >= .draft201909 ? .map : nil
    case "dependencies": .map
    case "additionalProperties", "not": .single
    case "additionalItems": draft <= .draft201909 ? .single : nil
    case "items": draft <= .draft201909 ? .singleOrArray : .single
    case "prefixItems": draft >= .draft202012 ? .array : nil
    case "allOf", "anyOf", "oneOf": .array
    case "propertyNames", "contains": draft >= .draft6 ? .single : nil
    case "if", "then", "else": draft >= .draft7 ? .single : nil
    case "unevaluatedProperties", "unevaluatedItems", "contentSchema":
      draft >= .draft201909 ? .single : nil
    default: nil
    }
  }
}
