import Catalog
import Parsers
import SchemaModel

extension CatalogBuilder {
  /// Events completed from the AsyncAPI services that send or receive them. The config wins
  /// where both give a value (title, description, channel address, owner); producers,
  /// consumers and sources are the union of both.
  static func addingAsyncAPI(
    _ services: [AsyncAPIService], to events: [CatalogEvent], entries: [String: SubjectConfig]
  ) -> [CatalogEvent] {
    events.map { event in
      var event = event
      let entry = entries[event.id]
      let described = services.flatMap { service in
        service.messages.filter { $0.subject == event.id }.map { (service, $0) }
      }
      // The sender's document describes the message first; receivers may say less.
      let ordered =
        described.filter { $0.0.produces.contains(event.id) }
        + described.filter { !$0.0.produces.contains(event.id) }
      guard let (_, first) = ordered.first else { return event }
      event.title = event.title ?? first.title ?? first.messageID
      if event.tags.isEmpty { event.tags = first.tags }
      if entry?.description == nil {
        event.description = event.description ?? first.description ?? first.summary
      }
      var channel = event.channel ?? CatalogChannel(address: first.channelAddress)
      if channel.protocols.isEmpty { channel.protocols = first.protocols }
      if channel.bindings.isEmpty {
        channel.bindings = ordered.lazy.map { bindings(of: $0.1) }.first { !$0.isEmpty } ?? []
      }
      if channel.address != nil || !channel.protocols.isEmpty || !channel.bindings.isEmpty {
        event.channel = channel
      }
      let producers = services.filter { $0.produces.contains(event.id) }.map(\.id)
      let consumers = services.filter { $0.consumes.contains(event.id) }.map(\.id)
      event.producers = Array(Set(event.producers + producers)).sorted()
      event.consumers = Array(Set(event.consumers + consumers)).sorted()
      if event.owner == nil {
        event.owner = services.first { $0.produces.contains(event.id) }?.owner
      }
      event.sources = Array(Set(event.sources + described.map(\.1.documentPath))).sorted()
      return event
    }
  }

  /// The Kafka binding and key of a message as label/value rows, in a fixed order.
  static func bindings(of message: AsyncAPIServiceMessage) -> [CatalogProperty] {
    var rows: [CatalogProperty] = []
    if let kafka = message.kafka {
      if let topic = kafka.topic { rows.append(CatalogProperty("topic", topic)) }
      if let partitions = kafka.partitions {
        rows.append(CatalogProperty("partitions", String(partitions)))
      }
      if let replicas = kafka.replicas {
        rows.append(CatalogProperty("replicas", String(replicas)))
      }
      for member in kafka.topicConfiguration {
        rows.append(CatalogProperty(member.key, JSONText.render(member.value)))
      }
    }
    if let amqp = message.amqp {
      let values = [
        ("is", amqp.kind), ("exchange", amqp.exchange), ("exchange type", amqp.exchangeType),
        ("queue", amqp.queue), ("vhost", amqp.virtualHost),
      ]
      for (name, value) in values {
        if let value { rows.append(CatalogProperty(name, value)) }
      }
    }
    if let key = message.keySchema { rows.append(CatalogProperty("key", key)) }
    return rows
  }

  /// The services the events name, completed (or added) from the AsyncAPI documents.
  static func mergingServices(_ named: [CatalogService], asyncAPI: [AsyncAPIService])
    -> [CatalogService]
  {
    var byID = Dictionary(named.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for service in asyncAPI {
      var merged = byID[service.id] ?? CatalogService(id: service.id, slug: service.id)
      merged.title = merged.title ?? service.title
      merged.version = merged.version ?? service.version
      merged.description = merged.description ?? service.description
      merged.owner = merged.owner ?? service.owner
      if merged.servers.isEmpty {
        merged.servers = service.servers.map {
          CatalogProperty($0.name, "\($0.protocolName) \($0.host)\($0.pathname ?? "")")
        }
      }
      merged.source = merged.source ?? service.documentPath
      merged.produces = Array(Set(merged.produces + service.produces)).sorted()
      merged.consumes = Array(Set(merged.consumes + service.consumes)).sorted()
      byID[service.id] = merged
    }
    let ids = byID.keys.sorted()
    let slugs = CatalogSlug.unique(ids)
    return ids.compactMap { id in
      guard var service = byID[id] else { return nil }
      service.slug = slugs[id] ?? CatalogSlug.make(id)
      return service
    }
  }

  /// JSON with two-space indentation, members in source order: how an example written in an
  /// AsyncAPI document is shown. Depth is bounded by the reader that built the value.
  static func indentedJSON(_ value: JSONValue, indent: String = "") -> String {
    let inner = indent + "  "
    switch value.kind {
    case .array(let elements) where !elements.isEmpty:
      return "[\n"
        + elements.map { inner + indentedJSON($0, indent: inner) }.joined(separator: ",\n")
        + "\n" + indent + "]"
    case .object(let members) where !members.isEmpty:
      return "{\n"
        + members.map {
          inner + JSONText.quoted($0.key) + ": " + indentedJSON($0.value, indent: inner)
        }.joined(separator: ",\n") + "\n" + indent + "}"
    default:
      return JSONText.render(value)
    }
  }
}
