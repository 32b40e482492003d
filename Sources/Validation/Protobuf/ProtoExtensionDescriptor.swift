/// An extension field (`extend acme.Req { optional int32 ext = 100; }`).
public struct ProtoExtensionDescriptor: Hashable, Sendable {
  /// The extension's full name: its scope (package or enclosing message) and field name
  /// (`acme.ext`); the JSON key is this name in brackets, `[acme.ext]`.
  public var fullName: String
  /// The extended message's full name.
  public var extendee: String
  /// The field itself (number, kind, cardinality, ...).
  public var field: ProtoFieldDescriptor

  public init(fullName: String, extendee: String, field: ProtoFieldDescriptor) {
    self.fullName = fullName
    self.extendee = extendee
    self.field = field
  }
}
