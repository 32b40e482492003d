import Parsers

/// Every message and enum of a linked `ProtoImage` (imports and the well-known types it pulls
/// in included), by full name, with fields resolved for payload validation: kinds, JSON names,
/// presence, packing and UTF-8 rules computed once from proto2, proto3 or editions features.
///
/// Build it once per image and share it: it is a value and `Sendable`.
///
/// ```swift
/// let index = ProtoDescriptorIndex(image: ProtoLinker.link(targets: [file], loader: loader))
/// let order = try index.requireMessage(named: "acme.orders.Order")
/// let items = order.field(named: "items")   // or "items" by JSON name, or field(number: 3)
/// ```
public struct ProtoDescriptorIndex: Sendable {
  private var messages: [String: ProtoMessageDescriptor]
  private var enums: [String: ProtoEnumDescriptor]
  private var extensionsByExtendee: [String: [ProtoExtensionDescriptor]]

  /// Indexes every file of `image`. A name declared twice keeps its first declaration (the
  /// linker reports the clash); unresolved field types become `.unresolved`.
  public init(image: ProtoImage) {
    var builder = ProtoDescriptorIndexBuilder()
    for file in image.files { builder.add(file) }
    messages = builder.messages
    enums = builder.enums
    extensionsByExtendee = builder.extensions.mapValues {
      $0.sorted { $0.field.number < $1.field.number }
    }
  }

  /// The message with this full name (a leading dot is allowed: `.acme.Order`).
  public func message(named name: String) -> ProtoMessageDescriptor? {
    messages[Self.trimmed(name)]
  }

  /// The enum with this full name (a leading dot is allowed).
  public func enumeration(named name: String) -> ProtoEnumDescriptor? {
    enums[Self.trimmed(name)]
  }

  /// The extensions of the message with this full name, by field number.
  public func extensions(of extendee: String) -> [ProtoExtensionDescriptor] {
    extensionsByExtendee[Self.trimmed(extendee)] ?? []
  }

  /// The message with this full name, or `.unknownMessage` with the closest known name.
  public func requireMessage(named name: String) throws(ProtoPayloadSetupError)
    -> ProtoMessageDescriptor
  {
    if let message = message(named: name) { return message }
    throw .unknownMessage(
      name: name, suggestion: ProtoNameDistance.nearest(to: Self.trimmed(name), among: messageNames)
    )
  }

  /// Full names of every message, sorted.
  public var messageNames: [String] { messages.keys.sorted() }

  /// Full names of every enum, sorted.
  public var enumNames: [String] { enums.keys.sorted() }

  private static func trimmed(_ name: String) -> String {
    name.hasPrefix(".") ? String(name.dropFirst()) : name
  }
}

/// Walks files, nesting first, computing each element's features with its enclosing messages.
private struct ProtoDescriptorIndexBuilder {
  var messages: [String: ProtoMessageDescriptor] = [:]
  var enums: [String: ProtoEnumDescriptor] = [:]
  var extensions: [String: [ProtoExtensionDescriptor]] = [:]

  mutating func add(_ file: ProtoFile) {
    for enumeration in file.enums { add(enumeration, parents: [], file: file) }
    for message in file.messages { add(message, parents: [], file: file) }
    for extend in file.extends {
      add(extend, scope: file.package, in: nil, parents: [], file: file)
    }
  }

  /// `scope` is the package or the enclosing message's full name, which prefixes the
  /// extension's full name (`[acme.ext_field]` in JSON).
  private mutating func add(
    _ extend: ProtoExtend, scope: String?, in message: ProtoMessage?, parents: [ProtoMessage],
    file: ProtoFile
  ) {
    guard let extendee = extend.resolvedExtendee else { return }
    for field in extend.fields {
      let fullName = scope.map { "\($0).\(field.name)" } ?? field.name
      let descriptor = descriptor(
        of: field, in: message, parents: parents, file: file, isExtension: true)
      extensions[extendee, default: []].append(
        ProtoExtensionDescriptor(fullName: fullName, extendee: extendee, field: descriptor))
    }
  }

