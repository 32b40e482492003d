/// One parsed schema file in the unified model.
public struct SchemaDocument: Hashable, Sendable {
  public var format: SchemaFormat
  /// The path as the user named it; every location in the document uses it.
  public var path: String
  /// Avro namespace of the top-level type, Protobuf package.
  public var namespace: String?
  /// The root type: for Avro the whole schema, for Protobuf and JSON Schema the chosen message.
  public var root: TypeNode?
  /// Every named type the file defines (records, enums, fixed), in definition order.
  public var namedTypes: [TypeNode]
  /// Full names of named types used by this file but defined in other files.
  public var externalReferences: [QualifiedName]
  /// Everything found wrong while reading the file. A document with an error here is not used
  /// for compatibility or validation.
  public var diagnostics: [Diagnostic]

  public init(
    format: SchemaFormat,
    path: String,
    namespace: String? = nil,
    root: TypeNode? = nil,
    namedTypes: [TypeNode] = [],
    externalReferences: [QualifiedName] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.format = format
    self.path = path
    self.namespace = namespace
    self.root = root
    self.namedTypes = namedTypes
    self.externalReferences = externalReferences
    self.diagnostics = diagnostics
  }

  public var hasErrors: Bool { diagnostics.hasErrors }
}

/// Looks up named types by full name, across the files of one subject set.
public struct TypeTable: Sendable {
  private var byFullName: [String: TypeNode] = [:]

  public init() {}

  public init(documents: [SchemaDocument]) {
    for document in documents { add(document) }
  }

  /// Adds the document's named types; the first definition of a name wins.
  public mutating func add(_ document: SchemaDocument) {
    for node in document.namedTypes { add(node) }
  }

  public mutating func add(_ node: TypeNode) {
    guard let name = node.qualifiedName?.fullName, byFullName[name] == nil else { return }
    byFullName[name] = node
  }

  public subscript(fullName: String) -> TypeNode? { byFullName[fullName] }

  /// Follows a reference to its definition; other nodes come back unchanged.
  public func resolve(_ node: TypeNode) -> TypeNode? {
    guard case .reference(let name) = node.kind else { return node }
    return byFullName[name.fullName]
  }
}
