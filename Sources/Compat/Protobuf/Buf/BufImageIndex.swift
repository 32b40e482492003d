import Parsers
import SchemaModel

// The entries are classes: rules walk hundreds of thousands of pairs, and copying a struct
// that holds a whole `ProtoFile` and `ProtoField` costs dozens of reference counts each time.

/// A message of a target file with what the rules need around it.
final class BufMessageEntry: Sendable {
  let message: ProtoMessage
  let file: ProtoFile
  /// The name inside the package (`Outer.Inner`), as Buf prints deleted messages.
  let nestedName: String
  /// Option lists from this message outwards to the file, for editions features.
  let scopes: [[ProtoOption]]
  /// True for the message protoc synthesises for a `map<K, V>` field.
  let isMapEntry: Bool

  init(
    message: ProtoMessage, file: ProtoFile, nestedName: String, scopes: [[ProtoOption]],
    isMapEntry: Bool
  ) {
    self.message = message
    self.file = file
    self.nestedName = nestedName
    self.scopes = scopes
    self.isMapEntry = isMapEntry
  }
}

/// An enum of a target file.
final class BufEnumEntry: Sendable {
  let value: ProtoEnum
  let file: ProtoFile
  let nestedName: String
  /// Option lists from this enum outwards to the file.
  let scopes: [[ProtoOption]]

  init(value: ProtoEnum, file: ProtoFile, nestedName: String, scopes: [[ProtoOption]]) {
    self.value = value
    self.file = file
    self.nestedName = nestedName
    self.scopes = scopes
  }
}

/// A field or an extension of a target file.
final class BufFieldEntry: Sendable {
  let field: ProtoField
  let file: ProtoFile
  /// Option lists of the enclosing message (or extend scope) outwards to the file; the field's own
  /// options are not included.
  let scopes: [[ProtoOption]]
  /// The enclosing message's simple name, or for an extension the extendee's full name.
  let ownerName: String
  /// Full name of the scope names resolve in (the enclosing message, or the package).
  let resolutionScope: String
  /// For extensions: `pkg.Scope.name`.
  let extensionFullName: String?
  /// For extensions: the extended message's full name.
  let extendee: String?
  /// The oneof the field belongs to (by name), nil outside one; for a proto3 `optional` field
  /// the synthetic oneof protoc makes (`_name`).
  let oneofName: String?
  /// True when `oneofName` is the synthetic oneof of a proto3 `optional` field.
  let oneofIsSynthetic: Bool
  let inMapEntry: Bool

  init(
    field: ProtoField, file: ProtoFile, scopes: [[ProtoOption]], ownerName: String,
    resolutionScope: String, extensionFullName: String?, extendee: String?, oneofName: String?,
    oneofIsSynthetic: Bool = false, inMapEntry: Bool
  ) {
    self.field = field
    self.file = file
    self.scopes = scopes
    self.ownerName = ownerName
    self.resolutionScope = resolutionScope
    self.extensionFullName = extensionFullName
    self.extendee = extendee
    self.oneofName = oneofName
    self.oneofIsSynthetic = oneofIsSynthetic
    self.inMapEntry = inMapEntry
  }

  var isExtension: Bool { extensionFullName != nil }
}

/// The target files of one image, indexed the ways Buf pairs elements.
struct BufImageIndex: Sendable {
  var files: [ProtoFile] = []
  var filesByPath: [String: ProtoFile] = [:]
  var messages: [String: BufMessageEntry] = [:]
  var enums: [String: BufEnumEntry] = [:]
  var services: [String: (service: ProtoService, file: ProtoFile)] = [:]
  /// Extensions by full name.
  var extensions: [String: BufFieldEntry] = [:]
  /// Per file path: nested names of its messages (map entries included), enums, services and
  /// extensions, for the per-file deletion rules.
  var messagesByFile: [String: [String: BufMessageEntry]] = [:]
  var enumNamesByFile: [String: Set<String>] = [:]
  var serviceNamesByFile: [String: Set<String>] = [:]
  var extensionNamesByFile: [String: Set<String>] = [:]
  /// Every message/enum full name of the whole image (imports included) and its kind.
  var typeKinds: [String: ProtoResolvedType.Kind] = [:]
  /// Enums of the whole image by full name (for enum wire compatibility).
  var allEnums: [String: ProtoEnum] = [:]

  init(_ image: ProtoImage) {
    for file in image.files {
      let package = file.package ?? ""
      for message in file.messages { registerTypes(message, package: package) }
      for value in file.enums { registerEnum(value) }
    }
    files = image.targetFiles.sorted { $0.path < $1.path }
    for file in files {
      filesByPath[file.path] = file
      let package = file.package ?? ""
      let fileScopes = [file.options]
      for message in file.messages {
        addMessage(message, file: file, parentNested: nil, outerScopes: fileScopes)
      }
      for value in file.enums {
        addEnum(value, file: file, parentNested: nil, outerScopes: fileScopes)
      }
      for service in file.services {
        services[service.fullName] = (service, file)
        serviceNamesByFile[file.path, default: []].insert(service.name)
      }
      for extend in file.extends {
        addExtensions(
          extend, file: file, scopeFullName: package, scopeNested: nil, outerScopes: fileScopes)
      }
    }
  }

