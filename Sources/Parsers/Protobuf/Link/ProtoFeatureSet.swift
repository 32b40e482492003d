/// The editions features that decide wire, JSON and presence behaviour, with the legacy
/// language features Buf's rules compare. Proto2 and proto3 files get the features their
/// syntax implies, as protoc models them since editions.
public struct ProtoFeatureSet: Hashable, Sendable {
  public enum FieldPresence: String, Hashable, Sendable {
    case explicit = "EXPLICIT", implicit = "IMPLICIT", legacyRequired = "LEGACY_REQUIRED"
  }
  public enum EnumType: String, Hashable, Sendable {
    case open = "OPEN", closed = "CLOSED"
  }
  public enum RepeatedFieldEncoding: String, Hashable, Sendable {
    case packed = "PACKED", expanded = "EXPANDED"
  }
  public enum UTF8Validation: String, Hashable, Sendable {
    case verify = "VERIFY", none = "NONE"
  }
  public enum MessageEncoding: String, Hashable, Sendable {
    case lengthPrefixed = "LENGTH_PREFIXED", delimited = "DELIMITED"
  }
  public enum JSONFormat: String, Hashable, Sendable {
    case allow = "ALLOW", legacyBestEffort = "LEGACY_BEST_EFFORT"
  }
  /// `(pb.cpp).string_type`, or the legacy `ctype` option.
  public enum CppStringType: String, Hashable, Sendable {
    case view = "VIEW", cord = "CORD", string = "STRING"
  }
  /// `(pb.java).utf8_validation`, or the legacy `java_string_check_utf8` file option.
  public enum JavaUTF8Validation: String, Hashable, Sendable {
    case `default` = "DEFAULT", verify = "VERIFY"
  }

  public var fieldPresence: FieldPresence
  public var enumType: EnumType
  public var repeatedFieldEncoding: RepeatedFieldEncoding
  public var utf8Validation: UTF8Validation
  public var messageEncoding: MessageEncoding
  public var jsonFormat: JSONFormat
  public var cppStringType: CppStringType
  public var javaUTF8Validation: JavaUTF8Validation

  public init(
    fieldPresence: FieldPresence, enumType: EnumType, repeatedFieldEncoding: RepeatedFieldEncoding,
    utf8Validation: UTF8Validation, messageEncoding: MessageEncoding = .lengthPrefixed,
    jsonFormat: JSONFormat, cppStringType: CppStringType = .string,
    javaUTF8Validation: JavaUTF8Validation = .default
  ) {
    self.fieldPresence = fieldPresence
    self.enumType = enumType
    self.repeatedFieldEncoding = repeatedFieldEncoding
    self.utf8Validation = utf8Validation
    self.messageEncoding = messageEncoding
    self.jsonFormat = jsonFormat
    self.cppStringType = cppStringType
    self.javaUTF8Validation = javaUTF8Validation
  }

  /// The defaults of a syntax or edition (descriptor.proto's `edition_defaults`).
  public static func defaults(for syntax: ProtoSyntax) -> ProtoFeatureSet {
    switch syntax {
    case .proto2:
      ProtoFeatureSet(
        fieldPresence: .explicit, enumType: .closed, repeatedFieldEncoding: .expanded,
        utf8Validation: .none, jsonFormat: .legacyBestEffort)
    case .proto3:
      ProtoFeatureSet(
        fieldPresence: .implicit, enumType: .open, repeatedFieldEncoding: .packed,
        utf8Validation: .verify, jsonFormat: .allow)
    case .edition(let edition):
      ProtoFeatureSet(
        fieldPresence: .explicit, enumType: .open, repeatedFieldEncoding: .packed,
        utf8Validation: .verify, jsonFormat: .allow,
        // Edition 2024 changed the C++ string default to views.
        cppStringType: edition >= "2024" ? .view : .string)
    }
  }

  /// Applies `features.X = V` options (and an aggregate `features = { X: V }`) in order.
  public mutating func apply(_ options: [ProtoOption]) {
    for option in options {
      if option.name == "features", case .aggregate(let members) = option.value {
        for member in members { set(member.name, member.value) }
      } else if option.name.hasPrefix("features.") {
        set(String(option.name.dropFirst("features.".count)), option.value)
      }
    }
  }

  private mutating func set(_ feature: String, _ value: ProtoOptionValue) {
    if case .aggregate(let members) = value {
      for member in members { set("\(feature).\(member.name)", member.value) }
      return
    }
    guard case .identifier(let text) = value else { return }
    switch feature {
    case "field_presence": fieldPresence = FieldPresence(rawValue: text) ?? fieldPresence
    case "enum_type": enumType = EnumType(rawValue: text) ?? enumType
    case "repeated_field_encoding":
      repeatedFieldEncoding = RepeatedFieldEncoding(rawValue: text) ?? repeatedFieldEncoding
    case "utf8_validation": utf8Validation = UTF8Validation(rawValue: text) ?? utf8Validation
    case "message_encoding": messageEncoding = MessageEncoding(rawValue: text) ?? messageEncoding
    case "json_format": jsonFormat = JSONFormat(rawValue: text) ?? jsonFormat
    case "(pb.cpp).string_type", "(.pb.cpp).string_type":
      cppStringType = CppStringType(rawValue: text) ?? cppStringType
    case "(pb.java).utf8_validation", "(.pb.java).utf8_validation":
      javaUTF8Validation = JavaUTF8Validation(rawValue: text) ?? javaUTF8Validation
    default: break
    }
  }
}
