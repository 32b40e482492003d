import SchemaModel

/// A message (or the message a proto2 `group` defines).
public struct ProtoMessage: Hashable, Sendable {
  public var name: String
  /// Fully qualified without a leading dot (`acme.orders.Order.Line`); set by the parser from
  /// the package and the enclosing messages.
  public var fullName: String
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  /// All fields in source order, oneof members included (see `ProtoField.oneofIndex`), group
  /// fields included.
  public var fields: [ProtoField]
  public var oneofs: [ProtoOneof]
  public var messages: [ProtoMessage]
  public var enums: [ProtoEnum]
  public var extends: [ProtoExtend]
  public var reservedRanges: [ProtoRange]
  public var reservedNames: [ProtoReservedName]
  public var extensionRanges: [ProtoRange]
  public var options: [ProtoOption]
  public var comments: ProtoComments
  /// True for the message a proto2 `group` field defines.
  public var isGroup: Bool

  public init(
    name: String, fullName: String, span: SourceSpan, nameSpan: SourceSpan,
    fields: [ProtoField] = [], oneofs: [ProtoOneof] = [], messages: [ProtoMessage] = [],
    enums: [ProtoEnum] = [], extends: [ProtoExtend] = [], reservedRanges: [ProtoRange] = [],
    reservedNames: [ProtoReservedName] = [], extensionRanges: [ProtoRange] = [],
    options: [ProtoOption] = [], comments: ProtoComments = ProtoComments(), isGroup: Bool = false
  ) {
    self.name = name
    self.fullName = fullName
    self.span = span
    self.nameSpan = nameSpan
    self.fields = fields
    self.oneofs = oneofs
    self.messages = messages
    self.enums = enums
    self.extends = extends
    self.reservedRanges = reservedRanges
    self.reservedNames = reservedNames
    self.extensionRanges = extensionRanges
    self.options = options
    self.comments = comments
    self.isGroup = isGroup
  }
}

/// The label written before a field's type.
public enum ProtoLabel: String, Hashable, Sendable {
  case optional, required, repeated
}

/// The 15 scalar types.
public enum ProtoScalar: String, Hashable, Sendable, CaseIterable {
  case double, float, int32, int64, uint32, uint64, sint32, sint64
  case fixed32, fixed64, sfixed32, sfixed64, bool, string, bytes
}

/// A field's type as written.
public indirect enum ProtoFieldType: Hashable, Sendable {
  case scalar(ProtoScalar)
  /// A message or enum name as written (`Line`, `.acme.Money`, `google.protobuf.Timestamp`).
  case named(String)
  /// `map<K, V>`: keys are integral, bool or string scalars.
  case map(key: ProtoScalar, value: ProtoFieldType)
  /// A proto2 group: the field's type is the nested message of this (capitalised) name.
  case group(String)
}

/// What a named type resolved to (filled by the linker).
public struct ProtoResolvedType: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case message, `enum`
  }

  public var kind: Kind
  /// Fully qualified without a leading dot.
  public var fullName: String

  public init(kind: Kind, fullName: String) {
    self.kind = kind
    self.fullName = fullName
  }
}

public struct ProtoField: Hashable, Sendable {
  public var name: String
  public var number: Int
  /// nil when no label was written (proto3 implicit/edition fields, map fields, oneof members).
  public var label: ProtoLabel?
  public var type: ProtoFieldType
  /// Index into the enclosing message's `oneofs` for members of a oneof (also the synthetic
  /// oneof protoc makes for a proto3 `optional` field is NOT created here: see `label`).
  public var oneofIndex: Int?
  public var options: [ProtoOption]
  /// The whole field, from the label (or type) to the `;` or closing `}` of a group, inclusive.
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  public var numberSpan: SourceSpan
  /// The type as written (`map<string, int32>` whole for maps; the `group` keyword for groups).
  public var typeSpan: SourceSpan
  public var labelSpan: SourceSpan?
  public var comments: ProtoComments
  /// The message or enum a `.named` (or the value of a `.map`) type resolves to; set by the
  /// linker, nil for scalars and before linking.
  public var resolvedType: ProtoResolvedType?

  public init(
    name: String, number: Int, label: ProtoLabel? = nil, type: ProtoFieldType,
    oneofIndex: Int? = nil, options: [ProtoOption] = [], span: SourceSpan, nameSpan: SourceSpan,
    numberSpan: SourceSpan, typeSpan: SourceSpan, labelSpan: SourceSpan? = nil,
    comments: ProtoComments = ProtoComments(), resolvedType: ProtoResolvedType? = nil
  ) {
    self.name = name
    self.number = number
    self.label = label
    self.type = type
    self.oneofIndex = oneofIndex
    self.options = options
    self.span = span
    self.nameSpan = nameSpan
    self.numberSpan = numberSpan
    self.typeSpan = typeSpan
    self.labelSpan = labelSpan
    self.comments = comments
    self.resolvedType = resolvedType
  }
}

public struct ProtoOneof: Hashable, Sendable {
  public var name: String
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  public var options: [ProtoOption]
  public var comments: ProtoComments

  public init(
    name: String, span: SourceSpan, nameSpan: SourceSpan, options: [ProtoOption] = [],
    comments: ProtoComments = ProtoComments()
  ) {
    self.name = name
    self.span = span
    self.nameSpan = nameSpan
    self.options = options
    self.comments = comments
  }
}

/// A number range in `reserved` or `extensions`, inclusive; `max` is resolved to the largest
/// number of its kind (536870911 for fields, 2147483647 for enum values).
public struct ProtoRange: Hashable, Sendable {
  public var start: Int
  public var end: Int
  public var span: SourceSpan
  /// Options of an `extensions` statement (`[verification = UNVERIFIED]`).
  public var options: [ProtoOption]

  public init(start: Int, end: Int, span: SourceSpan, options: [ProtoOption] = []) {
    self.start = start
    self.end = end
    self.span = span
    self.options = options
  }

  public func contains(_ number: Int) -> Bool { start <= number && number <= end }
}

/// A reserved name (`reserved "foo";` or, in editions, `reserved foo;`).
public struct ProtoReservedName: Hashable, Sendable {
  public var name: String
  public var span: SourceSpan

  public init(name: String, span: SourceSpan) {
    self.name = name
    self.span = span
  }
}

/// `extend Foo { ... }`.
public struct ProtoExtend: Hashable, Sendable {
  /// The extended message's name as written.
  public var extendee: String
  public var span: SourceSpan
  public var extendeeSpan: SourceSpan
  public var fields: [ProtoField]
  /// The extended message's full name, set by the linker.
  public var resolvedExtendee: String?
  public var comments: ProtoComments

  public init(
    extendee: String, span: SourceSpan, extendeeSpan: SourceSpan, fields: [ProtoField] = [],
    resolvedExtendee: String? = nil, comments: ProtoComments = ProtoComments()
  ) {
    self.extendee = extendee
    self.span = span
    self.extendeeSpan = extendeeSpan
    self.fields = fields
    self.resolvedExtendee = resolvedExtendee
    self.comments = comments
  }
}