  private mutating func registerTypes(_ message: ProtoMessage, package: String) {
    typeKinds[message.fullName] = .message
    for field in message.fields {
      if case .map = field.type {
        typeKinds[message.fullName + "." + BufNames.mapEntryName(field.name)] = .message
      }
    }
    for nested in message.messages { registerTypes(nested, package: package) }
    for value in message.enums { registerEnum(value) }
  }

  private mutating func registerEnum(_ value: ProtoEnum) {
    typeKinds[value.fullName] = .enum
    allEnums[value.fullName] = value
  }

  private mutating func addMessage(
    _ message: ProtoMessage, file: ProtoFile, parentNested: String?, outerScopes: [[ProtoOption]]
  ) {
    let nested = parentNested.map { $0 + "." + message.name } ?? message.name
    let scopes = [message.options] + outerScopes
    let entry = BufMessageEntry(
      message: message, file: file, nestedName: nested, scopes: scopes, isMapEntry: false)
    messages[message.fullName] = entry
    messagesByFile[file.path, default: [:]][nested] = entry
    for field in message.fields {
      guard case .map(let key, let value) = field.type else { continue }
      let entry = BufNames.mapEntryMessage(for: field, key: key, value: value, in: message)
      // protoc resolves the entry's features under the map field, so its options count.
      let mapEntry = BufMessageEntry(
        message: entry, file: file, nestedName: nested + "." + entry.name,
        scopes: [field.options] + scopes, isMapEntry: true)
      messages[entry.fullName] = mapEntry
      messagesByFile[file.path, default: [:]][mapEntry.nestedName] = mapEntry
    }
    for child in message.messages {
      addMessage(child, file: file, parentNested: nested, outerScopes: scopes)
    }
    for value in message.enums {
      addEnum(value, file: file, parentNested: nested, outerScopes: scopes)
    }
    for extend in message.extends {
      addExtensions(
        extend, file: file, scopeFullName: message.fullName, scopeNested: nested,
        outerScopes: scopes)
    }
  }

  private mutating func addEnum(
    _ value: ProtoEnum, file: ProtoFile, parentNested: String?, outerScopes: [[ProtoOption]]
  ) {
    let nested = parentNested.map { $0 + "." + value.name } ?? value.name
    enums[value.fullName] = BufEnumEntry(
      value: value, file: file, nestedName: nested, scopes: [value.options] + outerScopes)
    enumNamesByFile[file.path, default: []].insert(nested)
  }

  private mutating func addExtensions(
    _ extend: ProtoExtend, file: ProtoFile, scopeFullName: String, scopeNested: String?,
    outerScopes: [[ProtoOption]]
  ) {
    let extendee =
      extend.resolvedExtendee
      ?? resolve(extend.extendee, scope: scopeFullName)?.fullName
      ?? BufNames.stripDot(extend.extendee)
    for field in extend.fields {
      let fullName = scopeFullName.isEmpty ? field.name : scopeFullName + "." + field.name
      extensions[fullName] = BufFieldEntry(
        field: field, file: file, scopes: outerScopes, ownerName: extendee,
        resolutionScope: scopeFullName, extensionFullName: fullName, extendee: extendee,
        oneofName: nil, inMapEntry: false)
      let nestedName = scopeNested.map { $0 + "." + field.name } ?? field.name
      extensionNamesByFile[file.path, default: []].insert(nestedName)
    }
  }

  /// Protobuf name resolution: innermost scope first; a leading dot means fully qualified.
  func resolve(_ name: String, scope: String) -> ProtoResolvedType? {
    if name.hasPrefix(".") {
      let full = String(name.dropFirst())
      return typeKinds[full].map { ProtoResolvedType(kind: $0, fullName: full) }
    }
    var current = scope
    while true {
      let candidate = current.isEmpty ? name : current + "." + name
      if let kind = typeKinds[candidate] {
        return ProtoResolvedType(kind: kind, fullName: candidate)
      }
      if current.isEmpty { return nil }
      if let dot = current.lastIndex(of: ".") {
        current = String(current[..<dot])
      } else {
        current = ""
      }
    }
  }

  /// The fields of a message, as entries (oneof names and scopes filled in).
  func fieldEntries(of entry: BufMessageEntry) -> [BufFieldEntry] {
    entry.message.fields.map { field in
      let oneof = field.oneofIndex.flatMap { index in
        entry.message.oneofs.indices.contains(index) ? entry.message.oneofs[index].name : nil
      }
      let synthetic = Self.syntheticOneof(field, syntax: entry.file.syntax)
      return BufFieldEntry(
        field: field, file: entry.file, scopes: entry.scopes, ownerName: entry.message.name,
        resolutionScope: entry.message.fullName, extensionFullName: nil, extendee: nil,
        oneofName: oneof ?? synthetic, oneofIsSynthetic: oneof == nil && synthetic != nil,
        inMapEntry: entry.isMapEntry)
    }
  }

  /// The oneof protoc synthesises for a proto3 `optional` field (`_name`).
  static func syntheticOneof(_ field: ProtoField, syntax: ProtoSyntax) -> String? {
    guard syntax == .proto3, field.label == .optional, field.oneofIndex == nil else {
      return nil
    }
    return "_" + field.name
  }

  /// Messages of one file by nested name.
  func messagesByNestedName(in path: String) -> [String: BufMessageEntry] {
    messagesByFile[path] ?? [:]
  }
}
