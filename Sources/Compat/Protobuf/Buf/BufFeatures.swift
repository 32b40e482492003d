import Parsers
import SchemaModel

/// Resolved editions features (and their proto2/proto3 equivalents), as Buf compares them.
enum BufFeatures {
  /// The value of `features.<name>` on the innermost scope that sets it.
  static func lookup(_ name: String, in scopes: [[ProtoOption]]) -> String? {
    lookupOption(name, in: scopes)?.value
  }

  /// The value of `features.<name>` and the option that sets it, innermost scope first.
  static func lookupOption(_ name: String, in scopes: [[ProtoOption]]) -> (
    value: String, option: ProtoOption
  )? {
    let dotted = "features." + name
    for options in scopes {
      if let option = options.named(dotted) { return (BufNames.optionText(option.value), option) }
      if let option = options.named("features"), case .aggregate(let members) = option.value {
        if let member = members.last(where: { $0.name == name }) {
          return (BufNames.optionText(member.value), option)
        }
      }
    }
    return nil
  }

  static func isEditions(_ syntax: ProtoSyntax) -> Bool {
    if case .edition = syntax { return true }
    return false
  }

  /// `features.enum_type`: OPEN or CLOSED.
  static func enumType(_ entry: BufEnumEntry) -> String {
    switch entry.file.syntax {
    case .proto2: "CLOSED"
    case .proto3: "OPEN"
    case .edition: lookup("enum_type", in: entry.scopes) ?? "OPEN"
    }
  }

  /// `features.json_format` of a message or enum: ALLOW or LEGACY_BEST_EFFORT.
  static func jsonFormat(syntax: ProtoSyntax, scopes: [[ProtoOption]]) -> String {
    switch syntax {
    case .proto2: "LEGACY_BEST_EFFORT"
    case .proto3: "ALLOW"
    case .edition: lookup("json_format", in: scopes) ?? "ALLOW"
    }
  }

  /// `features.utf8_validation` of a field: VERIFY or NONE.
  static func utf8Validation(_ entry: BufFieldEntry) -> String {
    switch entry.file.syntax {
    case .proto2: "NONE"
    case .proto3: "VERIFY"
    case .edition:
      lookup("utf8_validation", in: [entry.field.options] + entry.scopes) ?? "VERIFY"
    }
  }

  /// `features.message_encoding` is DELIMITED for this field.
  static func isDelimited(_ entry: BufFieldEntry) -> Bool {
    guard isEditions(entry.file.syntax) else { return false }
    return lookup("message_encoding", in: [entry.field.options] + entry.scopes) == "DELIMITED"
  }

  /// `features.field_presence` for a field (editions only).
  static func fieldPresence(_ entry: BufFieldEntry) -> String {
    lookup("field_presence", in: [entry.field.options] + entry.scopes) ?? "EXPLICIT"
  }
}
