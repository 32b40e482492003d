import Parsers
import SchemaModel

/// What a `.proto` file refers to from other files, for IMPORT_USED: the types of its fields,
/// rpcs and extensions (as the linker resolved them) and the custom options it sets.
struct ProtoImportUsage {
  private var typeNames: Set<String> = []
  /// The parenthesised option names as written (`acme.rules`, `.acme.rules`).
  private var optionNames: Set<String> = []

  init(file: ProtoFile) {
    for field in file.allFields {
      if let resolved = field.resolvedType { typeNames.insert(resolved.fullName) }
      record(field.options)
    }
    for extend in file.extends + file.allMessages.flatMap(\.extends) {
      if let extendee = extend.resolvedExtendee { typeNames.insert(extendee) }
    }
    for (method, service) in file.allMethods {
      typeNames.insert(method.requestTypeName)
      typeNames.insert(method.responseTypeName)
      record(method.options + service.options)
    }
    record(file.options)
    for message in file.allMessages {
      record(message.options)
      record(message.oneofs.flatMap(\.options))
      record(message.extensionRanges.flatMap(\.options))
    }
    for protoEnum in file.allEnums {
      record(protoEnum.options + protoEnum.values.flatMap(\.options))
    }
  }

  private mutating func record(_ options: [ProtoOption]) {
    for option in options {
      var rest = Substring(option.name)
      while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
        optionNames.insert(String(rest[rest.index(after: open)..<close].drop { $0 == "." }))
        rest = rest[rest.index(after: close)...]
      }
    }
  }

  /// True when the file uses a name `provided` accepts.
  func usesAny(of provided: Provided) -> Bool {
    typeNames.contains(where: provided.types)
      || optionNames.contains { name in
        provided.extensions.contains { $0 == name || $0.hasSuffix("." + name) }
      }
  }

  /// The types and extensions an imported file makes visible.
  struct Provided {
    var types: (String) -> Bool
    var extensions: Set<String>
  }

  /// What the file at `path` defines (with what it imports publicly), nil when unknown: a
  /// file outside the linted set that is not one of Google's well-known types.
  static func names(definedBy path: String, known: [String: ProtoFile]) -> Provided? {
    if let file = known[path] {
      var types = Set(file.allMessages.map(\.fullName) + file.allEnums.map(\.fullName))
      var extensions = Set(extensionNames(file))
      for reexported in file.imports where reexported.modifier == .public {
        guard let more = known[reexported.path] else { return nil }
        types.formUnion(more.allMessages.map(\.fullName) + more.allEnums.map(\.fullName))
        extensions.formUnion(extensionNames(more))
      }
      return Provided(types: { types.contains($0) }, extensions: extensions)
    }
    guard let wellKnown = wellKnownTypes[path] else { return nil }
    if path == "google/protobuf/descriptor.proto" {
      return Provided(types: isDescriptorType, extensions: [])
    }
    let names = Set(wellKnown.map { "google.protobuf." + $0 })
    return Provided(types: { names.contains($0) }, extensions: [])
  }

  private static func extensionNames(_ file: ProtoFile) -> [String] {
    let prefix = file.package.map { $0.isEmpty ? "" : $0 + "." } ?? ""
    return file.extends.flatMap(\.fields).map { prefix + $0.name }
      + file.allMessages.flatMap { message in
        message.extends.flatMap(\.fields).map { message.fullName + "." + $0.name }
      }
  }

  private static func isDescriptorType(_ name: String) -> Bool {
    guard name.hasPrefix("google.protobuf.") else { return false }
    let short = name.dropFirst("google.protobuf.".count)
    let first = String(short.split(separator: ".").first ?? short)
    return first.hasSuffix("Options") || first.hasSuffix("Proto") || first.hasSuffix("Set")
      || ["SourceCodeInfo", "GeneratedCodeInfo", "UninterpretedOption", "Edition"].contains(first)
  }

  /// The types each of Google's well-known files defines.
  private static let wellKnownTypes: [String: [String]] = [
    "google/protobuf/any.proto": ["Any"],
    "google/protobuf/api.proto": ["Api", "Method", "Mixin"],
    "google/protobuf/descriptor.proto": [],
    "google/protobuf/duration.proto": ["Duration"],
    "google/protobuf/empty.proto": ["Empty"],
    "google/protobuf/field_mask.proto": ["FieldMask"],
    "google/protobuf/source_context.proto": ["SourceContext"],
    "google/protobuf/struct.proto": ["Struct", "Value", "ListValue", "NullValue"],
    "google/protobuf/timestamp.proto": ["Timestamp"],
    "google/protobuf/type.proto": [
      "Type", "Field", "Field.Kind", "Field.Cardinality", "Enum", "EnumValue", "Option", "Syntax",
    ],
    "google/protobuf/wrappers.proto": [
      "DoubleValue", "FloatValue", "Int64Value", "UInt64Value", "Int32Value", "UInt32Value",
      "BoolValue", "StringValue", "BytesValue",
    ],
  ]
}
