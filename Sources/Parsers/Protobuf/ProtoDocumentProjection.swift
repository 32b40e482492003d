import SchemaModel

/// Projects a linked Protobuf image into the unified model: one `SchemaDocument` per file,
/// messages as records, enums as enumerations, nested types under their full names. A repeated
/// field keeps its element type and has presence `.repeated`; a map field is `.map(values:)`
/// with its key scalar in the node's `keyType` property; a oneof member has a `oneof` property.
public enum ProtoDocumentProjection {
  /// Documents for the image's target files (every file with `includeImports`), in image
  /// order. `rootMessage` picks the root by full name; otherwise the file's first message.
  public static func documents(
    _ image: ProtoImage, rootMessage: String? = nil, includeImports: Bool = false
  ) -> [SchemaDocument] {
    image.files
      .filter { includeImports || image.targetPaths.contains($0.path) }
      .map { document($0, diagnostics: image.diagnostics, rootMessage: rootMessage) }
  }

  /// The document of one linked file; `diagnostics` are filtered to the file's own.
  public static func document(
    _ file: ProtoFile, diagnostics: [Diagnostic] = [], rootMessage: String? = nil
  ) -> SchemaDocument {
    var builder = Builder(file: file)
    for message in file.messages { builder.add(message, parents: []) }
    for enumeration in file.enums { builder.add(enumeration, parents: []) }
    let rootName = rootMessage ?? file.messages.first?.fullName
    let root = builder.namedTypes.first {
      if case .record(let record) = $0.kind { return record.name.fullName == rootName }
      return false
    }
    return SchemaDocument(
      format: .protobuf, path: file.displayPath, namespace: file.package, root: root,
      namedTypes: builder.namedTypes,
      externalReferences: builder.external.sorted(),
      diagnostics: diagnostics.filter { $0.location?.file == file.displayPath })
  }

  /// The primitive a scalar maps to; the scalar's own name stays visible as the logical type
  /// where it differs (`int32`, `sfixed64`, `bool`).
  public static func primitive(_ scalar: ProtoScalar) -> PrimitiveType {
    switch scalar {
    case .double: .double
    case .float: .float
    case .int32, .uint32, .sint32, .fixed32, .sfixed32: .int
    case .int64, .uint64, .sint64, .fixed64, .sfixed64: .long
    case .bool: .boolean
    case .string: .string
    case .bytes: .bytes
    }
  }

  static func scalarNode(_ scalar: ProtoScalar, at location: SourceLocation?) -> TypeNode {
    let primitive = primitive(scalar)
    let logical = primitive.rawValue == scalar.rawValue ? nil : LogicalType(name: scalar.rawValue)
    return TypeNode(.primitive(primitive), logicalType: logical, location: location)
  }

  private struct Builder {
    let file: ProtoFile
    var namedTypes: [TypeNode] = []
    var external: Set<QualifiedName> = []
    let localNames: Set<String>

    init(file: ProtoFile) {
      self.file = file
      var names: Set<String> = []
      func collect(_ message: ProtoMessage) {
        names.insert(message.fullName)
        for nested in message.messages { collect(nested) }
        for enumeration in message.enums { names.insert(enumeration.fullName) }
      }
      for message in file.messages { collect(message) }
      for enumeration in file.enums { names.insert(enumeration.fullName) }
      localNames = names
    }

    func location(_ span: SourceSpan) -> SourceLocation {
      SourceLocation(file: file.displayPath, position: span.start)
    }

    mutating func add(_ message: ProtoMessage, parents: [ProtoMessage]) {
      var fields: [Field] = []
      for field in message.fields {
        fields.append(self.field(field, in: message, parents: parents))
      }
      let record = RecordType(
        name: QualifiedName(fullName: message.fullName), doc: message.comments.leading,
        fields: fields)
      namedTypes.append(TypeNode(.record(record), location: location(message.span)))
      for nested in message.messages { add(nested, parents: parents + [message]) }
      for enumeration in message.enums { add(enumeration, parents: parents + [message]) }
    }

    mutating func add(_ enumeration: ProtoEnum, parents: [ProtoMessage]) {
      let symbols = enumeration.values.map {
        EnumSymbol(
          name: $0.name, number: $0.number, doc: $0.comments.leading, location: location($0.span))
      }
      let node = EnumType(
        name: QualifiedName(fullName: enumeration.fullName), doc: enumeration.comments.leading,
        symbols: symbols)
      namedTypes.append(TypeNode(.enumeration(node), location: location(enumeration.span)))
    }

    mutating func field(_ field: ProtoField, in message: ProtoMessage, parents: [ProtoMessage])
      -> Field
    {
      let presence: FieldPresence =
        switch ProtoFeatures.cardinality(of: field, in: message, parents: parents, file: file) {
        case .map, .repeated: .repeated
        case .required: .required
        case .optionalExplicit: .optional
        case .optionalImplicit: .implicit
        }
      var properties: [JSONMember] = []
      if let index = field.oneofIndex, message.oneofs.indices.contains(index) {
        properties.append(member("oneof", message.oneofs[index].name))
      }
      let typeLocation = location(field.typeSpan)
      let type: TypeNode
      switch field.type {
      case .scalar(let scalar):
        type = scalarNode(scalar, at: typeLocation)
      case .named(let written), .group(let written):
        type = reference(field.resolvedType, written: written, at: typeLocation)
      case .map(let key, let value):
        let values: TypeNode
        switch value {
        case .scalar(let scalar): values = scalarNode(scalar, at: typeLocation)
        case .named(let written), .group(let written):
          values = reference(field.resolvedType, written: written, at: typeLocation)
        case .map: values = TypeNode(.any, location: typeLocation)
        }
        type = TypeNode(
          .map(values: values), location: typeLocation,
          properties: [member("keyType", key.rawValue)])
      }
      var deprecated = false
      if case .bool(true) = field.options.named("deprecated")?.value { deprecated = true }
      return Field(
        name: field.name, jsonName: field.jsonName, number: field.number, type: type,
        presence: presence, defaultValue: defaultValue(field), doc: field.comments.leading,
        deprecated: deprecated, location: location(field.span), properties: properties)
    }

    mutating func reference(
      _ resolved: ProtoResolvedType?, written: String, at location: SourceLocation
    )
      -> TypeNode
    {
      let fullName = resolved?.fullName ?? String(written.drop { $0 == "." })
      let name = QualifiedName(fullName: fullName)
      if resolved != nil, !localNames.contains(fullName) { external.insert(name) }
      return TypeNode(.reference(name), location: location)
    }

    func member(_ key: String, _ value: String) -> JSONMember {
      JSONMember(
        key: key, keyPosition: TextPosition(line: 0, column: 0), value: JSONValue(.string(value)))
    }

    /// A proto2 `[default = ...]` as a JSON value (numbers keep their literal text).
    func defaultValue(_ field: ProtoField) -> JSONValue? {
      guard let option = field.options.named("default") else { return nil }
      let position = option.valueSpan.start
      switch option.value {
      case .string(let text): return JSONValue(.string(text), at: position)
      case .integer(let text), .float(let text):
        return JSONValue(.number(JSONNumber(text: text)), at: position)
      case .bool(let flag): return JSONValue(.bool(flag), at: position)
      case .identifier(let name): return JSONValue(.string(name), at: position)
      case .aggregate, .list: return nil
      }
    }
  }
}
