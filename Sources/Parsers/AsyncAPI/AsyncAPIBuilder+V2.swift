import SchemaModel

extension AsyncAPIBuilder {
  /// 2.x: channels are keyed by address; `subscribe` is what the application sends and
  /// `publish` what it receives (the spec describes them from the client's side).
  mutating func buildV2(into document: inout AsyncAPIDocument) {
    if let channels = root.child("channels") {
      for member in channels.members {
        guard let item = resolver.resolve(member.node) else { continue }
        document.channels.append(
          AsyncAPIChannel(
            id: member.key, address: member.key,
            description: string("description", of: item, owner: "channel '\(member.key)'"),
            servers: item.value["servers"]?.elements?.compactMap(\.stringValue) ?? [],
            bindingNames: bindingNames(item), kafka: kafkaChannelBinding(item),
            location: resolver.location(file: root.file, member.keyPosition)))
        document.channels[document.channels.count - 1].amqp = amqpChannelBinding(item)
        for (verb, action) in [("subscribe", AsyncAPIAction.send), ("publish", .receive)] {
          guard let operation = item.child(verb).flatMap(resolver.resolve) else { continue }
          let normalised = operationV2(operation, verb: verb, action: action, channel: member.key)
          document.operations.append(normalised)
          let index = document.channels.count - 1
          for id in normalised.messages where !document.channels[index].messages.contains(id) {
            document.channels[index].messages.append(id)
          }
        }
      }
    } else {
      report(.missingField(field: "channels", owner: "the document"), at: root.value)
    }
    registerComponentMessages()
  }

  private mutating func operationV2(
    _ node: AsyncAPINode, verb: String, action: AsyncAPIAction, channel: String
  ) -> AsyncAPIOperation {
    let operation = applyingTraits(node)
    let owner = "the \(verb) operation of channel '\(channel)'"
    let id = string("operationId", of: operation, owner: owner) ?? "\(verb) \(channel)"
    var ids: [String] = []
    if let messageNode = operation.child("message"), let resolved = resolver.resolve(messageNode) {
      let candidates = resolved.child("oneOf")?.elements ?? [messageNode]
      for (index, candidate) in candidates.enumerated() {
        let proposed = candidates.count > 1 ? "\(id)Message\(index + 1)" : "\(id)Message"
        if let messageID = message(candidate, proposedID: proposed), !ids.contains(messageID) {
          ids.append(messageID)
        }
      }
    }
    return AsyncAPIOperation(
      id: id, action: action, channel: channel, messages: ids,
      summary: string("summary", of: operation, owner: owner),
      description: string("description", of: operation, owner: owner),
      location: location(node))
  }

  /// Messages declared under `components.messages`, also when no operation uses them.
  mutating func registerComponentMessages() {
    guard let messages = root.child("components")?.child("messages") else { return }
    for member in messages.members {
      _ = message(member.node, proposedID: member.key)
    }
  }
}
