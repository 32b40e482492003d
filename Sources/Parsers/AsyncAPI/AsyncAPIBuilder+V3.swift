import SchemaModel

extension AsyncAPIBuilder {
  /// 3.x: channels are keyed by id with an `address`, messages by their key in a channel's
  /// `messages`, and operations say `action: send | receive` with a `$ref` to their channel.
  mutating func buildV3(into document: inout AsyncAPIDocument) {
    var channelIDs: [String: String] = [:]
    var channelMessages: [String: [String]] = [:]
    for member in root.child("channels")?.members ?? [] {
      guard let item = resolver.resolve(member.node) else { continue }
      channelIDs[item.identity] = member.key
      let owner = "channel '\(member.key)'"
      var ids: [String] = []
      for entry in item.child("messages")?.members ?? [] {
        if let id = message(entry.node, proposedID: entry.key), !ids.contains(id) {
          ids.append(id)
        }
      }
      channelMessages[member.key] = ids
      let messageIDs = ids
      let servers = (item.child("servers")?.elements ?? []).compactMap { server in
        server.reference.flatMap { JSONPointer.tokens(AsyncAPIResolver.split($0).fragment ?? "") }?
          .last
      }
      document.channels.append(
        AsyncAPIChannel(
          // `address: null` (or none) means the address is unknown or dynamic.
          id: member.key,
          address: item.value["address"]?.isNull == true
            ? nil : string("address", of: item, owner: owner),
          title: string("title", of: item, owner: owner),
          description: string("description", of: item, owner: owner)
            ?? string("summary", of: item, owner: owner),
          servers: servers, bindingNames: bindingNames(item), kafka: kafkaChannelBinding(item),
          location: resolver.location(file: root.file, member.keyPosition)))
      document.channels[document.channels.count - 1].messages = messageIDs
      document.channels[document.channels.count - 1].amqp = amqpChannelBinding(item)
    }
    for member in root.child("operations")?.members ?? [] {
      guard let resolved = resolver.resolve(member.node) else { continue }
      let operation = applyingTraits(resolved)
      let owner = "operation '\(member.key)'"
      guard let actionValue = operation.value["action"] else {
        report(
          .missingField(field: "action", owner: owner), at: operation.value, in: operation.file)
        continue
      }
      guard let action = actionValue.stringValue.flatMap(AsyncAPIAction.init(rawValue:)) else {
        report(
          .invalidField(
            field: "action", owner: owner, expected: "send or receive",
            found: actionValue.stringValue.map { "'\($0)'" } ?? actionValue.typeName),
          at: actionValue, in: operation.file)
        continue
      }
      guard let channelNode = operation.child("channel") else {
        report(
          .missingField(field: "channel", owner: owner), at: operation.value, in: operation.file)
        continue
      }
      guard let channel = resolver.resolve(channelNode) else { continue }
      guard let channelID = channelIDs[channel.identity] else {
        report(
          .unknownChannel(
            reference: channelNode.reference ?? channel.pointer, operation: member.key),
          at: channelNode.value, in: operation.file)
        continue
      }
      var ids: [String] = []
      if let list = operation.child("messages") {
        for element in list.elements {
          let proposed = element.reference.flatMap {
            JSONPointer.tokens(AsyncAPIResolver.split($0).fragment ?? "")?.last
          }
          if let id = message(element, proposedID: proposed), !ids.contains(id) { ids.append(id) }
        }
      } else {
        ids = channelMessages[channelID] ?? []
      }
      document.operations.append(
        AsyncAPIOperation(
          id: member.key, action: action, channel: channelID, messages: ids,
          title: string("title", of: operation, owner: owner),
          summary: string("summary", of: operation, owner: owner),
          description: string("description", of: operation, owner: owner),
          location: location(resolved)))
    }
    registerComponentMessages()
  }
}
