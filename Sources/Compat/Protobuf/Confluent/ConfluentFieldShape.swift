import Parsers

/// A field's type as Confluent's diff sees it: a scalar (enums included) in a wire group, a
/// message, or a map whose entry's key and value are compared like fields.
indirect enum ConfluentFieldShape: Hashable, Sendable {
  case scalar(group: ProtoScalarWireGroup, written: String)
  /// `fullName` without a leading dot; `resolved` is false when no linker resolved it.
  case message(fullName: String, resolved: Bool)
  case map(key: ConfluentFieldShape, value: ConfluentFieldShape)

  /// Confluent's field kinds: SCALAR, MESSAGE, MAP.
  var kind: String {
    switch self {
    case .scalar: "SCALAR"
    case .message: "MESSAGE"
    case .map: "MAP"
    }
  }

  var isStringOrBytes: Bool {
    if case .scalar(.stringOrBytes, _) = self { return true }
    return false
  }

  /// How a message names the type (`int32`, `enum acme.Status`, `message acme.Money`).
  var text: String {
    switch self {
    case .scalar(_, let written): written
    case .message(let fullName, _): "message \(fullName)"
    case .map(let key, let value): "map<\(key.text), \(value.text)>"
    }
  }

  /// The shape of `field`, declared in the message `enclosingFullName`.
  init(field: ProtoField, enclosingFullName: String, types: ProtoTypeIndex) {
    self = Self.shape(
      of: field.type, resolved: field.resolvedType, enclosingFullName: enclosingFullName,
      types: types)
  }

  private static func shape(
    of type: ProtoFieldType, resolved: ProtoResolvedType?, enclosingFullName: String,
    types: ProtoTypeIndex
  ) -> ConfluentFieldShape {
    switch type {
    case .scalar(let scalar):
      return .scalar(group: ProtoScalarWireGroup(scalar), written: scalar.rawValue)
    case .map(let key, let value):
      return .map(
        key: .scalar(group: ProtoScalarWireGroup(key), written: key.rawValue),
        value: shape(
          of: value, resolved: resolved, enclosingFullName: enclosingFullName, types: types))
    case .group(let name):
      return .message(fullName: enclosingFullName + "." + name, resolved: true)
    case .named(let written):
      if let resolved {
        switch resolved.kind {
        case .enum: return .scalar(group: .generalNumber, written: "enum \(resolved.fullName)")
        case .message: return .message(fullName: resolved.fullName, resolved: true)
        }
      }
      // Unlinked: a fully qualified name can still be looked up; anything else is compared
      // as written.
      let name = written.hasPrefix(".") ? String(written.dropFirst()) : written
      if types.enums[name] != nil {
        return .scalar(group: .generalNumber, written: "enum \(name)")
      }
      return .message(fullName: name, resolved: types.messages[name] != nil)
    }
  }
}
