import SchemaModel

/// Turns the JSON tree of one `.avsc` file into the unified model, collecting diagnostics.
///
/// One builder reads one file. Named types are registered when their definition starts (so that
/// a record can refer to itself) and stored in definition order; names used but not defined in
/// the file become external references for `AvroSchemaSet` to check.
struct AvroSchemaBuilder {
  /// Schema nesting deeper than this is refused; real schemas stay far below it, and it keeps
  /// this recursion (and the recursion over the built tree) well inside a thread's stack.
  static let maxDepth = 100

  /// A field default to check once every named type of the file is known.
  struct PendingDefault {
    var fieldPath: String
    /// The schema path of the field's `default`.
    var schemaPath: String
    var type: TypeNode
    var value: JSONValue
  }

  /// A name used before (or without) its definition in this file.
  struct PendingReference {
    /// Full names to try, in order: the enclosing namespace first, then the null namespace.
    var candidates: [QualifiedName]
    var position: TextPosition
  }

  /// A second definition of a full name, to compare with the first once both are built.
  struct RepeatedDefinition {
    var fullName: String
    var namePosition: TextPosition
    var firstPosition: TextPosition
  }

  let path: String
  var diagnostics: [Diagnostic] = []
  /// Definitions in definition order; a slot is reserved when a definition starts.
  var definitionSlots: [TypeNode?] = []
  /// Full name -> slot, for every name defined so far.
  var slotByFullName: [String: Int] = [:]
  var definitionPositions: [String: TextPosition] = [:]
  var pendingReferences: [PendingReference] = []
  var pendingDefaults: [PendingDefault] = []
  /// Definitions of a name already defined, by the position of their object.
  var repeatedDefinitions: [TextPosition: RepeatedDefinition] = [:]
  /// The tokens of `currentSchemaPath`.
  var pathTokens: [String] = []

  init(path: String) { self.path = path }

  // MARK: - Reporting

  mutating func report(
    _ issue: AvroIssue, at position: TextPosition, notes: [Diagnostic.Note] = [],
    schemaPath: String? = nil
  ) {
    var diagnostic = issue.diagnostic(file: path, at: position, notes: notes)
    diagnostic.path = schemaPath ?? currentSchemaPath
    diagnostics.append(diagnostic)
  }

  /// Where the builder is in the schema, as Java's compatibility checker names locations:
  /// `/`, `/fields/0/type`, `/fields/0/type/1/items`.
  var currentSchemaPath: String { "/" + pathTokens.joined(separator: "/") }

  func location(_ position: TextPosition) -> SourceLocation {
    SourceLocation(file: path, position: position)
  }

  // MARK: - Schemas

  /// Builds the type a schema value declares; `namespace` is the enclosing namespace.
  mutating func schema(_ value: JSONValue, namespace: String, depth: Int) -> TypeNode {
    guard depth <= Self.maxDepth else {
      report(.nestingTooDeep(limit: Self.maxDepth), at: value.position)
      return TypeNode(.any, location: location(value.position))
    }
    switch value.kind {
    case .string(let name):
      return namedOrPrimitive(name, at: value.position, namespace: namespace)
    case .array(let branches):
      return union(branches, at: value.position, namespace: namespace, depth: depth)
    case .object:
      return objectSchema(value, namespace: namespace, depth: depth)
    case .null, .bool, .number:
      report(.notASchema(found: value.typeName), at: value.position)
      return TypeNode(.any, location: location(value.position))
    }
  }

  /// A schema written as a JSON object: `{"type": ...}` with the attributes of that type.
  private mutating func objectSchema(_ object: JSONValue, namespace: String, depth: Int)
    -> TypeNode
  {
    guard let typeValue = object["type"] else {
      report(
        .missingAttribute(attribute: "type", owner: "a schema object"), at: object.position)
      return TypeNode(.any, location: location(object.position))
    }
    guard let typeName = typeValue.stringValue else {
      report(
        .invalidAttribute(
          attribute: "type", owner: "a schema object", expected: "a string naming a type",
          found: typeValue.typeName),
        at: typeValue.position)
      return TypeNode(.any, location: location(object.position))
    }
    var node: TypeNode
    // Arrays, not sets: a handful of short keys compare faster than they hash.
    let knownKeys: [String]
    switch typeName {
    case "record", "error":
      node = record(object, namespace: namespace, depth: depth)
      knownKeys = ["type", "name", "namespace", "doc", "aliases", "fields"]
    case "enum":
      node = enumeration(object, namespace: namespace)
      knownKeys = ["type", "name", "namespace", "doc", "aliases", "symbols", "default"]
    case "fixed":
      node = fixed(object, namespace: namespace)
      knownKeys = ["type", "name", "namespace", "doc", "aliases", "size"]
    case "array":
      let items = requiredSchema(
        "items", of: object, owner: "array", namespace: namespace, depth: depth)
      node = TypeNode(.array(items: items), location: location(object.position))
      knownKeys = ["type", "items"]
    case "map":
      let values = requiredSchema(
        "values", of: object, owner: "map", namespace: namespace, depth: depth)
      node = TypeNode(.map(values: values), location: location(object.position))
      knownKeys = ["type", "values"]
    default:
      // A primitive in object form, or (as Java accepts) a named type referred to by `type`.
      let pendingCount = pendingReferences.count
      node = namedOrPrimitive(typeName, at: typeValue.position, namespace: namespace)
      node.location = location(object.position)
      if pendingReferences.count > pendingCount {
        // Late resolution finds the node by its location.
        pendingReferences[pendingCount].position = object.position
      }
      knownKeys = ["type"]
    }
    var properties = (object.members ?? []).filter { !knownKeys.contains($0.key) }
    switch AvroLogicalTypes.evaluate(object, annotating: node.kind) {
    case .absent:
      break
    case .valid(let logicalType, let consumedKeys):
      node.logicalType = logicalType
      properties.removeAll { consumedKeys.contains($0.key) }
    case .ignored(let issue, let position):
      // Kept as a custom property: the spec says to ignore it, not to drop it.
      report(issue, at: position)
    }
    node.properties = properties
    return finishDefinition(node)
  }

