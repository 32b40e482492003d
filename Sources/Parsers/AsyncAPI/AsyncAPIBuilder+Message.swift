import SchemaModel

extension AsyncAPIBuilder {
  /// Registers the message at `node` (a message object or a `$ref` to one) unless it is already
  /// known, and returns its id; nil when it cannot be resolved.
  mutating func message(_ node: AsyncAPINode, proposedID: String?) -> String? {
    guard let resolved = resolver.resolve(node) else { return nil }
    if let known = messageIDs[resolved.identity] { return known }
    guard case .object = resolved.value.kind else {
      report(
        .invalidField(
          field: "message", owner: "'\(node.pointer)'", expected: "an object",
          found: resolved.value.typeName),
        at: resolved.value, in: resolved.file)
      return nil
    }
    let object = applyingTraits(resolved)
    let owner = "message at '\(resolved.pointer)'"
    let componentsKey = Self.componentsKey(resolved.pointer)
    let name = string("name", of: object, owner: owner)
    let candidates: [String?] =
      version.isV3
      ? [proposedID, componentsKey, name]
      : [string("messageId", of: object, owner: owner), componentsKey, name, proposedID]
    let id =
      candidates.compactMap { $0 }.first { !$0.isEmpty } ?? "message\(messages.count + 1)"
    messageIDs[resolved.identity] = id
    if messages.contains(where: { $0.id == id }) {
      report(.duplicateMessageID(id), at: resolved.value, in: resolved.file)
      return id
    }
    let messageFormat = version.isV3 ? nil : object.value["schemaFormat"]
    var message = AsyncAPIMessage(
      id: id, name: name, title: string("title", of: object, owner: owner),
      summary: string("summary", of: object, owner: owner),
      description: string("description", of: object, owner: owner),
      contentType: string("contentType", of: object, owner: owner) ?? defaultContentType,
      tags: tagNames(object.child("tags")),
      bindingNames: bindingNames(object),
      examples: examples(object),
      extensions: Self.extensions(object.value),
      location: location(resolved))
    message.payload = object.child("payload").flatMap { schema($0, messageFormat: messageFormat) }
    message.headers = object.child("headers").flatMap { schema($0, messageFormat: nil) }
    if let bindings = object.child("bindings").flatMap(resolver.resolve),
      let kafka = bindings.child("kafka").flatMap(resolver.resolve),
      let key = kafka.child("key")
    {
      message.kafkaKey = resolver.inlined(key)
    }
    if let version = object.value["x-eventcatalog-message-version"] {
      message.messageVersion =
        version.stringValue
        ?? {
          if case .number(let number) = version.kind { return number.text }
          return nil
        }()
    }
    messages.append(message)
    return id
  }

  /// The key of a message under `components.messages` (`/components/messages/X`).
  static func componentsKey(_ pointer: String) -> String? {
    guard let tokens = JSONPointer.tokens(pointer), tokens.count == 3,
      tokens[0] == "components", tokens[1] == "messages"
    else { return nil }
    return tokens[2]
  }

  func examples(_ message: AsyncAPINode) -> [AsyncAPIExample] {
    guard let list = message.child("examples") else { return [] }
    return list.elements.compactMap { element -> AsyncAPIExample? in
      guard let example = resolver.resolve(element) else { return nil }
      return AsyncAPIExample(
        name: example.string("name"), summary: example.string("summary"),
        payload: example.value["payload"], headers: example.value["headers"],
        location: location(example))
    }
  }

  /// A payload or headers schema. 2.x takes `schemaFormat` from the message; 3.x from a Multi
  /// Format Schema Object (`{schemaFormat, schema}`). Without one, it is the AsyncAPI schema.
  func schema(_ node: AsyncAPINode, messageFormat: JSONValue?) -> AsyncAPISchema? {
    var schemaNode = node
    var formatValue = messageFormat
    if version.isV3 {
      var candidate = node
      if let reference = node.reference, AsyncAPIResolver.split(reference).file.isEmpty,
        let target = resolver.resolve(node)
      {
        candidate = target
      }
      if let format = candidate.value["schemaFormat"], let inner = candidate.child("schema") {
        formatValue = format
        schemaNode = inner
      }
    }
    let mime = formatValue?.stringValue
    let format = Self.format(mime)
    if case .unsupported = format, let formatValue {
      report(.unsupportedSchemaFormat(mime ?? ""), at: formatValue, in: node.file)
    }
    let location = location(schemaNode)
    if let reference = schemaNode.reference {
      let (file, fragment) = AsyncAPIResolver.split(reference)
      if !file.isEmpty {
        let position = schemaNode.value["$ref"]?.position ?? schemaNode.value.position
        guard let path = resolver.filePath(of: reference, from: schemaNode.file, at: position)
        else { return nil }
        let pointer = fragment.flatMap { $0.isEmpty ? nil : JSONPointer.percentDecoded($0) }
        let fileReference = AsyncAPIFileReference(
          reference: reference, relativePath: file, path: path, pointer: pointer)
        if pointer == nil {
          guard resolver.exists(path, reference: reference, from: schemaNode.file, at: position)
          else { return nil }
          return AsyncAPISchema(
            format: format, schemaFormat: mime, source: .file(fileReference), location: location)
        }
        guard resolver.resolve(schemaNode) != nil else { return nil }
        return AsyncAPISchema(
          format: format, schemaFormat: mime, source: .file(fileReference),
          resolved: resolver.inlined(schemaNode), location: location)
      }
    }
    if let text = schemaNode.value.stringValue {
      return AsyncAPISchema(
        format: format, schemaFormat: mime, source: .text(text), location: location)
    }
    let inlined = resolver.inlined(schemaNode)
    return AsyncAPISchema(
      format: format, schemaFormat: mime, source: .json(inlined), resolved: inlined,
      location: location)
  }

  /// The schema language a `schemaFormat` names. Avro and Protobuf match by prefix, as real
  /// documents use other versions than the spec's table (`;version=1.8.2`, `+yaml`).
  static func format(_ mime: String?) -> AsyncAPISchemaFormat {
    guard let mime else { return .jsonSchema }
    let lowered = mime.lowercased().filter { !$0.isWhitespace }
    if lowered.hasPrefix("application/vnd.apache.avro") { return .avro }
    if lowered.hasPrefix("application/vnd.google.protobuf") { return .protobuf }
    if lowered.hasPrefix("application/vnd.aai.asyncapi")
      || lowered.hasPrefix("application/schema+json")
      || lowered.hasPrefix("application/schema+yaml")
    {
      return .jsonSchema
    }
    return .unsupported(mime)
  }
}
