import Parsers
import SchemaModel

/// A field's descriptor type as Buf compares it (`FieldDescriptorProto.Type` plus type name).
struct BufFieldType: Hashable, Sendable {
  /// `int32`, `string`, `message`, `enum`, `group`, ...
  var kind: String
  /// Full name of the message, group or enum type.
  var typeName: String?
  /// How Buf prints the kind: editions' delimited messages compare as groups but print as
  /// `message (delimited encoding)`.
  var display: String

  init(kind: String, typeName: String?, display: String? = nil) {
    self.kind = kind
    self.typeName = typeName
    self.display = display ?? kind
  }

  var isNamed: Bool { typeName != nil }
}

/// How many values a field holds and how presence is tracked (Buf's cardinality).
enum BufCardinality: String, Hashable, Sendable {
  case optionalExplicit = "optional with explicit presence"
  case optionalImplicit = "optional with implicit presence"
  case required
  case repeated
  case map
}

extension BufImageIndex {
  /// The descriptor type of a field.
  func fieldType(_ entry: BufFieldEntry) -> BufFieldType {
    switch entry.field.type {
    case .scalar(let scalar):
      return BufFieldType(kind: scalar.rawValue, typeName: nil)
    case .map:
      let owner = entry.resolutionScope
      return BufFieldType(
        kind: "message", typeName: owner + "." + BufNames.mapEntryName(entry.field.name))
    case .group(let name):
      return BufFieldType(kind: "group", typeName: entry.resolutionScope + "." + name)
    case .named(let name):
      let resolved =
        entry.field.resolvedType ?? resolve(name, scope: entry.resolutionScope)
        ?? ProtoResolvedType(kind: .message, fullName: BufNames.stripDot(name))
      switch resolved.kind {
      case .enum:
        return BufFieldType(kind: "enum", typeName: resolved.fullName)
      case .message:
        guard BufFeatures.isDelimited(entry) else {
          return BufFieldType(kind: "message", typeName: resolved.fullName)
        }
        return BufFieldType(
          kind: "group", typeName: resolved.fullName, display: "message (delimited encoding)")
      }
    }
  }

  /// The cardinality of a field, presence resolved as protoc would.
  func cardinality(_ entry: BufFieldEntry) -> BufCardinality {
    let field = entry.field
    if case .map = field.type { return .map }
    if field.label == .repeated { return .repeated }
    if field.label == .required { return .required }
    let type = fieldType(entry)
    let isMessage = type.kind == "message" || type.kind == "group"
    switch entry.file.syntax {
    case .proto2:
      return .optionalExplicit
    case .proto3:
      if field.label == .optional || entry.oneofName != nil || isMessage || entry.isExtension {
        return .optionalExplicit
      }
      return .optionalImplicit
    case .edition:
      if entry.oneofName != nil || isMessage || entry.isExtension { return .optionalExplicit }
      switch BufFeatures.fieldPresence(entry) {
      case "IMPLICIT": return .optionalImplicit
      case "LEGACY_REQUIRED": return .required
      default: return .optionalExplicit
      }
    }
  }

  /// The effective JSON name: `json_name` when written, else protoc's default.
  func jsonName(_ entry: BufFieldEntry) -> String {
    if let option = entry.field.options.named("json_name") {
      return BufNames.optionText(option.value)
    }
    return ProtoField.defaultJSONName(entry.field.name)
  }
}
