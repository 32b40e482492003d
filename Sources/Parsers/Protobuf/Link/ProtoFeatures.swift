/// Resolves the effective features of an element: the file's syntax or edition defaults,
/// overridden by `option features.X` on the file, each enclosing message, and the element.
public enum ProtoFeatures {
  /// The file's features: edition defaults, file options, and the legacy file options that
  /// stand for language features (`java_string_check_utf8`).
  public static func resolve(file: ProtoFile) -> ProtoFeatureSet {
    var features = ProtoFeatureSet.defaults(for: file.syntax)
    features.apply(file.options)
    if case .bool(true) = file.options.named("java_string_check_utf8")?.value {
      features.javaUTF8Validation = .verify
    }
    return features
  }

  /// A message's features; `parents` are its enclosing messages, outermost first.
  public static func resolve(message: ProtoMessage, parents: [ProtoMessage] = [], file: ProtoFile)
    -> ProtoFeatureSet
  {
    var features = resolve(file: file)
    for parent in parents { features.apply(parent.options) }
    features.apply(message.options)
    return features
  }

  /// An enum's features; `parents` are its enclosing messages, outermost first.
  public static func resolve(
    enum enumeration: ProtoEnum, parents: [ProtoMessage] = [], file: ProtoFile
  )
    -> ProtoFeatureSet
  {
    var features = resolve(file: file)
    for parent in parents { features.apply(parent.options) }
    features.apply(enumeration.options)
    return features
  }

  /// A field's features. `message` is the message declaring it (nil for a top-level
  /// extension), `parents` the messages around that one, outermost first. A oneof member also
  /// takes its oneof's features; the legacy `packed` and `ctype` options count as features.
  public static func resolve(
    field: ProtoField, in message: ProtoMessage?, parents: [ProtoMessage] = [], file: ProtoFile
  ) -> ProtoFeatureSet {
    var features =
      message.map { resolve(message: $0, parents: parents, file: file) } ?? resolve(file: file)
    if let message, let index = field.oneofIndex, message.oneofs.indices.contains(index) {
      features.apply(message.oneofs[index].options)
    }
    features.apply(field.options)
    if case .bool(let packed) = field.options.named("packed")?.value {
      features.repeatedFieldEncoding = packed ? .packed : .expanded
    }
    if case .identifier(let ctype) = field.options.named("ctype")?.value {
      switch ctype {
      case "CORD": features.cppStringType = .cord
      case "STRING_PIECE": features.cppStringType = .view
      case "STRING": features.cppStringType = .string
      default: break
      }
    }
    if case .edition = file.syntax {
    } else if field.label == .required {
      features.fieldPresence = .legacyRequired
    }
    return features
  }

  /// How many values a field holds and whether absence is visible: Buf's cardinality.
  public static func cardinality(
    of field: ProtoField, in message: ProtoMessage?, parents: [ProtoMessage] = [], file: ProtoFile,
    isExtension: Bool = false
  ) -> ProtoCardinality {
    if case .map = field.type { return .map }
    switch field.label {
    case .repeated: return .repeated
    case .required: return .required
    default: break
    }
    // Members of a oneof, message fields and extensions always track presence.
    let isMessage: Bool
    switch field.type {
    case .group: isMessage = true
    default: isMessage = field.resolvedType?.kind == .message
    }
    switch file.syntax {
    case .proto2:
      return .optionalExplicit
    case .proto3:
      if field.label == .optional || field.oneofIndex != nil || isMessage || isExtension {
        return .optionalExplicit
      }
      return .optionalImplicit
    case .edition:
      // Only editions need the features; proto2 and proto3 decide by label alone.
      let features = resolve(field: field, in: message, parents: parents, file: file)
      if features.fieldPresence == .legacyRequired { return .required }
      if field.oneofIndex != nil || isMessage || isExtension { return .optionalExplicit }
      return features.fieldPresence == .implicit ? .optionalImplicit : .optionalExplicit
    }
  }
}

/// A field's cardinality as Buf names it (`cardinality.go`).
public enum ProtoCardinality: String, Hashable, Sendable {
  case optionalExplicit = "optional with explicit presence"
  case optionalImplicit = "optional with implicit presence"
  case required
  case repeated
  case map
}