  private mutating func add(_ enumeration: ProtoEnum, parents: [ProtoMessage], file: ProtoFile) {
    guard enums[enumeration.fullName] == nil else { return }
    let features = ProtoFeatures.resolve(enum: enumeration, parents: parents, file: file)
    enums[enumeration.fullName] = ProtoEnumDescriptor(
      fullName: enumeration.fullName,
      values: enumeration.values.map {
        .init(name: $0.name, number: Int32(clamping: $0.number))
      },
      isClosed: features.enumType == .closed)
  }

  private mutating func add(_ message: ProtoMessage, parents: [ProtoMessage], file: ProtoFile) {
    let nestedParents = parents + [message]
    for enumeration in message.enums { add(enumeration, parents: nestedParents, file: file) }
    for nested in message.messages { add(nested, parents: nestedParents, file: file) }
    for extend in message.extends {
      add(extend, scope: message.fullName, in: message, parents: parents, file: file)
    }
    guard messages[message.fullName] == nil else { return }
    let fields = message.fields.map { field in
      descriptor(of: field, in: message, parents: parents, file: file)
    }
    messages[message.fullName] = ProtoMessageDescriptor(
      fullName: message.fullName, filePath: file.path, syntax: file.syntax, fields: fields,
      oneofs: message.oneofs.map(\.name),
      extensionRanges: message.extensionRanges.map { $0.start...max($0.start, $0.end) },
      isGroup: message.isGroup)
  }

  private func descriptor(
    of field: ProtoField, in message: ProtoMessage?, parents: [ProtoMessage], file: ProtoFile,
    isExtension: Bool = false
  ) -> ProtoFieldDescriptor {
    let features = ProtoFeatures.resolve(field: field, in: message, parents: parents, file: file)
    let cardinality = ProtoFeatures.cardinality(
      of: field, in: message, parents: parents, file: file, isExtension: isExtension)
    var kind = Self.kind(of: field.type, resolved: field.resolvedType)
    if case .message(let name) = kind, features.messageEncoding == .delimited,
      cardinality != .map
    {
      kind = .group(name)
    }
    let isPacked: Bool
    if cardinality == .repeated, features.repeatedFieldEncoding == .packed {
      switch kind {
      case .scalar(let scalar): isPacked = scalar != .string && scalar != .bytes
      case .enumeration: isPacked = true
      default: isPacked = false
      }
    } else {
      isPacked = false
    }
    let oneofName = field.oneofIndex.flatMap { index in
      message.flatMap { $0.oneofs.indices.contains(index) ? $0.oneofs[index].name : nil }
    }
    return ProtoFieldDescriptor(
      name: field.name, number: field.number, jsonName: field.jsonName, kind: kind,
      cardinality: cardinality, isPacked: isPacked,
      validatesUTF8: features.utf8Validation == .verify,
      oneofIndex: oneofName == nil ? nil : field.oneofIndex, oneofName: oneofName)
  }

  private static func kind(of type: ProtoFieldType, resolved: ProtoResolvedType?)
    -> ProtoFieldKind
  {
    switch type {
    case .scalar(let scalar):
      return .scalar(scalar)
    case .group:
      guard let resolved else { return .unresolved(typeName(type)) }
      return .group(resolved.fullName)
    case .named(let written):
      guard let resolved else { return .unresolved(written) }
      return resolved.kind == .message
        ? .message(resolved.fullName) : .enumeration(resolved.fullName)
    case .map(let key, let value):
      return .map(key: key, value: kind(of: value, resolved: resolved))
    }
  }

  private static func typeName(_ type: ProtoFieldType) -> String {
    switch type {
    case .scalar(let scalar): scalar.rawValue
    case .named(let name), .group(let name): name
    case .map(let key, let value): "map<\(key.rawValue), \(typeName(value))>"
    }
  }
}