  /// The schema under a required attribute (`items`, `values`).
  private mutating func requiredSchema(
    _ attribute: String, of object: JSONValue, owner: String, namespace: String, depth: Int
  ) -> TypeNode {
    guard let value = object[attribute] else {
      report(.missingAttribute(attribute: attribute, owner: owner), at: object.position)
      return TypeNode(.any, location: location(object.position))
    }
    pathTokens.append(attribute)
    defer { pathTokens.removeLast() }
    return schema(value, namespace: namespace, depth: depth + 1)
  }

  // MARK: - Unions

  private mutating func union(
    _ branches: [JSONValue], at position: TextPosition, namespace: String, depth: Int
  ) -> TypeNode {
    var types: [TypeNode] = []
    var seenKeys: Set<String> = []
    for (index, branch) in branches.enumerated() {
      pathTokens.append(String(index))
      defer { pathTokens.removeLast() }
      if branch.elements != nil {
        report(.nestedUnion, at: branch.position)
        continue
      }
      let type = schema(branch, namespace: namespace, depth: depth + 1)
      if let key = Self.unionBranchKey(type), !seenKeys.insert(key).inserted {
        report(.duplicateUnionBranch(branch: key), at: branch.position)
      }
      types.append(type)
    }
    return TypeNode(.union(types), location: location(position))
  }

  /// What makes two union branches "the same type": the primitive (logical types ignored, as in
  /// Java), `array`, `map`, or the full name of a named type.
  static func unionBranchKey(_ type: TypeNode) -> String? {
    switch type.kind {
    case .primitive(let primitive): primitive.rawValue
    case .array: "array"
    case .map: "map"
    case .record, .enumeration, .fixed, .reference: type.qualifiedName?.fullName
    case .union, .any: nil
    }
  }

  // MARK: - Names in schema position

  /// A primitive type name or a reference to a named type.
  mutating func namedOrPrimitive(_ name: String, at position: TextPosition, namespace: String)
    -> TypeNode
  {
    if let primitive = AvroNames.primitives[name] {
      return TypeNode(.primitive(primitive), location: location(position))
    }
    // References take what Java takes, so a type with a Java-only name stays usable.
    guard AvroNames.validity(ofFullName: name) != .invalid else {
      report(.unknownType(name: name), at: position)
      return TypeNode(.any, location: location(position))
    }
    let candidates =
      name.contains(".") || namespace.isEmpty
      ? [QualifiedName(fullName: name)]
      : [QualifiedName(namespace: namespace, name: name), QualifiedName(name: name)]
    if let defined = candidates.first(where: { slotByFullName[$0.fullName] != nil }) {
      return TypeNode(.reference(defined), location: location(position))
    }
    if AvroNames.complexTypeKeywords.contains(name) {
      report(.complexTypeAsName(name: name), at: position)
      return TypeNode(.any, location: location(position))
    }
    // Resolved once the whole file is read: defined later in the file, or in another file.
    pendingReferences.append(PendingReference(candidates: candidates, position: position))
    return TypeNode(.reference(candidates[0]), location: location(position))
  }

  /// Stores a finished named type definition in the slot its name reserved, or checks a
  /// repeated definition against the first: equal (as Java's `Schema.equals` sees it) is
  /// accepted and becomes a reference, different is `AVRO_DUPLICATE_TYPE`.
  private mutating func finishDefinition(_ node: TypeNode) -> TypeNode {
    guard let name = node.qualifiedName, !isReference(node),
      let slot = slotByFullName[name.fullName], let position = node.location.map(positionOf)
    else { return node }
    if let repeated = repeatedDefinitions[position] {
      let first = definitionSlots[slot]
      guard first.map(AvroSchemaWriter.signature) == AvroSchemaWriter.signature(of: node) else {
        report(
          .duplicateType(fullName: repeated.fullName), at: repeated.namePosition,
          notes: [
            Diagnostic.Note(
              message: "first defined here", location: location(repeated.firstPosition))
          ])
        return node
      }
      return TypeNode(.reference(name), location: node.location)
    }
    if definitionSlots[slot] == nil, definitionPositions[name.fullName] == position {
      definitionSlots[slot] = node
    }
    return node
  }

  private func isReference(_ node: TypeNode) -> Bool {
    if case .reference = node.kind { return true }
    return false
  }

  private func positionOf(_ location: SourceLocation) -> TextPosition {
    TextPosition(line: location.line, column: location.column)
  }
}
